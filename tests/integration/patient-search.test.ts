import { describe, expect, it } from 'vitest';
import { FTS_CANDIDATES } from '../../electron/backend/patients/search';
import type { Backend } from '../../electron/backend/backend';
import { expectOk, makeBackend, minutes, setUpClinic, testClock } from '../helpers/backend';
import { BHYT_CODE, CCCD_MALE_1985, makePatient } from '../helpers/patients';

async function clinic() {
  const clock = testClock();
  const backend = makeBackend({ clock });
  const { call } = await setUpClinic(backend);
  const search = async (q: string, extra: { birthYear?: number; limit?: number } = {}) =>
    expectOk(await call('patients.search', { q, ...extra }));
  const names = async (q: string, extra: { birthYear?: number; limit?: number } = {}) =>
    (await search(q, extra)).map((r) => r.fullName);
  return { backend, clock, call, search, names };
}

/** What the FTS index holds for a patient (its words), straight from SQLite. */
function ftsIds(backend: Backend, match: string): number[] {
  return backend.services.sqlite
    .prepare('SELECT -rowid AS id FROM patients_fts WHERE patients_fts MATCH ? ORDER BY id')
    .pluck()
    .all(match) as number[];
}

describe('searching by name', () => {
  it('matches folded words by prefix in any accent form, đ included', async () => {
    const { call, names } = await clinic();
    await makePatient(call, { fullName: 'Nguyễn Văn An' });
    await makePatient(call, { fullName: 'Đặng Thị Hoa', sex: 'female' });
    await makePatient(call, { fullName: 'Nguyễn Thị Ánh', sex: 'female' });
    for (const q of ['nguyen van an', 'Nguyễn Văn An', 'NGUYEN VAN AN', 'ng v an', 'an nguyen v']) {
      expect(await names(q), q).toEqual(['Nguyễn Văn An']);
    }
    expect(await names('dang')).toEqual(['Đặng Thị Hoa']);
    expect(await names('Đặng')).toEqual(['Đặng Thị Hoa']);
    expect(await names('nguyen')).toHaveLength(2);
    expect(await names('nguyen thi a')).toEqual(['Nguyễn Thị Ánh']);
    expect(await names('guyen')).toEqual([]);
  });

  it('ranks full names before prefixes, and recent visitors first among equals', async () => {
    const { call, clock, search } = await clinic();
    const anh = await makePatient(call, { fullName: 'Nguyễn Văn Anh' });
    const an = await makePatient(call, { fullName: 'Nguyễn Văn An' });
    const an2 = await makePatient(call, { fullName: 'Nguyễn Văn An', birthDate: '1990-01-01' });
    const ant = await makePatient(call, { fullName: 'Nguyễn Văn Ân Tú' });
    expectOk(await call('visits.create', { patientId: an.id, kind: 'fee' }));
    clock.advance(minutes(5));
    expectOk(await call('visits.create', { patientId: ant.id, kind: 'fee' }));
    const results = await search('nguyen van an');
    expect(results.map((r) => [r.id, r.match])).toEqual([
      [an.id, 'fullName'],
      [an2.id, 'fullName'],
      [ant.id, 'prefix'],
      [anh.id, 'prefix'],
    ]);
  });

  it('narrows by birth year, given or typed among the words', async () => {
    const { call, names } = await clinic();
    await makePatient(call, { fullName: 'Lê Văn Tám', birthDate: '1960-05-05' });
    await makePatient(call, { fullName: 'Lê Văn Tâm', birthDate: '1985-05-05' });
    expect(await names('le van t', { birthYear: 1960 })).toEqual(['Lê Văn Tám']);
    expect(await names('le van t 1985')).toEqual(['Lê Văn Tâm']);
    expect(await names('le van tam', { birthYear: 1970 })).toEqual([]);
  });

  it('finds nothing for empty, punctuation or FTS syntax, and never fails on it', async () => {
    const { call, names } = await clinic();
    await makePatient(call);
    for (const q of ['', '   ', '"*', 'NEAR(an', 'name : an', 'an OR x', '-an', '**']) {
      const found = await names(q);
      expect(found.length <= 1, q).toBe(true);
    }
    expect(await names('"*')).toEqual([]);
  });

  it('still puts recent visitors first when a prefix matches more names than it ranks', async () => {
    const { backend, call, names } = await clinic();
    const old = await makePatient(call, { fullName: 'Nguyễn Văn Cũ' });
    // Registered later than everyone's first 'ng' match would be taken from FTS.
    const insert = backend.services.sqlite.prepare(
      `INSERT INTO patients (code, full_name, name_folded, sex, birth_year, created_at, updated_at)
       VALUES (?, ?, ?, 'male', 1980, 'x', 'x')`,
    );
    for (let i = 0; i < FTS_CANDIDATES + 50; i++) {
      insert.run(
        `01001-2026-9${String(i).padStart(5, '0')}`,
        `Nguyễn Văn Mới ${i}`,
        `nguyen van moi ${i}`,
      );
    }
    expect(await names('ng', { limit: 5 })).not.toContain('Nguyễn Văn Cũ');
    expectOk(await call('visits.create', { patientId: old.id, kind: 'fee' }));
    expect((await names('ng', { limit: 5 }))[0]).toBe('Nguyễn Văn Cũ');
    expect((await names('nguyen van', { limit: 5 }))[0]).toBe('Nguyễn Văn Cũ');
  });
});

