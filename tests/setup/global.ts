import { SOURCE_ROOT } from '../../electron/backend/paths';
import { ensureRendererBuild } from '../../electron/transport/renderer-build';

/** Browser tests start `npm run web` in parallel: build the renderer once, before any of them. */
export default async function setup(): Promise<void> {
  await ensureRendererBuild(SOURCE_ROOT, () => undefined);
}
