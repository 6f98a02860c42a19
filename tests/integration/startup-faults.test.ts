import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBackend, setUpClinic, tempDir, expectOk } from '../helpers/backend';
import { startWebProcess, type WebProcess } from '../helpers/web-process';

const running: WebProcess[] = [];
afterEach(async () => {
  while (running.length) await running.pop()?.stop();
});

function web(args: string[]): WebProcess {
  const process = startWebProcess(args);
  running.push(process);
  return process;
}

/** Refused with a clear message in both languages, exit 1, no stack trace. */
async function expectRefused(dataDir: string, vietnamese: RegExp): Promise<string> {
  const tram = web(['--data-dir', dataDir, '--port', '0']);
  expect(await tram.exited).toBe(1);
  const output = tram.output();
  expect(output).toMatch(/Tram không khởi động được/);
  expect(output).toMatch(vietnamese);
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/is ready/);
  return output;
}

describe('web mode refuses what it cannot safely open', () => {
  it('a missing data folder (an unplugged drive): no fresh install', async () => {
    const dir = path.join(tempDir(), 'o-dia-rut-ra');
    await expectRefused(dir, /Không tìm thấy thư mục dữ liệu/);
    expect(fs.existsSync(dir)).toBe(false);
  }, 120_000);

  it('a zero-length database file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tram.sqlite'), '');
    await expectRefused(dir, /rỗng \(0 byte\)/);
    expect(fs.statSync(path.join(dir, 'tram.sqlite')).size).toBe(0);
  }, 120_000);

  it('a write-ahead log left without its database', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tram.sqlite-wal'), Buffer.alloc(4096, 1));
    await expectRefused(dir, /nhật ký ghi/);
    expect(fs.existsSync(path.join(dir, 'tram.sqlite'))).toBe(false);
  }, 120_000);

  it('a lost database whose backups are still there', async () => {
    const dir = tempDir();
    const backend = makeBackend({ dataDir: dir });
    await setUpClinic(backend);
    await backend.backups.create('manual');
    backend.close();
    fs.rmSync(path.join(dir, 'tram.sqlite'));
    // A restore is possible, so the error screen waits for one instead of exiting.
    const tram = web(['--data-dir', dir, '--port', '0']);
    const url = await tram.waitFor(/cần khôi phục/);
    expect(tram.output()).toMatch(/có bản sao lưu của Tram nhưng không có tệp dữ liệu/);
    const status = (await (
      await fetch(`${url}api/recovery.status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as { ok: true; value: { backups: unknown[]; failure: { kind: string } } };
    expect(status.value.failure.kind).toBe('missing-database');
    expect(status.value.backups).toHaveLength(1);
    // Another site's page cannot drive the error screen: a foreign Origin, or a form post.
    const foreign = await fetch(`${url}api/recovery.restore`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    const form = await fetch(`${url}api/recovery.restore`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
  }, 120_000);

  it('a second Tram on the same data folder', async () => {
    const dir = tempDir();
    const first = web(['--data-dir', dir, '--port', '0']);
    await first.waitFor(/is ready/);
    const output = await expectRefused(dir, /Một Tram khác đang dùng thư mục dữ liệu này/);
    expect(output).toContain(`tiến trình ${first.child.pid}`);
    // The first is untouched and still answers.
    const url = await first.waitFor(/is ready/);
    expect((await fetch(new URL('api/health', url))).status).toBe(200);
  }, 180_000);

  // Needs root (mount); permissions alone do not stop root from writing.
  it.skipIf(process.getuid?.() !== 0)(
    'a read-only data folder (a read-only mount)',
    async (ctx) => {
      const dir = tempDir();
      const backend = makeBackend({ dataDir: dir });
      const { call } = await setUpClinic(backend);
      expectOk(
        await call('patients.create', { fullName: 'Chu Văn An', sex: 'male', birthYear: 1950 }),
      );
      backend.close();
      try {
        execFileSync('mount', ['--bind', dir, dir]);
        execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
      } catch {
        ctx.skip('this machine does not allow bind mounts');
      }
      try {
        await expectRefused(dir, /không ghi được vào thư mục dữ liệu/);
      } finally {
        execFileSync('umount', [dir]);
      }
    },
    120_000,
  );
});
