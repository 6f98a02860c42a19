import { describe, expect, it } from 'vitest';
import {
  expectError,
  expectOk,
  makeBackend,
  makeUser,
  setUpClinic,
  testClock,
} from '../helpers/backend';
import {
  BHYT_CODE,
  CCCD_MALE_1985,
  DEFAULT_PATIENT,
  cccdFor,
  makePatient,
} from '../helpers/patients';

async function clinic() {
  const backend = makeBackend({ clock: testClock() });
  const { adminToken, call } = await setUpClinic(backend);
  const reception = await makeUser(backend, adminToken, ['receptionist']);
  return { backend, adminToken, call, reception };
}

const CARD = { code: 'dn 4 01 0120878811', validFrom: '2026-01-01', validTo: '2026-12-31' };

describe('registering a patient', () => {
  it('gives a printable code facility-year-sequence and keeps every field', async () => {
    const { call } = await clinic();
    const first = await makePatient(call);
    const patient = await makePatient(call, {
      fullName: '  Trần   Thị Bích  ',
      sex: 'female',
      birthDate: '1990-07-05',
      phone: '+84 912 345 678',
      cccd: '001 190 012345',
      bhyt: { ...CARD, facilityCode: '01-001', fiveYearDate: '2027-01-01' },
      address: { text: 'Thôn Đông, xã An Bình', street: 'Thôn Đông', wardCode: '00004' },
      ethnicityCode: '1',
      occupation: 'Nông dân',
      allergies: { text: 'Nổi mẩn', ingredients: ['Penicillin', 'penicillin', 'Aspirin'] },
      notes: 'Đi khám định kỳ',
    });
    expect(first.code).toBe('01001-2026-000001');
    expect(patient).toMatchObject({
      code: '01001-2026-000002',
      fullName: 'Trần Thị Bích',
      birthYear: 1990,
      phone: '0912345678',
      cccd: '001190012345',
      bhyt: { code: BHYT_CODE, facilityCode: '01001', fiveYearDate: '2027-01-01' },
      insuranceStatus: 'verified',
      address: {
        street: 'Thôn Đông',
        wardCode: '00004',
        provinceCode: '01',
        wardName: 'Phường Ba Đình',
        provinceName: 'Thành phố Hà Nội',
      },
      ethnicityCode: '01',
      allergies: { text: 'Nổi mẩn', ingredients: ['penicillin', 'Aspirin'] },
      visits: [],
    });
    expect(patient.guardian).toBeUndefined();
    expect(expectOk(await call('patients.get', { id: patient.id }))).toEqual(patient);
  });

  it('marks a CCCD-only patient unverified, and one with nothing none', async () => {
    const { call } = await clinic();
    expect((await makePatient(call, { cccd: CCCD_MALE_1985 })).insuranceStatus).toBe('unverified');
    expect((await makePatient(call, { fullName: 'Lê Văn Bình' })).insuranceStatus).toBe('none');
    const chosen = await makePatient(call, {
      fullName: 'Lê Văn Cường',
      insuranceStatus: 'unverified',
    });
    expect(chosen.insuranceStatus).toBe('unverified');
  });

  it('accepts a year-only birth, and blank form fields as not given', async () => {
    const { call } = await clinic();
    const patient = await makePatient(call, {
      birthDate: '',
      birthYear: 1941,
      phone: ' ',
      occupation: '',
    });
    expect(patient).toMatchObject({ birthYear: 1941 });
    expect(patient.birthDate).toBeUndefined();
    expect(patient.phone).toBeUndefined();
  });

  it('reports every problem at once, in Vietnamese, keyed by input path', async () => {
    const { call } = await clinic();
    const error = expectError(
      await call('patients.create', {
        fullName: 'Phạm Văn Dũng',
        sex: 'female',
        birthDate: '1985-03-12',
        phone: '0112345678',
        cccd: '001085123456',
        bhyt: { code: 'XX4010120878811', validFrom: '2026-12-31', validTo: '2026-01-01' },
        address: { provinceCode: '04', wardCode: '00004' },
        ethnicityCode: '77',
      }),
      'VALIDATION',
    );
    expect(error.fieldErrors).toEqual({
      cccd: 'Số CCCD không khớp giới tính: chữ số thứ 4 là 0.',
      phone: expect.stringContaining('Đầu số 01 không đúng') as string,
      'bhyt.code': expect.stringContaining('Mã đối tượng “XX”') as string,
      'bhyt.validTo': 'Giá trị sử dụng của thẻ không đúng: từ ngày 31/12/2026 đến ngày 01/01/2026.',
      'address.wardCode': 'Xã/phường không thuộc tỉnh/thành phố đã chọn.',
      ethnicityCode: 'Mã dân tộc không có trong danh mục.',
    });
  });

  it('checks the CCCD against the birth year and century', async () => {
    const { call } = await clinic();
    const year = expectError(
      await call('patients.create', {
        ...DEFAULT_PATIENT,
        birthDate: '1986-03-12',
        cccd: CCCD_MALE_1985,
      }),
      'VALIDATION',
    );
    expect(year.fieldErrorKeys?.cccd?.key).toBe('patients.cccd.yearMismatch');
    const length = expectError(
      await call('patients.create', { ...DEFAULT_PATIENT, cccd: '00108512345' }),
      'VALIDATION',
    );
    expect(length.fieldErrors?.cccd).toBe('Số CCCD phải có 12 chữ số (đang có 11).');
  });

  it('needs a birth date or year, in the past and consistent', async () => {
    const { call } = await clinic();
    const missing = expectError(
      await call('patients.create', { fullName: 'Vũ Thị Lan', sex: 'female' }),
      'VALIDATION',
    );
    expect(missing.fieldErrorKeys?.birthDate?.key).toBe('patients.birth.required');
    const future = expectError(
      await call('patients.create', { ...DEFAULT_PATIENT, birthDate: '2026-11-27' }),
      'VALIDATION',
    );
    expect(future.fieldErrorKeys?.birthDate?.key).toBe('patients.birth.future');
    const both = expectError(
      await call('patients.create', { ...DEFAULT_PATIENT, birthYear: 1986 }),
      'VALIDATION',
    );
    expect(both.fieldErrors?.birthYear).toBe('Năm sinh phải là 1985, theo ngày sinh.');
    const impossible = expectError(
      await call('patients.create', { ...DEFAULT_PATIENT, birthDate: '1985-02-30' }),
      'VALIDATION',
    );
    expect(impossible.fieldErrorKeys?.birthDate?.key).toBe('validation.date');
    const old = expectError(
      await call('patients.create', { ...DEFAULT_PATIENT, birthDate: undefined, birthYear: 1880 }),
      'VALIDATION',
    );
    expect(old.fieldErrorKeys?.birthYear?.key).toBe('clinical.age.implausible');
  });

  it('asks a guardian for children under 72 months, not for older ones', async () => {
    const { call } = await clinic();
    const child = { fullName: 'Hoàng Minh Khôi', sex: 'male' as const, birthDate: '2021-06-01' };
    const error = expectError(await call('patients.create', child), 'VALIDATION');
    expect(error.fieldErrors?.['guardian.name']).toBe(
      'Trẻ dưới 72 tháng tuổi cần có họ tên người giám hộ.',
    );
    const saved = await makePatient(call, {
      ...child,
      guardian: { name: 'Hoàng Thị Mai', phone: '0987654321' },
    });
    expect(saved.guardian).toEqual({ name: 'Hoàng Thị Mai', phone: '0987654321' });
    await makePatient(call, { ...child, fullName: 'Hoàng Minh Khang', birthDate: '2020-11-25' });
  });
});

