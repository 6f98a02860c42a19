import { SOURCE_ROOT } from './backend/paths';
import { buildWebServer } from './bundles';

/** Run by electron/web-start.js when the built server is missing or older than its sources. */
await buildWebServer(SOURCE_ROOT);
