import { SOURCE_ROOT } from '../../electron/backend/paths';
import { buildWebServer } from '../../electron/bundles';

/** Browser tests start `npm run web` in parallel: build it (interface and server) once first. */
export default async function setup(): Promise<void> {
  await buildWebServer(SOURCE_ROOT, () => undefined);
}
