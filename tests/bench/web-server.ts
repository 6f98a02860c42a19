import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { buildWebServer } from '../../electron/bundles';
import { callApi } from '../e2e/harness';

export interface RunningServer {
  url: string;
  pid: number;
  /** Milliseconds from spawning the process to its "is ready" line. */
  readyMs: number;
  call<T>(name: string, input: unknown, token?: string): Promise<T>;
  stop(): Promise<void>;
}

/** The server `npm run web` runs, built as it would be (once per bench run). */
let built: Promise<void> | null = null;
export function ensureBuilt(): Promise<void> {
  built ??= buildWebServer(SOURCE_ROOT, () => undefined);
  return built;
}

async function untilReady(child: ChildProcess, started: number): Promise<[string, number]> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /is ready: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve([match[1], performance.now() - started]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

/**
 * Starts a server on a data folder: the built backend under plain node by default, or
 * `npm run web` itself (`viaNpm`) to see the whole process tree a user's command makes.
 */
export async function startServer(
  dataDir: string,
  options: { viaNpm?: boolean } = {},
): Promise<RunningServer> {
  await ensureBuilt();
  const args = ['--port', '0', '--data-dir', dataDir];
  const started = performance.now();
  const child = options.viaNpm
    ? spawn('npm', ['run', '--silent', 'web', '--', ...args], {
        cwd: SOURCE_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
    : spawn(process.execPath, [path.join(SOURCE_ROOT, 'dist', 'electron', 'web.mjs'), ...args], {
        cwd: SOURCE_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  const [url, readyMs] = await untilReady(child, started);
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    readyMs,
    call: <T>(name: string, input: unknown, token?: string): Promise<T> =>
      callApi<T>({ url }, name, input, token),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (options.viaNpm) process.kill(-pid, 'SIGTERM');
      else child.kill('SIGTERM');
      await exited;
    },
  };
}

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1];
  return Number(kb ?? 0) / 1024;
}

/** Resident memory of a process, MB (Linux /proc). */
export const rssMb = (pid: number): number => status(pid, 'VmRSS');

/** The highest resident memory since the last resetPeakRss, MB. */
export const peakRssMb = (pid: number): number => status(pid, 'VmHWM');

/** Starts a new peak measurement (Linux: writing 5 to clear_refs resets VmHWM). */
export function resetPeakRss(pid: number): void {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** A process and all its descendants, with each one's command and resident memory. */
export function processTree(pid: number): { pid: number; command: string; rssMb: number }[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: { pid: number; command: string; rssMb: number }[] = [];
  const visit = (id: number): void => {
    try {
      const command = fs.readFileSync(`/proc/${id}/cmdline`, 'utf8').split('\0').join(' ').trim();
      tree.push({ pid: id, command, rssMb: rssMb(id) });
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}
