import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Progress, Task, TaskResults } from './tasks';

/**
 * From source (tsx, vitest) the worker is worker.ts behind tsx's loader; in the desktop
 * bundle it is backup-worker.cjs beside main.cjs (electron/build.ts).
 */
function spawn(task: Task): Worker {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) {
    return new Worker(path.join(path.dirname(here), 'backup-worker.cjs'), { workerData: task });
  }
  // tsx's ESM API (require.resolve would pick its CommonJS build, which cannot register).
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: task });
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
