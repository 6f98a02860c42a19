import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { timeIt, type BenchResult } from './measure';
import { sampleReceipt } from './print-receipt';

/**
 * A receipt from click to printer: dispatcher, layout, raster, ESC/POS, TCP to a loopback
 * printer that reads everything and closes, then the job and its audit entry written (fsync).
 */
export async function printJob(n = 100): Promise<BenchResult[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-bench-'));
  const printer = net.createServer((socket) => {
    socket.resume();
    socket.on('end', () => socket.end());
  });
  await new Promise<void>((resolve) => printer.listen(0, '127.0.0.1', resolve));
  const port = (printer.address() as net.AddressInfo).port;
  const backend = createBackend({ dataDir, version: 'bench' });
  try {
    const setup = await backend.dispatcher.invoke('auth.setup', {
      facility: { name: 'Trạm Y tế phường Bến Nghé', code: '79001', address: '' },
      admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
      setupCode: backend.setupCode ?? '',
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const meta = { token: setup.value.token };
    const doc = sampleReceipt();
    backend.services.devices.documents.set('receipt', () => doc);
    const saved = await backend.dispatcher.invoke(
      'devices.printers.save',
      {
        name: 'Quầy thu ngân',
        widthDots: 576,
        transport: { kind: 'tcp', host: '127.0.0.1', port },
        cut: true,
        roles: ['receipt'],
      },
      meta,
    );
    if (!saved.ok) throw new Error(saved.error.message);
    const figures = await timeIt(
      n,
      async (i) => {
        const result = await backend.dispatcher.invoke(
          'devices.print',
          { document: { kind: 'receipt', id: i + 1 } },
          meta,
        );
        if (!result.ok) throw new Error(result.error.message);
      },
      // The first job asks the printer for its status and waits out its silence (800 ms).
      3,
    );
    return [{ bench: 'devices.print', n, document: 'receipt 80 mm, 10 lines + QR', ...figures }];
  } finally {
    backend.close();
    await new Promise((resolve) => printer.close(resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
