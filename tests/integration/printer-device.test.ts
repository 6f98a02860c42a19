import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrinterError, deviceTransport } from '../../electron/devices/print/transports';

// A FIFO stands in for /dev/usb/lp0: it fills up, blocks and refuses writers like a printer.
let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-lp-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function fifo(): string {
  const file = path.join(dir, 'lp0');
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
  return file;
}

/** The printer end of the FIFO, reading nothing until told to. */
function reader(file: string): { fd: number; drain: () => Buffer } {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  const chunks: Buffer[] = [];
  return {
    fd,
    drain: () => {
      const buffer = Buffer.alloc(65536);
      for (;;) {
        try {
          const n = fs.readSync(fd, buffer);
          if (n === 0) break;
          chunks.push(Buffer.from(buffer.subarray(0, n)));
        } catch {
          break; // EAGAIN: nothing more right now
        }
      }
      return Buffer.concat(chunks);
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<PrinterError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PrinterError);
  return error as PrinterError;
}

const job = Uint8Array.from({ length: 1024 * 1024 }, (_, i) => (i * 7) & 0xff);

describe('Linux device-path printers', () => {
  it('writes a job larger than the device buffer while the printer keeps reading', async () => {
    const file = fifo();
    const printer = reader(file);
    const timer = setInterval(printer.drain, 5);
    try {
      await deviceTransport(file).send(job, { timeoutMs: 2000 });
    } finally {
      clearInterval(timer);
    }
    expect(printer.drain().equals(Buffer.from(job))).toBe(true);
    fs.closeSync(printer.fd);
  });

  it('times out, without hanging a thread, when the printer stops reading', async () => {
    const file = fifo();
    const printer = reader(file);
    const started = Date.now();
    const error = await failure(deviceTransport(file).send(job, { timeoutMs: 300 }));
    expect(error.messageKey).toBe('devices.printer.timedOut');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(printer.drain().length).toBeGreaterThan(0);
    fs.closeSync(printer.fd);
  });

  it('says the printer is not found when the device is missing or nobody is at the other end', async () => {
    const missing = await failure(
      deviceTransport(path.join(dir, 'lp9')).send(job, { timeoutMs: 300 }),
    );
    expect(missing.messageKey).toBe('devices.printer.notFound');
    expect(missing.code).toBe('ENOENT');
    const unplugged = await failure(deviceTransport(fifo()).send(job, { timeoutMs: 300 }));
    expect(unplugged.messageKey).toBe('devices.printer.notFound');
    expect(unplugged.code).toBe('ENXIO');
  });

  it.skipIf(process.getuid?.() === 0)(
    'says access is denied without write permission',
    async () => {
      const file = path.join(dir, 'lp1');
      fs.writeFileSync(file, '');
      fs.chmodSync(file, 0o400);
      const error = await failure(deviceTransport(file).send(job, { timeoutMs: 300 }));
      expect(error.messageKey).toBe('devices.printer.accessDenied');
    },
  );
});
