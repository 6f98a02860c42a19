import type { Backend } from '../../electron/backend/backend';
import type { InputOf } from '../../shared/api';
import { ADMIN, expectOk, makeBackend, makeUser, setUpClinic, testClock } from './backend';
import { drugInput } from './catalog';
import { insertPrescription, type SeedItem } from './clinical';
import { makePatient, setVisitStatus } from './patients';

/** 26 November 2026, 09:00 in Vietnam. */
export const TODAY = '2026-11-26';

export type PharmacyClinic = Awaited<ReturnType<typeof pharmacyClinic>>;

/**
 * A clinic with a pharmacist and two drugs in the catalogue; `call` runs as the pharmacist.
 * The clock starts on TODAY and can be moved.
 */
export async function pharmacyClinic(dataDir?: string) {
  const clock = testClock();
  const backend: Backend = makeBackend({ clock, ...(dataDir && { dataDir }) });
  const clinic = await setUpClinic(backend);
  const pharmacist = await makeUser(backend, clinic.adminToken, ['pharmacist']);
  const paracetamol = expectOk(await clinic.call('catalog.drugs.save', drugInput())).id;
  const amlodipine = expectOk(
    await clinic.call(
      'catalog.drugs.save',
      drugInput({
        code: '40.472',
        name: 'Amlodipin Stada',
        ingredients: [{ name: 'Amlodipin', strength: '5mg' }],
        registrationNo: 'VD-21205-14',
        price: 1050,
        insuredPrice: 1050,
      }),
    ),
  ).id;
  const tokens = { pharmacist: pharmacist.token, admin: clinic.adminToken };
  const call: typeof clinic.call = (name, input, token = tokens.pharmacist) =>
    clinic.call(name, input, token);
  const asAdmin: typeof clinic.call = (name, input) => clinic.call(name, input, tokens.admin);

  /** Moves the clock on by whole days; sessions end when idle that long, so both sign in again. */
  const laterDays = async (days: number): Promise<void> => {
    clock.advance(days * 86_400_000);
    const login = async (username: string, password: string) =>
      expectOk(await backend.dispatcher.invoke('auth.login', { username, password })).token;
    tokens.pharmacist = await login(pharmacist.username, pharmacist.password);
    tokens.admin = await login(ADMIN.username, ADMIN.password);
  };

  /** Receives one line per batch, each in its own goods receipt. */
  const receive = async (
    lines: InputOf<'stock.receive'>['lines'],
    extra: Omit<InputOf<'stock.receive'>, 'lines'> = {},
  ) =>
    expectOk(await call('stock.receive', { supplier: 'Công ty Dược Hậu Giang', ...extra, lines }));

  /** A checked-in patient whose doctor prescribed `items`; the visit waits at the pharmacy. */
  const prescribe = async (items: readonly SeedItem[], status = 'awaiting_pharmacy') => {
    const patient = await makePatient(asAdmin, { fullName: `Người bệnh ${++patients}` });
    const { visitId } = expectOk(
      await asAdmin('visits.create', { patientId: patient.id, kind: 'fee' }),
    );
    const seeded = insertPrescription(backend.services.sqlite, { visitId, items });
    setVisitStatus(backend, visitId, status);
    return { ...seeded, visitId, patientId: patient.id };
  };
  let patients = 0;

  const visitStatus = (visitId: number): string =>
    (
      backend.services.sqlite.prepare('SELECT status FROM visits WHERE id = ?').get(visitId) as {
        status: string;
      }
    ).status;

  return {
    backend,
    clock,
    ...clinic,
    call,
    asAdmin,
    laterDays,
    pharmacist,
    drugs: { paracetamol, amlodipine },
    receive,
    prescribe,
    visitStatus,
  };
}

/** Sum of the ledger for a batch, read straight from the table. */
export function ledgerSum(backend: Backend, batchId: number): number {
  return (
    backend.services.sqlite
      .prepare('SELECT coalesce(sum(quantity), 0) AS total FROM stock_movements WHERE batch_id = ?')
      .get(batchId) as { total: number }
  ).total;
}