describe('duplicates', () => {
  it('refuses a CCCD or card already registered, naming the record to open', async () => {
    const { call } = await clinic();
    const first = await makePatient(call, { cccd: CCCD_MALE_1985, bhyt: CARD });
    const sameCccd = expectError(
      await call('patients.create', {
        ...DEFAULT_PATIENT,
        fullName: 'Người Khác',
        cccd: CCCD_MALE_1985,
      }),
      'CONFLICT',
    );
    expect(sameCccd.details).toEqual({
      patientId: first.id,
      patientCode: first.code,
      field: 'cccd',
    });
    expect(sameCccd.message).toBe(`Số CCCD này đã có trong hồ sơ ${first.code} (Nguyễn Văn An).`);
    expect(sameCccd.fieldErrorKeys?.cccd?.key).toBe('patients.duplicate.cccd');
    const sameCard = expectError(
      await call('patients.create', { ...DEFAULT_PATIENT, bhyt: { ...CARD, code: BHYT_CODE } }),
      'CONFLICT',
    );
    expect(sameCard.details).toMatchObject({ patientId: first.id, field: 'bhyt' });
    // An update that takes another record's number is refused the same way.
    const other = await makePatient(call, {
      fullName: 'Lê Thị Hoa',
      sex: 'female',
      birthYear: 1960,
      birthDate: undefined,
    });
    expectError(
      await call('patients.update', { ...DEFAULT_PATIENT, id: other.id, cccd: CCCD_MALE_1985 }),
      'CONFLICT',
    );
  });

  it('lists candidates before saving: same CCCD/card (blocking), name and birth year, phone', async () => {
    const { call } = await clinic();
    const an = await makePatient(call, { phone: '0912345678', cccd: CCCD_MALE_1985 });
    const namesake = await makePatient(call, {
      fullName: 'NGUYỄN VĂN AN',
      birthDate: '1985-09-09',
      cccd: undefined,
    });
    const phoneOnly = await makePatient(call, {
      fullName: 'Đỗ Thị Hạnh',
      sex: 'female',
      phone: '0912 345 678',
    });
    await makePatient(call, { fullName: 'Nguyễn Văn An', birthDate: '1986-01-01' });

    const byName = expectOk(
      await call('patients.duplicates', { draft: { fullName: 'nguyen van an', birthYear: 1985 } }),
    );
    expect(byName.map((c) => c.id).sort()).toEqual([an.id, namesake.id].sort());
    expect(byName.every((c) => !c.blocking && c.reasons.includes('nameBirthYear'))).toBe(true);

    const all = expectOk(
      await call('patients.duplicates', {
        draft: {
          fullName: 'Nguyễn Văn An',
          birthDate: '12/03/1985',
          phone: '+84912345678',
          cccd: CCCD_MALE_1985,
        },
      }),
    );
    expect(all[0]).toMatchObject({
      id: an.id,
      blocking: true,
      reasons: ['cccd', 'nameBirthYear', 'phone'],
    });
    expect(all.map((c) => c.id)).toContain(phoneOnly.id);

    const editing = expectOk(
      await call('patients.duplicates', { draft: { cccd: CCCD_MALE_1985 }, excludeId: an.id }),
    );
    expect(editing).toEqual([]);
    expect(expectOk(await call('patients.duplicates', { draft: { fullName: 'Nguyễn' } }))).toEqual(
      [],
    );
  });
});

