import { bundleBackupWorker, bundleDesktop, bundleJobWorker } from './bundles';
import { SOURCE_ROOT } from './backend/paths';

/** `npm run build` (after Vite's renderer build): the desktop app's main, preload and workers. */
await bundleDesktop(SOURCE_ROOT);
await bundleJobWorker(SOURCE_ROOT);
await bundleBackupWorker(SOURCE_ROOT);
