import fs from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openConnection } from '../../../db/cipher';
import { drizzleFor } from '../../../db/client';
import { serializeError, type JobCtx, type JobReply, type JobRequest } from './job';
import { jobLoaders, type Jobs } from './kinds';
import type { WorkerConfig } from './runner';

/** On Linux a thread has its own nice value: background work yields to the clinic's calls. */
function lowerPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid)) os.setPriority(tid, 10);
  } catch {
    // Not allowed or not there: the job runs at normal priority.
  }
}

/** The bytes of a whole (not pooled) buffer move to the main thread instead of being copied. */
function transferable(value: unknown): ArrayBuffer[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap((field) =>
    field instanceof Uint8Array &&
    field.buffer instanceof ArrayBuffer &&
    field.byteOffset === 0 &&
    field.byteLength === field.buffer.byteLength
      ? [field.buffer]
      : [],
  );
}

const port = parentPort;
if (!port) throw new Error('the job worker runs in a worker thread');
lowerPriority();
const config = workerData as WorkerConfig;
// The file is encrypted: the worker's own read-only connection needs the key too.
const sqlite = openConnection(config.databaseFile, Buffer.from(config.key), { readonly: true });
const ctx: JobCtx = {
  sqlite,
  db: drizzleFor(sqlite),
  resourcesDir: config.resourcesDir,
  tmpDir: config.tmpDir,
};

async function run({ kind, input }: JobRequest): Promise<unknown> {
  const load = jobLoaders[kind as keyof Jobs] as
    (() => Promise<(c: JobCtx, i: unknown) => unknown>) | undefined;
  if (!load) throw new Error(`unknown job ${kind}`);
  return (await load())(ctx, input);
}

port.on('message', (request: JobRequest) => {
  run(request).then(
    (value) => {
      const reply: JobReply = { id: request.id, ok: true, value };
      try {
        port.postMessage(reply, transferable(value));
      } catch (error) {
        port.postMessage({ id: request.id, ok: false, error: serializeError(error) });
      }
    },
    (error: unknown) => {
      const reply: JobReply = { id: request.id, ok: false, error: serializeError(error) };
      port.postMessage(reply);
    },
  );
});
