import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type Task } from './tasks';

/** Worker-thread entry: runs one task from workerData and posts its result (or its error). */
const port = parentPort;
if (port) {
  try {
    const result = runTask(workerData as Task, (progress) => port.postMessage({ progress }));
    port.postMessage({ result });
  } catch (error) {
    const { message, code } = error as { message?: string; code?: string };
    port.postMessage({ error: { message: message ?? String(error), code } });
  }
}
