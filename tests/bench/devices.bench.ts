import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api';
import { seedVisitAtCashier } from '../helpers/billing-seed';
import { coveragePeriods } from '../helpers/coverage';
import { timeIt, type BenchResult } from './measure';

const SAMPLES = 100;
const WARMUP = 3;
const SERVICES = [
  ['KB01', 38_700],
  ['XN01', 15_200],
  ['XN02', 42_000],
  ['TT01', 57_600],
  ['TT04', 30_000],
] as const;
const DRUGS = [
  'Paracetamol 500mg',
  'Amoxicilin 500mg',
  'Oresol 245',
  'Vitamin C 500mg',
  'Loratadin',
];

type Invoke = <N extends ProcedureName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>;

/**
 * Insured visits paid at the desk, each with 5 services and 5 drugs: one receipt (a real
 * payment, numbered) per visit, so every print builds a receipt it has not built before.
 */
async function paidReceipts(backend: Backend, invoke: Invoke, count: number): Promise<number[]> {
  const drugIds: number[] = [];
  for (const [i, name] of DRUGS.entries()) {
    const price = 1_500 + i * 1_000;
    const drug = await invoke('catalog.drugs.save', {
      code: `40.${i + 1}`,
      name,
      ingredients: [{ name: name.split(' ')[0] ?? name, strength: '500mg' }],
      unit: 'Viên',
      price,
      insuredPrice: price,
    });
    drugIds.push(drug.id);
  }
  const receipts: number[] = [];
  for (let i = 0; i < count; i++) {
    const patient = await invoke('patients.create', {
      fullName: `Nguyễn Thị Ánh Tuyết ${i + 1}`,
      sex: 'female',
      birthYear: 1940 + (i % 60),
      bhyt: {
        code: `DN401${String(i + 1).padStart(10, '0')}`,
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
        facilityCode: '79001',
      },
    });
    const { visitId } = await invoke('visits.create', { patientId: patient.id, kind: 'bhyt' });
    seedVisitAtCashier(backend.services.sqlite, {
      visitId,
      diagnoses: ['J06.9'],
      services: SERVICES.map(([code, unitPrice]) => ({ code, unitPrice })),
      drugs: drugIds.map((drugId, k) => ({
        drugId,
        prescribed: 20 + ((i + k) % 20),
        unitPrice: 1_500 + k * 1_000,
      })),
    });
    const bill = await invoke('billing.invoice', { visitId });
    const paid = await invoke('billing.pay', {
      invoiceId: bill.invoiceId,
      expectedTotal: bill.total,
      requestId: randomUUID(),
      method: 'cash',
      amount: bill.due,
    });
    if (!paid.receipt) throw new Error(`no receipt for a bill of ${bill.total}`);
    receipts.push(paid.receipt.id);
  }
  return receipts;
}

/**
 * A receipt from click to printer: dispatcher, the receipt builder the cash desk prints with
 * (payment, bill as paid, patient, facility), layout, raster, ESC/POS, TCP to a loopback
 * printer that reads everything and closes, then the job and its audit entry written (fsync).
 * n is the lines on each receipt.
 */
export async function printJob(): Promise<BenchResult[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-bench-'));
  const printer = net.createServer((socket) => {
    socket.resume();
    socket.on('end', () => socket.end());
  });
  await new Promise<void>((resolve) => printer.listen(0, '127.0.0.1', resolve));
  const port = (printer.address() as net.AddressInfo).port;
  const backend = createBackend({ dataDir, version: 'bench', scryptCost: { N: 1024, r: 8, p: 1 } });
  try {
    const setup = await backend.dispatcher.invoke('auth.setup', {
      facility: { name: 'Trạm Y tế phường Bến Nghé', code: '79001', address: '' },
      admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
      setupCode: backend.setupCode ?? '',
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const meta = { token: setup.value.token };
    const invoke: Invoke = async (name, input) => {
      const result = await backend.dispatcher.invoke(name, input, meta);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value;
    };
    // The commune's 100 % rule off and bills above the low-cost line: the patient pays a co-pay.
    await invoke('settings.update', {
      coverage: { periods: coveragePeriods({ primaryCareFull: false }) },
    });
    await invoke('devices.printers.save', {
      name: 'Quầy thu ngân',
      widthDots: 576,
      transport: { kind: 'tcp', host: '127.0.0.1', port },
      cut: true,
      roles: ['receipt'],
    });
    const receipts = await paidReceipts(backend, invoke, WARMUP + SAMPLES);
    const figures = await timeIt(
      SAMPLES,
      async (i) => {
        const id = receipts[i];
        if (id === undefined) throw new Error('ran out of receipts');
        await invoke('devices.print', { document: { kind: 'receipt', id } });
      },
      // The first job asks the printer for its status and waits out its silence (800 ms).
      WARMUP,
    );
    return [
      {
        bench: 'devices.print',
        n: SERVICES.length + DRUGS.length,
        document: 'receipt 80 mm of a real payment: 5 services, 5 drugs, BHYT share',
        ...figures,
      },
    ];
  } finally {
    backend.close();
    await new Promise((resolve) => printer.close(resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
