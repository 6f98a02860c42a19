import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { DEFAULT_SCRYPT_COST } from '../../electron/backend/auth/passwords';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api';
import { summarize, timeIt, type BenchResult } from './measure';

export type Invoke = <N extends ProcedureName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>;

const INGREDIENTS = ['Amlodipin', 'Metformin', 'Losartan', 'Atorvastatin', 'Omeprazol'];

/** A station with a doctor signed in and five drugs; calls run as the doctor. */
export async function withDoctor<T>(
  run: (invoke: Invoke, backend: Backend, drugIds: number[]) => Promise<T>,
): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-bench-'));
  const backend = createBackend({ dataDir, version: 'bench', scryptCost: DEFAULT_SCRYPT_COST });
  const as =
    (token: string): Invoke =>
    async (name, input) => {
      const result = await backend.dispatcher.invoke(name, input, { token });
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value;
    };
  try {
    const setup = await backend.dispatcher.invoke('auth.setup', {
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: 'Xã An Bình' },
      admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
      setupCode: backend.setupCode ?? '',
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const admin = as(setup.value.token);
    await admin('users.create', {
      username: 'bacsi',
      fullName: 'Trần Văn Đức',
      password: 'tam-thoi-123',
      roles: ['doctor'],
    });
    const login = await backend.dispatcher.invoke('auth.login', {
      username: 'bacsi',
      password: 'tam-thoi-123',
    });
    if (!login.ok) throw new Error(login.error.message);
    const doctor = as(login.value.token);
    await doctor('auth.changePassword', {
      currentPassword: 'tam-thoi-123',
      newPassword: 'bac-si-rieng-123',
    });
    const drugIds: number[] = [];
    for (const [i, name] of INGREDIENTS.entries()) {
      const drug = await admin('catalog.drugs.save', {
        code: `40.${i + 1}`,
        name: `${name} 5`,
        ingredients: [{ name, strength: '5mg' }],
        unit: 'Viên',
        route: 'Uống',
        price: 1000,
        insuredPrice: 1000,
      });
      drugIds.push(drug.id);
    }
    // A single-doctor station: the doctor checks patients in too (reception roles allow it).
    return await run(doctor, backend, drugIds);
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A patient checked in, taken, diagnosed (I10, E11) and prescribed the five drugs. */
export async function preparedVisit(invoke: Invoke, i: number): Promise<number> {
  const patient = await invoke('patients.create', {
    fullName: `Nguyễn Văn Bình ${i}`,
    sex: 'male',
    birthYear: 1950 + (i % 40),
  });
  const { visitId } = await invoke('visits.create', { patientId: patient.id, kind: 'fee' });
  await invoke('visits.start', { visitId });
  await invoke('visits.setDiagnoses', {
    visitId,
    primary: { code: 'I10' },
    secondary: [{ code: 'E11' }],
  });
  return visitId;
}

export const prescribe = (visitId: number, drugIds: number[]): InputOf<'prescriptions.save'> => ({
  visitId,
  items: drugIds.map((drugId, k) => ({
    drugId,
    dose: k % 2 === 0 ? { morning: '1' } : { morning: '1/2', evening: '1/2' },
    days: 30,
    note: 'sau ăn',
  })),
});

/**
 * Finishing the exam with a 5-item prescription through the dispatcher (the checks run
 * again, the visit moves, the audit entry is written with fsync); prescriptions.save too.
 * n is the items on the prescription.
 */
export async function visitsFinish(): Promise<BenchResult[]> {
  return withDoctor(async (invoke, _backend, drugIds) => {
    const samples = 300;
    const warmup = 20;
    const visits: number[] = [];
    const saves: number[] = [];
    for (let i = 0; i < samples + warmup; i++) {
      const visitId = await preparedVisit(invoke, i);
      const t0 = performance.now();
      await invoke('prescriptions.save', prescribe(visitId, drugIds));
      saves.push(performance.now() - t0);
      visits.push(visitId);
    }
    let next = 0;
    const finish = await timeIt(
      samples,
      async () => {
        const visitId = visits[next++];
        if (visitId === undefined) throw new Error('ran out of prepared visits');
        await invoke('visits.finish', { visitId });
      },
      warmup,
    );
    return [
      { bench: 'visits.finish', n: drugIds.length, procedure: 'visits.finish', ...finish },
      {
        bench: 'visits.finish',
        n: drugIds.length,
        procedure: 'prescriptions.save',
        ...summarize(saves.slice(warmup)),
      },
    ];
  });
}

/** The A5 prescription PDF through documents.prescription, warm (fonts loaded once); n items. */
export async function prescriptionPdf(): Promise<BenchResult[]> {
  return withDoctor(async (invoke, _backend, drugIds) => {
    const visitId = await preparedVisit(invoke, 0);
    await invoke('prescriptions.save', prescribe(visitId, drugIds));
    await invoke('visits.saveNotes', {
      visitId,
      advice: 'Ăn nhạt, hạn chế đồ ngọt, đo huyết áp hằng ngày.',
      reexamDate: '2099-12-31',
    });
    let bytes = 0;
    const figures = await timeIt(
      100,
      async () => {
        const file = await invoke('documents.prescription', { visitId });
        bytes = file.content.length;
      },
      10,
    );
    return [
      {
        bench: 'documents.prescription',
        n: drugIds.length,
        ...figures,
        pdf_kb: Math.round((bytes * 3) / 4 / 1024),
      },
    ];
  });
}
