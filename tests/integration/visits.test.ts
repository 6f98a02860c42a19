import { describe, expect, it } from 'vitest';
import {
  expectError,
  expectOk,
  makeBackend,
  makeUser,
  minutes,
  ADMIN,
  setUpClinic,
  testClock,
} from '../helpers/backend';
import { BHYT_CODE, CCCD_MALE_1985, makePatient, setVisitStatus } from '../helpers/patients';

// testClock starts at 09:00 on 26/11/2026 in Vietnam (02:00 UTC).
async function clinic() {
  const clock = testClock();
  const backend = makeBackend({ clock });
  const setup = await setUpClinic(backend);
  // These tests live through a whole day, longer than the default 12-hour session.
  expectOk(await setup.call('settings.update', { security: { sessionMaxHours: 48 } }));
  const login = { username: ADMIN.username, password: ADMIN.password };
  const adminToken = expectOk(await backend.dispatcher.invoke('auth.login', login)).token;
  const call: typeof setup.call = (name, input, token = adminToken) =>
    backend.dispatcher.invoke(name, input, { token });
  /** Moves the clock on after a call, so the session stays alive. */
  const later = async (ms: number) => {
    expectOk(await call('auth.me', {}));
    clock.advance(ms);
  };
  return { backend, clock, adminToken, call, later };
}

const CARD_2026 = { code: BHYT_CODE, validFrom: '2026-01-01', validTo: '2026-12-31' };

describe('checking in', () => {
  it('numbers visits from 1 each Vietnamese day, and refuses a second open visit', async () => {
    const { clock, call, later } = await clinic();
    const a = await makePatient(call);
    const b = await makePatient(call, { fullName: 'Trần Thị Bích', sex: 'female' });
    expect(expectOk(await call('visits.create', { patientId: a.id, kind: 'fee' }))).toMatchObject({
      queueNumber: 1,
      visitDate: '2026-11-26',
      priority: 'none',
    });
    const again = expectError(
      await call('visits.create', { patientId: a.id, kind: 'fee' }),
      'CONFLICT',
    );
    expect(again.message).toBe('Người bệnh đã có lượt khám hôm nay, số thứ tự 1.');
    expect(again.details).toMatchObject({ queueNumber: 1 });
    // 23:59 in Vietnam is still the same day… (sessions also end after 12 idle hours)
    await later(minutes(7 * 60));
    await later(minutes(7 * 60 + 59));
    expect(
      expectOk(await call('visits.create', { patientId: b.id, kind: 'fee' })).queueNumber,
    ).toBe(2);
    // …and midnight starts the next one, at 1 again.
    clock.advance(minutes(1));
    const next = expectOk(await call('visits.create', { patientId: a.id, kind: 'fee' }));
    expect(next).toMatchObject({ queueNumber: 1, visitDate: '2026-11-27' });
  });

  it('gives priority from age unless staff chose one', async () => {
    const { call } = await clinic();
    const child = await makePatient(call, {
      fullName: 'Lê Minh Khôi',
      birthDate: '2022-01-01',
      guardian: { name: 'Lê Thị Mai' },
    });
    const elder = await makePatient(call, {
      fullName: 'Vũ Văn Thọ',
      birthDate: undefined,
      birthYear: 1940,
    });
    const adult = await makePatient(call);
    const pregnant = await makePatient(call, {
      fullName: 'Đỗ Thị Hằng',
      sex: 'female',
      birthDate: '1995-02-02',
    });
    const create = async (patientId: number, priority?: 'pregnancy' | 'emergency') =>
      expectOk(
        await call('visits.create', { patientId, kind: 'fee', ...(priority && { priority }) }),
      );
    expect((await create(adult.id)).priority).toBe('none');
    expect((await create(child.id)).priority).toBe('child');
    expect((await create(elder.id)).priority).toBe('elderly');
    expect((await create(pregnant.id, 'pregnancy')).priority).toBe('pregnancy');

    const queue = expectOk(await call('queue.today', {}));
    expect(queue.map((e) => [e.queueNumber, e.priority])).toEqual([
      [2, 'child'],
      [3, 'elderly'],
      [4, 'pregnancy'],
      [1, 'none'],
    ]);
    const late = await makePatient(call, { fullName: 'Phan Văn Cấp', birthDate: '2000-01-01' });
    await create(late.id, 'emergency');
    expect(expectOk(await call('queue.today', {}))[0]).toMatchObject({
      queueNumber: 5,
      priority: 'emergency',
      fullName: 'Phan Văn Cấp',
    });
  });

  it('follows the priority ages in settings', async () => {
    const { call } = await clinic();
    expectOk(await call('settings.update', { reception: { elderlyPriorityFromYears: 60 } }));
    const patient = await makePatient(call, { birthDate: '1960-01-01' });
    expect(
      expectOk(await call('visits.create', { patientId: patient.id, kind: 'fee' })).priority,
    ).toBe('elderly');
  });
});

