import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { ledgerMismatches } from '../../electron/backend/pharmacy/movements';
import { tempDir } from '../helpers/backend';
import { pharmacyClinic } from '../helpers/pharmacy';

const WORKER = path.join(import.meta.dirname, '..', 'helpers', 'dispense-worker.ts');

interface Worker {
  ready: Promise<void>;
  go(): void;
  done: Promise<{ allocated: { itemId: number; batchId: number; quantity: number }[] }>;
}

/** A separate Node process running its own backend on the same database file. */
function startWorker(args: string[]): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const out = readline.createInterface({ input: child.stdout });
  const lines: string[] = [];
  let onLine: (() => void) | null = null;
  out.on('line', (line) => {
    lines.push(line);
    onLine?.();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    ready: new Promise((resolve, reject) => {
      onLine = () => (lines.includes('ready') ? resolve() : undefined);
      void exited.then((code) =>
        reject(new Error(`worker exited (${code}) before ready: ${errors}`)),
      );
    }),
    go: () => child.stdin.write('go\n'),
    done: exited.then((code) => {
      if (code !== 0) throw new Error(`worker failed (${code}): ${errors}`);
      return JSON.parse(lines.at(-1) ?? '{}') as Awaited<Worker['done']>;
    }),
  };
}

describe('two dispensers on one database file', () => {
  it('never hand out more than the batches hold', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const clinic = await pharmacyClinic(dataDir);
    const { paracetamol } = clinic.drugs;
    await clinic.receive([
      { drugId: paracetamol, lot: 'R1', expiry: '2027-03-31', quantity: 110, unitCost: 450 },
      { drugId: paracetamol, lot: 'R2', expiry: '2027-09-30', quantity: 130, unitCost: 450 },
    ]);
    // 100 prescriptions of 3 tablets: 300 wanted, 240 in stock. Each process wants 150, so
    // even if one runs to the end before the other starts, both get some and stock runs out.
    const prescriptions: number[] = [];
    const items = new Map<number, number>();
    for (let i = 0; i < 100; i++) {
      const seeded = await clinic.prescribe([{ drugId: paracetamol, quantity: 3 }]);
      prescriptions.push(seeded.prescriptionId);
      items.set(seeded.itemIds[0]!, 3);
    }
    const { username, password } = clinic.pharmacist;
    const share = (parity: number) =>
      JSON.stringify(prescriptions.filter((_, i) => i % 2 === parity));
    const workers = [0, 1].map((parity) =>
      startWorker([dataDir, username, password, share(parity)]),
    );
    await Promise.all(workers.map((w) => w.ready));
    for (const worker of workers) worker.go();
    const results = await Promise.all(workers.map((w) => w.done));

    // Both got some, and together exactly what the batches held.
    for (const result of results) expect(result.allocated.length).toBeGreaterThan(0);
    const allocated = results.flatMap((r) => r.allocated);
    expect(allocated.reduce((sum, a) => sum + a.quantity, 0)).toBe(240);
    const perItem = new Map<number, number>();
    for (const a of allocated) perItem.set(a.itemId, (perItem.get(a.itemId) ?? 0) + a.quantity);
    for (const [itemId, quantity] of perItem)
      expect(quantity).toBeLessThanOrEqual(items.get(itemId)!);

    const { sqlite } = clinic.backend.services;
    expect(sqlite.prepare('SELECT sum(on_hand) FROM stock_batches').pluck().get()).toBe(0);
    expect(ledgerMismatches(sqlite)).toEqual([]);
    // What the processes say they got is what the ledger recorded.
    expect(
      sqlite
        .prepare("SELECT -sum(quantity) FROM stock_movements WHERE kind = 'dispense'")
        .pluck()
        .get(),
    ).toBe(240);
  });
});