describe('updating a patient', () => {
  it('replaces the record, checks it was not changed meanwhile, and audits what changed', async () => {
    const { call } = await clinic();
    const patient = await makePatient(call, { phone: '0912345678' });
    const updated = expectOk(
      await call('patients.update', {
        ...DEFAULT_PATIENT,
        id: patient.id,
        fullName: 'Nguyễn Văn Ân',
        expectedUpdatedAt: patient.updatedAt,
      }),
    );
    expect(updated).toMatchObject({ code: patient.code, fullName: 'Nguyễn Văn Ân' });
    expect(updated.phone).toBeUndefined();
    const stale = expectError(
      await call('patients.update', {
        ...DEFAULT_PATIENT,
        id: patient.id,
        expectedUpdatedAt: '2020-01-01T00:00:00.000Z',
      }),
      'CONFLICT',
    );
    expect(stale.messageKey).toBe('patients.changedMeanwhile');
    const audit = expectOk(await call('audit.list', { action: 'patients.update' }));
    expect(audit.entries[0]).toMatchObject({
      patientId: patient.id,
      detail: { code: patient.code, changed: ['fullName', 'phone'] },
    });
  });
});

describe('reading a patient record', () => {
  it('writes who looked at whom to the audit log', async () => {
    const { backend, adminToken, call, reception } = await clinic();
    const patient = await makePatient(call);
    const doctor = await makeUser(backend, adminToken, ['doctor']);
    expectOk(await call('patients.get', { id: patient.id }, doctor.token));
    expectOk(await call('patients.get', { id: patient.id }, reception.token));
    const reads = expectOk(
      await call('audit.list', { patientId: patient.id, action: 'patients.read' }),
    );
    expect(reads.entries.map((e) => e.username)).toEqual([reception.username, doctor.username]);
    expect(reads.entries[0]).toMatchObject({
      entity: 'patient',
      entityId: String(patient.id),
      outcome: 'ok',
    });
    expect(expectOk(await call('audit.verify', {})).ok).toBe(true);
    expectError(await call('patients.get', { id: 999 }), 'NOT_FOUND');
  });
});

