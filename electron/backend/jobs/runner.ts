import type { Worker } from 'node:worker_threads';
import { bundledWorker, sourceWorker } from '../worker-threads';
import { deserializeError, type JobReply, type JobRequest } from './job';
import type { Jobs } from './kinds';

export type JobKind = keyof Jobs;
export type JobInput<K extends JobKind> = Parameters<Jobs[K]>[1];
export type JobOutput<K extends JobKind> = Awaited<ReturnType<Jobs[K]>>;

export interface WorkerConfig {
  databaseFile: string;
  resourcesDir: string;
  tmpDir: string;
  /** The database key (a Buffer arrives in the worker as a plain Uint8Array). */
  key: Uint8Array;
}

export interface JobRunnerOptions extends WorkerConfig {
  /** The worker (and the memory its libraries hold) goes after this long without work. */
  idleMs?: number;
}

/** Set by the backend bundle's build (electron/build.ts) to the worker bundle beside it. */
declare const TRAM_JOB_WORKER: string | undefined;

interface Pending {
  request: JobRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

function workerFor(config: WorkerConfig): Worker {
  return typeof TRAM_JOB_WORKER === 'string'
    ? bundledWorker(import.meta.url, TRAM_JOB_WORKER, config)
    : sourceWorker(import.meta.url, './worker.ts', config);
}

/**
 * Runs heavy jobs (exports, report files, catalogue decoding) one at a time in a worker
 * thread with its own database connection, so the main loop keeps answering everyone else.
 * The worker starts on the first job and stops when idle for a while.
 */
export class JobRunner {
  private worker: Worker | null = null;
  private running: Pending | null = null;
  private readonly queue: Pending[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;
  /** Workers started so far (tests check the idle stop and the restart after a crash). */
  workersStarted = 0;

  constructor(private readonly options: JobRunnerOptions) {}

  run<K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobOutput<K>> {
    if (this.closed) return Promise.reject(new Error('job runner is closed'));
    return new Promise<JobOutput<K>>((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, kind, input },
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.pump();
    });
  }

  get busy(): boolean {
    return this.running !== null || this.queue.length > 0;
  }

  get alive(): boolean {
    return this.worker !== null;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.clearIdle();
    const failure = new Error('job runner is closed');
    for (const pending of this.queue.splice(0)) pending.reject(failure);
    this.running?.reject(failure);
    this.running = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  /** Stops the worker (after a restore its connection reads the old file); a job in flight fails. */
  restart(): void {
    this.clearIdle();
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    const pending = this.running;
    this.running = null;
    pending?.reject(new Error(`job ${pending.request.kind}: the database was replaced`));
    void worker.terminate();
    this.pump();
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const next = this.queue.shift();
    if (!next) {
      this.scheduleIdleStop();
      return;
    }
    this.clearIdle();
    this.running = next;
    const worker = this.worker ?? this.startWorker();
    worker.ref();
    worker.postMessage(next.request);
  }

  private startWorker(): Worker {
    const worker = workerFor(this.options);
    this.workersStarted += 1;
    worker.on('message', (reply: JobReply) => {
      const pending = this.running;
      if (!pending || pending.request.id !== reply.id) return;
      this.running = null;
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(deserializeError(reply.error, pending.request.kind));
      this.pump();
    });
    worker.on('error', (error) => {
      // The worker is gone (an uncaught error or out of memory): fail its job, start afresh.
      const pending = this.running;
      this.running = null;
      pending?.reject(error instanceof Error ? error : new Error(String(error)));
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      const pending = this.running;
      this.running = null;
      pending?.reject(new Error(`job ${pending.request.kind}: the worker stopped`));
      this.pump();
    });
    this.worker = worker;
    return worker;
  }

  private scheduleIdleStop(): void {
    const worker = this.worker;
    if (!worker) return;
    worker.unref();
    this.clearIdle();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.worker !== worker || this.busy) return;
      this.worker = null;
      void worker.terminate();
    }, this.options.idleMs ?? 30_000);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
