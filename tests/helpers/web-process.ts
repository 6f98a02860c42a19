import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SOURCE_ROOT } from '../../electron/backend/paths';

export interface WebProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the first URL printed on a line matching `pattern`. */
  waitFor: (pattern: RegExp, ms?: number) => Promise<string>;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

/** `npm run web`'s entry as a plain child process (no npm wrapper); API only unless asked. */
export function startWebProcess(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; withInterface?: boolean } = {},
): WebProcess {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(SOURCE_ROOT, 'electron', 'web.ts'),
      ...(options.withInterface ? [] : ['--no-build']),
      ...args,
    ],
    {
      cwd: SOURCE_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    },
  );
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, ms = 90_000) =>
      new Promise<string>((resolve, reject) => {
        const check = (): void => {
          // The first matching line that carries the address (a message may match earlier).
          const url = output
            .split('\n')
            .filter((l) => pattern.test(l))
            .map((l) => /(http:\/\/\S+)/.exec(l)?.[1])
            .find((u) => u !== undefined);
          if (url) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(url);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${String(pattern)} in:\n${output}`));
        }, ms);
        listeners.add(check);
        void exited.then(() => {
          if (listeners.has(check)) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`exited before ${String(pattern)}:\n${output}`));
          }
        });
        check();
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