describe('merging duplicates', () => {
  it('is for administrators only', async () => {
    const { call, reception } = await clinic();
    const a = await makePatient(call);
    const b = await makePatient(call, { fullName: 'Nguyen Van An' });
    expectError(
      await call('patients.merge', { keepId: a.id, mergeId: b.id }, reception.token),
      'FORBIDDEN',
    );
  });

  it('moves the visits, fills what the kept record lacks, and leaves the duplicate behind', async () => {
    const { call } = await clinic();
    const kept = await makePatient(call, { allergies: { ingredients: ['Penicillin'] } });
    const duplicate = await makePatient(call, {
      fullName: 'Nguyễn Văn Ăn',
      phone: '0912345678',
      cccd: CCCD_MALE_1985,
      bhyt: CARD,
      allergies: { ingredients: ['Aspirin', 'Penicillin'] },
      notes: 'Hồ sơ cũ',
    });
    const visit = expectOk(await call('visits.create', { patientId: duplicate.id, kind: 'fee' }));
    const merged = expectOk(
      await call('patients.merge', { keepId: kept.id, mergeId: duplicate.id }),
    );
    expect(merged).toMatchObject({
      id: kept.id,
      fullName: 'Nguyễn Văn An',
      phone: '0912345678',
      cccd: CCCD_MALE_1985,
      bhyt: { code: BHYT_CODE },
      insuranceStatus: 'verified',
      allergies: { ingredients: ['Penicillin', 'Aspirin'] },
      notes: 'Hồ sơ cũ',
    });
    expect(merged.visits.map((v) => v.visitId)).toEqual([visit.visitId]);
    expect(merged.lastVisitAt).toBeDefined();

    const left = expectOk(await call('patients.get', { id: duplicate.id }));
    expect(left.mergedInto).toEqual({ id: kept.id, code: kept.code });
    expect(left.visits).toEqual([]);
    expect(expectOk(await call('queue.today', {}))[0]).toMatchObject({ patientId: kept.id });
    // The merged record no longer holds its CCCD: the kept one does, uniquely.
    expectError(
      await call('patients.create', { ...DEFAULT_PATIENT, cccd: CCCD_MALE_1985 }),
      'CONFLICT',
    );
    expectError(
      await call('patients.update', { ...DEFAULT_PATIENT, id: duplicate.id }),
      'CONFLICT',
    );

    const entries = expectOk(await call('audit.list', { action: 'patients.merge' })).entries;
    expect(entries.map((e) => e.patientId).sort()).toEqual([kept.id, duplicate.id].sort());
    expect(entries[0]?.detail).toMatchObject({ mergedCode: duplicate.code, visitsMoved: 1 });
  });

  it('refuses merging a record into itself or merging one already merged', async () => {
    const { call } = await clinic();
    const a = await makePatient(call);
    const b = await makePatient(call, { fullName: 'Trần Văn Bảo' });
    const c = await makePatient(call, { fullName: 'Trần Văn Bảo', birthDate: '1985-03-13' });
    expectError(await call('patients.merge', { keepId: a.id, mergeId: a.id }), 'CONFLICT');
    expectOk(await call('patients.merge', { keepId: b.id, mergeId: c.id }));
    expectError(await call('patients.merge', { keepId: a.id, mergeId: c.id }), 'CONFLICT');
    // Merging b into a brings c along: c now points at a directly.
    expectOk(await call('patients.merge', { keepId: a.id, mergeId: b.id }));
    expect(expectOk(await call('patients.get', { id: c.id })).mergedInto?.id).toBe(a.id);
  });
});