describe('BHYT visits', () => {
  it('need a card valid on the day, and say why not', async () => {
    const { call } = await clinic();
    const noCard = await makePatient(call);
    const cccdOnly = await makePatient(call, { fullName: 'Ngô Văn Hải', cccd: CCCD_MALE_1985 });
    const expired = await makePatient(call, {
      fullName: 'Hồ Thị Lý',
      sex: 'female',
      bhyt: { code: 'HT3790123456789', validFrom: '2025-01-01', validTo: '2026-11-25' },
    });
    const notYet = await makePatient(call, {
      fullName: 'Mai Văn Tiến',
      bhyt: { code: 'GD4790123456780', validFrom: '2026-11-27', validTo: '2027-11-26' },
    });
    const refusal = async (patientId: number) => {
      const error = expectError(
        await call('visits.create', { patientId, kind: 'bhyt' }),
        'VALIDATION',
      );
      expect(error.fieldErrors?.kind).toBe(error.message);
      return error.message;
    };
    expect(await refusal(noCard.id)).toBe(
      'Người bệnh chưa có thẻ BHYT trong hồ sơ: nhập thẻ vào hồ sơ, hoặc khám thu phí.',
    );
    expect(await refusal(cccdOnly.id)).toContain('mới xuất trình CCCD');
    expect(await refusal(expired.id)).toBe('Thẻ BHYT đã hết hạn sử dụng từ sau ngày 25/11/2026.');
    expect(await refusal(notYet.id)).toBe(
      'Thẻ BHYT chưa có giá trị sử dụng: có giá trị từ ngày 27/11/2026.',
    );
    // Fee-paying is always possible, and nothing was numbered for the refusals.
    expect(
      expectOk(await call('visits.create', { patientId: expired.id, kind: 'fee' })).queueNumber,
    ).toBe(1);
  });

  it('keep the card as it was on the day of the visit', async () => {
    const { backend, call } = await clinic();
    const patient = await makePatient(call, { bhyt: { ...CARD_2026, facilityCode: '01001' } });
    const { visitId } = expectOk(
      await call('visits.create', { patientId: patient.id, kind: 'bhyt', reason: 'Ho, sốt' }),
    );
    expectOk(
      await call('patients.update', {
        id: patient.id,
        fullName: patient.fullName,
        sex: 'male',
        birthDate: '1985-03-12',
        bhyt: { code: 'DN4010120878812', validFrom: '2027-01-01', validTo: '2027-12-31' },
      }),
    );
    const row = backend.services.sqlite
      .prepare(
        'SELECT bhyt_code, bhyt_valid_to, bhyt_facility_code, reason FROM visits WHERE id = ?',
      )
      .get(visitId);
    expect(row).toEqual({
      bhyt_code: BHYT_CODE,
      bhyt_valid_to: '2026-12-31',
      bhyt_facility_code: '01001',
      reason: 'Ho, sốt',
    });
  });
});

describe("today's queue", () => {
  it('shows waiting minutes, statuses, and puts finished visits last', async () => {
    const { backend, clock, call, later } = await clinic();
    const a = await makePatient(call);
    const b = await makePatient(call, { fullName: 'Trần Thị Bích', sex: 'female' });
    const first = expectOk(await call('visits.create', { patientId: a.id, kind: 'fee' }));
    clock.advance(minutes(12));
    const second = expectOk(await call('visits.create', { patientId: b.id, kind: 'fee' }));
    clock.advance(minutes(5));
    setVisitStatus(backend, first.visitId, 'done');
    const queue = expectOk(await call('queue.today', {}));
    expect(queue.map((e) => [e.queueNumber, e.status, e.waitingMinutes])).toEqual([
      [2, 'waiting', 5],
      [1, 'done', 0],
    ]);
    expect(queue[0]).toMatchObject({
      patientId: b.id,
      patientCode: b.code,
      kind: 'fee',
      sex: 'female',
    });
    await later(minutes(10 * 60));
    await later(minutes(10 * 60));
    expect(expectOk(await call('queue.today', {}))).toEqual([]);
    expect(second.visitId).toBeGreaterThan(first.visitId);
  });

  it('cancels a visit with its reason, only while it has not moved on', async () => {
    const { backend, adminToken, call } = await clinic();
    const nurse = await makeUser(backend, adminToken, ['nurse']);
    const cashier = await makeUser(backend, adminToken, ['cashier']);
    const a = await makePatient(call);
    const { visitId } = expectOk(await call('visits.create', { patientId: a.id, kind: 'fee' }));
    expectError(await call('visits.cancel', { visitId, reason: 'Về' }, cashier.token), 'FORBIDDEN');
    const blank = expectError(await call('visits.cancel', { visitId, reason: '  ' }), 'VALIDATION');
    expect(blank.fieldErrors?.reason).toBe('Bắt buộc nhập');
    expect(
      expectOk(await call('visits.cancel', { visitId, reason: 'Người bệnh về' }, nurse.token)),
    ).toEqual({
      visitId,
      status: 'cancelled',
    });
    expect(expectOk(await call('queue.today', {}))[0]).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Người bệnh về',
    });
    expectError(await call('visits.cancel', { visitId, reason: 'Lần nữa' }), 'CONFLICT');
    // Once cancelled, the patient may be checked in again today.
    const again = expectOk(await call('visits.create', { patientId: a.id, kind: 'fee' }));
    setVisitStatus(backend, again.visitId, 'awaiting_payment');
    const moved = expectError(
      await call('visits.cancel', { visitId: again.visitId, reason: 'x' }),
      'CONFLICT',
    );
    expect(moved.messageKey).toBe('visits.cannotCancel');
    const audit = expectOk(await call('audit.list', { action: 'visits.cancel' })).entries;
    expect(audit[0]).toMatchObject({
      patientId: a.id,
      detail: { queueNumber: 1, reason: 'Người bệnh về' },
    });
    expectError(await call('visits.cancel', { visitId: 999, reason: 'x' }), 'NOT_FOUND');
  });

  it('makes the patient a recent visitor', async () => {
    const { call } = await clinic();
    const a = await makePatient(call);
    expect(a.lastVisitAt).toBeUndefined();
    expectOk(await call('visits.create', { patientId: a.id, kind: 'fee' }));
    const after = expectOk(await call('patients.get', { id: a.id }));
    expect(after.lastVisitAt).toBe('2026-11-26T02:00:00.000Z');
    expect(after.visits).toHaveLength(1);
  });
});
