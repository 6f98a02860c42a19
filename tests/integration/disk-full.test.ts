import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOk, makeBackend, setUpClinic, tempDir } from '../helpers/backend';
import { serve } from '../helpers/http';

function freeBytes(dir: string): number {
  const stats = fs.statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/** Takes all but `leave` bytes of the disk with a file, written until ENOSPC says stop. */
function fill(dir: string, leave: number): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  try {
    const chunk = Buffer.alloc(64 * 1024, 1);
    while (freeBytes(dir) > leave + chunk.length) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

describe('a full disk', () => {
  // A real full disk needs a small tmpfs, which only root can mount.
  it.skipIf(process.getuid?.() !== 0)(
    'refuses the write with DISK_FULL, keeps everything acknowledged, works again once freed',
    async (ctx) => {
      const dir = tempDir();
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', dir]);
      } catch {
        ctx.skip('this machine does not allow mounting a tmpfs');
      }
      try {
        const backend = makeBackend({ dataDir: dir });
        const { adminToken } = await setUpClinic(backend);
        const { post } = await serve(backend);
        const filler = fill(dir, 256 * 1024);

        const acknowledged: number[] = [];
        let refusal: {
          status: number;
          body: { ok: false; error: { code: string; message: string } };
        } | null = null;
        for (let i = 0; i < 5000 && !refusal; i++) {
          const response = await post(
            'patients.create',
            { fullName: `Bệnh Nhân Thứ ${i}`, sex: 'female', birthYear: 1950 + (i % 50) },
            adminToken,
          );
          const body = (await response.json()) as { ok: boolean; value?: { id: number } };
          if (body.ok && body.value) acknowledged.push(body.value.id);
          else refusal = { status: response.status, body: body as never };
        }
        if (!refusal) expect.fail('the disk never filled');
        expect(refusal.status).toBe(507);
        expect(refusal.body.error.code).toBe('DISK_FULL');
        expect(refusal.body.error.message).toMatch(/^Ổ đĩa đã đầy/);

        // The server is still up and answers reads; every acknowledged patient is there.
        const health = await fetch(new URL('/api/health', (await serve(backend)).url));
        expect(health.status).toBe(200);
        const ids = backend.services.sqlite.prepare('SELECT id FROM patients').pluck().all();
        expect(ids).toEqual(expect.arrayContaining(acknowledged));

        fs.rmSync(filler);
        const again = (await (
          await post(
            'patients.create',
            { fullName: 'Sau Khi Dọn Ổ', sex: 'male', birthYear: 1980 },
            adminToken,
          )
        ).json()) as { ok: boolean };
        expect(again.ok).toBe(true);
        expect(backend.services.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const verify = expectOk(
          await backend.dispatcher.invoke('audit.verify', {}, { token: adminToken }),
        );
        expect(verify.ok).toBe(true);
        backend.close();
      } finally {
        execFileSync('umount', ['-l', dir]);
      }
    },
    120_000,
  );
});