describe('searching by identifiers', () => {
  it('finds exact and prefix phone, CCCD, card and patient codes, exact ones first', async () => {
    const { call, search } = await clinic();
    const a = await makePatient(call, {
      phone: '0912345678',
      cccd: CCCD_MALE_1985,
      bhyt: { code: BHYT_CODE, validFrom: '2026-01-01', validTo: '2026-12-31' },
    });
    const b = await makePatient(call, { fullName: 'Bùi Văn Bình', phone: '0912345699' });
    const exact = async (q: string) => (await search(q)).map((r) => [r.id, r.match]);
    expect(await exact('0912 345 678')).toEqual([[a.id, 'phone']]);
    expect(await exact('+84912345678')).toEqual([[a.id, 'phone']]);
    expect(await exact('091234')).toEqual([
      [b.id, 'prefix'],
      [a.id, 'prefix'],
    ]);
    expect(await exact(CCCD_MALE_1985)).toEqual([[a.id, 'cccd']]);
    expect(await exact('0010851')).toEqual([[a.id, 'prefix']]);
    expect(await exact('dn 4 01 0120878811')).toEqual([[a.id, 'bhyt']]);
    expect(await exact('DN401')).toEqual([[a.id, 'prefix']]);
    expect(await exact(a.code.toLowerCase())).toEqual([[a.id, 'code']]);
    expect(await exact('01001-2026-00000')).toHaveLength(2);
    expect(await exact('0999999999')).toEqual([]);
  });
});

describe('the FTS index follows every write', () => {
  it('on create, rename and merge, and leaves merged records out of search', async () => {
    const { backend, call, names } = await clinic();
    const a = await makePatient(call, { fullName: 'Phạm Thị Đào', sex: 'female' });
    expect(ftsIds(backend, 'dao')).toEqual([a.id]);

    expectOk(
      await call('patients.update', {
        id: a.id,
        fullName: 'Phạm Thị Đông',
        sex: 'female',
        birthDate: '1985-03-12',
      }),
    );
    expect(ftsIds(backend, 'dao')).toEqual([]);
    expect(ftsIds(backend, 'dong')).toEqual([a.id]);
    expect(await names('dao')).toEqual([]);
    expect(await names('pham dong')).toEqual(['Phạm Thị Đông']);

    // A change that leaves the name alone leaves the index alone, and the year still narrows.
    expectOk(
      await call('patients.update', {
        id: a.id,
        fullName: 'Phạm Thị Đông',
        sex: 'female',
        birthDate: '1990-03-12',
      }),
    );
    expect(ftsIds(backend, 'dong')).toEqual([a.id]);
    expect(await names('pham dong', { birthYear: 1985 })).toEqual([]);
    expect(await names('pham dong', { birthYear: 1990 })).toEqual(['Phạm Thị Đông']);

    const b = await makePatient(call, {
      fullName: 'Phạm Thị Đông',
      sex: 'female',
      birthDate: '1990-03-12',
    });
    expect(ftsIds(backend, 'dong')).toEqual([a.id, b.id]);
    expectOk(await call('patients.merge', { keepId: a.id, mergeId: b.id }));
    expect(ftsIds(backend, 'dong')).toEqual([a.id]);
    expect(await names('pham thi dong')).toEqual(['Phạm Thị Đông']);
    expect(await names('pham thi dong', { birthYear: 1990 })).toEqual(['Phạm Thị Đông']);
    expect(ftsIds(backend, 'pham')).toEqual([a.id]);
  });
});