describe('who may do what', () => {
  it('lets every role find and read patients, only reception staff register them', async () => {
    const { backend, adminToken, call } = await clinic();
    const patient = await makePatient(call);
    for (const role of ['cashier', 'pharmacist'] as const) {
      const { token } = await makeUser(backend, adminToken, [role]);
      expect(expectOk(await call('patients.search', { q: 'an' }, token))).toHaveLength(1);
      expectOk(await call('patients.get', { id: patient.id }, token));
      expectOk(await call('queue.today', {}, token));
      expectOk(await call('cards.parse', { raw: patient.code }, token));
      expectError(await call('patients.create', DEFAULT_PATIENT, token), 'FORBIDDEN');
      expectError(
        await call('visits.create', { patientId: patient.id, kind: 'fee' }, token),
        'FORBIDDEN',
      );
    }
    for (const role of ['nurse', 'doctor'] as const) {
      const { token } = await makeUser(backend, adminToken, [role]);
      await makePatient(
        call,
        { fullName: `Người bệnh ${role}`, cccd: cccdFor(1985, 'male') },
        token,
      );
    }
  });
});

describe('reading scans', () => {
  it('reads a CCCD QR and places its address among the 2025 units', async () => {
    const { call } = await clinic();
    const parsed = expectOk(
      await call('cards.parse', {
        raw: `${CCCD_MALE_1985}|012345678|Nguyễn Văn An|12031985|Nam|Tổ 3, Phường 12, Quận Gò Vấp, TP Hồ Chí Minh|15042021\r\n`,
      }),
    );
    expect(parsed).toMatchObject({
      kind: 'cccd',
      fields: {
        cccd: CCCD_MALE_1985,
        fullName: 'Nguyễn Văn An',
        birthDate: '1985-03-12',
        sex: 'male',
      },
      addressUnits: { provinceCode: '79', wardCode: '26882', street: 'Tổ 3' },
    });
    expect(parsed.problems).toBeUndefined();
  });

  it('reads a patient card and says what it could not read', async () => {
    const { call } = await clinic();
    expect(expectOk(await call('cards.parse', { raw: '01001-2026-000042' }))).toEqual({
      kind: 'patient',
      fields: { patientCode: '01001-2026-000042', facilityCode: '01001' },
    });
    const unknown = expectOk(await call('cards.parse', { raw: 'xin chào' }));
    expect(unknown).toMatchObject({
      kind: 'unknown',
      problems: [{ key: 'cards.scan.unrecognised' }],
    });
  });

  it('serves the 2025 units for the address form', async () => {
    const { call, reception } = await clinic();
    const units = expectOk(await call('reference.adminUnits', {}, reception.token));
    expect(units.provinces).toHaveLength(34);
    expect(units.wards).toHaveLength(3321);
  });
});
