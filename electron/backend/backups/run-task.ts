import type { Worker } from 'node:worker_threads';
import { bundledWorker, sourceWorker } from '../worker-threads';
import type { Progress, Task, TaskResults } from './tasks';

/**
 * From source (tsx, vitest) the worker is worker.ts behind tsx's loader; in the desktop
 * bundle it is backup-worker.cjs beside main.cjs (electron/build.ts).
 */
function spawn(task: Task): Worker {
  return import.meta.url.endsWith('.ts')
    ? sourceWorker(import.meta.url, './worker.ts', task)
    : bundledWorker(import.meta.url, 'backup-worker.cjs', task);
}

export class TaskError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'TaskError';
  }
}

/** Runs one task in its own worker thread, so the clinic's event loop keeps answering. */
export function runInWorker<T extends Task>(
  task: T,
  onProgress?: (progress: Progress) => void,
): Promise<TaskResults[T['task']]> {
  return new Promise((resolve, reject) => {
    const worker = spawn(task);
    let settled = false;
    worker.on(
      'message',
      (message: {
        result?: TaskResults[T['task']];
        progress?: Progress;
        error?: { message: string; code?: string };
      }) => {
        if (message.progress) onProgress?.(message.progress);
        else if (message.error) {
          settled = true;
          reject(new TaskError(message.error.message, message.error.code));
        } else if ('result' in message) {
          settled = true;
          resolve(message.result as TaskResults[T['task']]);
        }
      },
    );
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new TaskError(`worker exited with ${code}`, undefined));
    });
  });
}
