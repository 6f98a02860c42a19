import { describe, expect, it } from 'vitest';
import icdStarter from '../../resources/catalogs/icd10-starter.json';
import servicesStarter from '../../resources/catalogs/services-starter.json';
import { ROLES } from '../../shared/domain/roles';
import {
  ADMIN,
  expectError,
  expectOk,
  makeBackend,
  makeUser,
  setUpClinic,
  tempDir,
} from '../helpers/backend';
import { drugInput } from '../helpers/catalog';

const codes = (rows: { code: string }[]): string[] => rows.map((r) => r.code);

describe('starter catalogues', () => {
  it('fill a new database once, and never come back after edits', async () => {
    const dataDir = tempDir();
    const backend = makeBackend({ dataDir });
    const { call } = await setUpClinic(backend);
    const summary = expectOk(await call('catalog.summary', {}));
    expect(summary).toEqual({
      icd: {
        total: icdStarter.codes.length,
        active: icdStarter.codes.length,
        imported: 0,
        favourites: 0,
      },
      drugs: { total: 0, active: 0 },
      services: { total: servicesStarter.services.length, active: servicesStarter.services.length },
    });
    const [exam] = expectOk(await call('catalog.services.search', { q: 'KB01' }));
    expect(exam).toMatchObject({
      name: 'Khám bệnh tại trạm y tế xã',
      category: 'exam',
      price: 30000,
    });
    expectOk(await call('catalog.services.save', { ...exam!, price: 35000 }));
    backend.close();

    const reopened = makeBackend({ dataDir }).dispatcher;
    const { token } = expectOk(
      await reopened.invoke('auth.login', { username: ADMIN.username, password: ADMIN.password }),
    );
    expect(expectOk(await reopened.invoke('catalog.summary', {}, { token }))).toEqual(summary);
    const [kept] = expectOk(
      await reopened.invoke('catalog.services.search', { q: 'KB01' }, { token }),
    );
    expect(kept).toMatchObject({ id: exam!.id, price: 35000 });
  });

  it('marks three-character codes with subcodes as categories', async () => {
    const { call } = await setUpClinic(makeBackend());
    const found = expectOk(await call('catalog.icd.search', { q: 'E11', limit: 100 }));
    expect(found.map((r) => [r.code, r.isCategory, r.source]).slice(0, 2)).toEqual([
      ['E11', true, 'starter'],
      ['E11.0', false, 'starter'],
    ]);
    expect(found.slice(1).every((r) => r.code.startsWith('E11.') && !r.isCategory)).toBe(true);
    const [i10] = expectOk(await call('catalog.icd.search', { q: 'I10' }));
    expect(i10).toMatchObject({ code: 'I10', isCategory: false, chapter: 'IX', group: 'I10-I15' });
  });
});

describe('catalog.icd.search', () => {
  it('finds diagnoses by folded words, with or without accents', async () => {
    const { call } = await setUpClinic(makeBackend());
    const plain = expectOk(await call('catalog.icd.search', { q: 'tang huyet ap' }));
    expect(plain[0]?.code).toBe('I10');
    expect(codes(plain)).toEqual(
      codes(expectOk(await call('catalog.icd.search', { q: 'Tăng  HUYẾT áp' }))),
    );
    const diabetes = expectOk(await call('catalog.icd.search', { q: 'đái tháo đường type' }));
    expect(diabetes).toEqual([]);
    const dtd = codes(expectOk(await call('catalog.icd.search', { q: 'dai thao duong' })));
    expect(dtd).toEqual(expect.arrayContaining(['E11', 'E11.9', 'E10.9', 'E14.9']));
    // Every word is a prefix: "viem hong" finds pharyngitis by "viêm họng".
    expect(codes(expectOk(await call('catalog.icd.search', { q: 'viem ho' })))).toContain('J02.9');
  });

  it('finds codes by prefix in any case, with or without the dot', async () => {
    const { call } = await setUpClinic(makeBackend());
    const i1 = codes(expectOk(await call('catalog.icd.search', { q: 'I1', limit: 100 })));
    expect(i1.length).toBeGreaterThan(1);
    expect(i1.every((c) => c.startsWith('I1'))).toBe(true);
    expect(i1).toEqual([...i1].sort());
    expect(codes(expectOk(await call('catalog.icd.search', { q: 'j06' })))).toEqual([
      'J06',
      'J06.0',
      'J06.8',
      'J06.9',
    ]);
    expect(codes(expectOk(await call('catalog.icd.search', { q: 'E119' })))).toEqual(['E11.9']);
    expect(codes(expectOk(await call('catalog.icd.search', { q: ' k29.7 ' })))).toEqual(['K29.7']);
  });

  it('treats FTS syntax as plain text and caps the result', async () => {
    const { call } = await setUpClinic(makeBackend());
    for (const q of ['"', 'NEAR(a b)', 'code:I10', '*', 'a OR b', "'; DROP TABLE icd10; --"]) {
      expectOk(await call('catalog.icd.search', { q }));
    }
    expect(expectOk(await call('catalog.icd.search', { q: 'a', limit: 3 }))).toHaveLength(3);
    expectError(await call('catalog.icd.search', { q: 'a', limit: 101 }), 'VALIDATION');
  });
});

describe('catalog.icd.favourite', () => {
  it("puts a doctor's favourites first, for that doctor only", async () => {
    const backend = makeBackend();
    const { call, adminToken } = await setUpClinic(backend);
    const doctor = await makeUser(backend, adminToken, ['doctor']);
    const other = await makeUser(backend, adminToken, ['doctor']);
    const before = codes(expectOk(await call('catalog.icd.search', { q: 'viem' }, doctor.token)));
    const last = before.at(-1) ?? '';
    expect(before[0]).not.toBe(last);

    const marked = expectOk(
      await call(
        'catalog.icd.favourite',
        { code: last.toLowerCase(), favourite: true },
        doctor.token,
      ),
    );
    expect(marked).toMatchObject({ code: last, favourite: true });
    const mine = expectOk(await call('catalog.icd.search', { q: 'viem' }, doctor.token));
    expect(mine[0]).toMatchObject({ code: last, favourite: true });
    expect(mine.filter((r) => r.favourite)).toHaveLength(1);
    const theirs = expectOk(await call('catalog.icd.search', { q: 'viem' }, other.token));
    expect(codes(theirs)).toEqual(before);
    // An empty query is the favourites list, and by code prefix they lead too.
    expect(codes(expectOk(await call('catalog.icd.search', { q: '' }, doctor.token)))).toEqual([
      last,
    ]);
    expect(expectOk(await call('catalog.icd.search', { q: '' }, other.token))).toEqual([]);

    expectOk(await call('catalog.icd.favourite', { code: last, favourite: true }, doctor.token));
    expectOk(await call('catalog.icd.favourite', { code: last, favourite: false }, doctor.token));
    expect(expectOk(await call('catalog.icd.search', { q: '' }, doctor.token))).toEqual([]);
  });

  it('is for doctors, about codes that exist', async () => {
    const backend = makeBackend();
    const { call, adminToken } = await setUpClinic(backend);
    const doctor = await makeUser(backend, adminToken, ['doctor']);
    const nurse = await makeUser(backend, adminToken, ['nurse']);
    const unknown = await call(
      'catalog.icd.favourite',
      { code: 'U99.9', favourite: true },
      doctor.token,
    );
    expect(expectError(unknown, 'NOT_FOUND').message).toBe(
      'Không có mã bệnh U99.9 trong danh mục.',
    );
    expectError(
      await call('catalog.icd.favourite', { code: 'I10', favourite: true }, nurse.token),
      'FORBIDDEN',
    );
  });
});

describe('catalog.drugs', () => {
  it('saves a drug by hand and finds it by folded ingredient or trade name', async () => {
    const backend = makeBackend();
    const { call, adminToken } = await setUpClinic(backend);
    const pharmacist = await makeUser(backend, adminToken, ['pharmacist']);
    const saved = expectOk(
      await call(
        'catalog.drugs.save',
        drugInput({
          code: '40.18',
          name: 'Efferalgan Codein',
          ingredients: [
            { name: 'Paracetamol', strength: '500mg' },
            { name: 'Codein phosphat', strength: '30mg' },
          ],
          dosageForm: 'Viên sủi',
          registrationNo: 'VN-16459-13',
          price: 3950,
          insuredPrice: null,
          scope: 2,
        }),
        pharmacist.token,
      ),
    );
    expect(saved).toMatchObject({
      ingredient: 'Paracetamol + Codein phosphat',
      strength: '500mg + 30mg',
      multiIngredient: true,
      insuredPrice: null,
      insuranceRatio: 100,
      scope: 2,
      active: true,
    });
    const hapacol = expectOk(await call('catalog.drugs.save', drugInput()));
    expect(hapacol.multiIngredient).toBe(false);

    const byIngredient = expectOk(await call('catalog.drugs.search', { q: 'para' }));
    expect(byIngredient.map((d) => d.id).sort()).toEqual([saved.id, hapacol.id].sort());
    expect(expectOk(await call('catalog.drugs.search', { q: 'codein' })).map((d) => d.id)).toEqual([
      saved.id,
    ]);
    expect(expectOk(await call('catalog.drugs.search', { q: 'hapa' })).map((d) => d.id)).toEqual([
      hapacol.id,
    ]);
    expect(expectOk(await call('catalog.drugs.get', { id: saved.id }))).toEqual(saved);
    // MA_THUOC by prefix: "40.1" finds both, "40.18" only the combination.
    expect(expectOk(await call('catalog.drugs.search', { q: '40.1' })).map((d) => d.code)).toEqual([
      '40.17',
      '40.18',
    ]);
    expect(expectOk(await call('catalog.drugs.search', { q: '40.18' })).map((d) => d.id)).toEqual([
      saved.id,
    ]);
  });

  it('edits in place, hides inactive drugs and refuses a second copy of a product', async () => {
    const { call } = await setUpClinic(makeBackend());
    const drug = expectOk(await call('catalog.drugs.save', drugInput()));
    const edited = expectOk(
      await call('catalog.drugs.save', drugInput({ id: drug.id, price: 900, active: false })),
    );
    expect(edited).toMatchObject({ id: drug.id, price: 900, active: false });
    expect(expectOk(await call('catalog.drugs.search', { q: 'paracetamol' }))).toEqual([]);
    expect(
      expectOk(await call('catalog.drugs.search', { q: 'paracetamol', includeInactive: true })),
    ).toEqual([edited]);

    const copy = expectError(await call('catalog.drugs.save', drugInput()), 'CONFLICT');
    expect(copy.details).toEqual({ id: drug.id });
    expect(copy.fieldErrors?.registrationNo).toBe('Đã có thuốc mã 40.17 với số đăng ký này.');
    // The same MA_THUOC with another registration number is another product.
    expectOk(await call('catalog.drugs.save', drugInput({ registrationNo: 'VD-99999-99' })));
    expectError(await call('catalog.drugs.get', { id: 999 }), 'NOT_FOUND');
    expectError(await call('catalog.drugs.save', drugInput({ id: 999 })), 'NOT_FOUND');
  });

  it('validates prices, ratio and scope', async () => {
    const { call } = await setUpClinic(makeBackend());
    const error = expectError(
      await call('catalog.drugs.save', {
        ...drugInput({ price: 12.5005, insuranceRatio: 120, code: 'ma thuoc', ingredients: [] }),
        scope: 4 as 1,
      }),
      'VALIDATION',
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual([
      'code',
      'ingredients',
      'insuranceRatio',
      'price',
      'scope',
    ]);
  });

  it('refuses a BHYT price above the price, for drugs and services alike', async () => {
    const { call } = await setUpClinic(makeBackend());
    const drug = expectError(
      await call('catalog.drugs.save', drugInput({ price: 800, insuredPrice: 801 })),
      'VALIDATION',
    );
    expect(drug.fieldErrors).toEqual({
      insuredPrice: 'Đơn giá BHYT không được cao hơn đơn giá.',
    });
    expect(expectOk(await call('catalog.drugs.search', { q: 'hapacol' }))).toEqual([]);
    const [kb01] = expectOk(await call('catalog.services.search', { q: 'KB01' }));
    const service = expectError(
      await call('catalog.services.save', { ...kb01!, price: 20000, insuredPrice: 30000 }),
      'VALIDATION',
    );
    expect(Object.keys(service.fieldErrors ?? {})).toEqual(['insuredPrice']);
    // Equal prices, and no BHYT price at all, are fine.
    expectOk(await call('catalog.drugs.save', drugInput({ price: 800, insuredPrice: 800 })));
    expectOk(await call('catalog.services.save', { ...kb01!, price: 20000, insuredPrice: null }));
  });
});

describe('catalog.services', () => {
  it('lets the administrator add and edit services, found by code or folded words', async () => {
    const { call } = await setUpClinic(makeBackend());
    const created = expectOk(
      await call('catalog.services.save', {
        code: 'XN10',
        name: 'Đo SpO₂ và đường huyết',
        unit: 'lần',
        category: 'lab',
        price: 40000,
        insuredPrice: 35000,
        bhxhCode: '23.0075.1494',
        insuranceRatio: 100,
        scope: 1,
      }),
    );
    expect(created).toMatchObject({ code: 'XN10', bhxhCode: '23.0075.1494', active: true });
    expect(codes(expectOk(await call('catalog.services.search', { q: 'duong huyet' })))).toEqual([
      'XN01',
      'XN10',
    ]);
    expect(codes(expectOk(await call('catalog.services.search', { q: 'xn1' })))).toEqual(['XN10']);
    expect(codes(expectOk(await call('catalog.services.search', { q: 'uyet' })))).toEqual([]);
    const all = expectOk(await call('catalog.services.search', { limit: 100 }));
    expect(all).toHaveLength(servicesStarter.services.length + 1);

    const edited = expectOk(
      await call('catalog.services.save', { ...created, price: 45000, active: false }),
    );
    expect(edited).toMatchObject({ id: created.id, price: 45000, active: false });
    expect(codes(expectOk(await call('catalog.services.search', { q: 'xn1' })))).toEqual([]);
    expect(expectOk(await call('catalog.services.get', { id: created.id }))).toEqual(edited);

    const clash = expectError(
      await call('catalog.services.save', { ...created, id: undefined, code: 'xn10' }),
      'CONFLICT',
    );
    expect(clash.fieldErrors?.code).toBe('Mã dịch vụ xn10 đã có trong danh mục.');
  });
});

describe('catalogue access', () => {
  it('lets every signed-in role search, and only the right roles edit', async () => {
    const backend = makeBackend();
    const { adminToken, call } = await setUpClinic(backend);
    for (const role of ROLES) {
      const user = await makeUser(backend, adminToken, [role], `tim-${role}`);
      expectOk(await call('catalog.icd.search', { q: 'sot' }, user.token));
      expectOk(await call('catalog.drugs.search', { q: 'para' }, user.token));
      expectOk(await call('catalog.services.search', {}, user.token));
      const service = await call(
        'catalog.services.save',
        { code: `S-${role}`, name: 'Dịch vụ', price: 1000 },
        user.token,
      );
      expect(service.ok, role).toBe(role === 'admin');
      const drug = await call(
        'catalog.drugs.save',
        drugInput({ registrationNo: `VD-${role}` }),
        user.token,
      );
      expect(drug.ok, role).toBe(role === 'admin' || role === 'pharmacist');
      const summary = await call('catalog.summary', {}, user.token);
      expect(summary.ok, role).toBe(['admin', 'pharmacist', 'doctor'].includes(role));
    }
  });

  it('writes who changed which catalogue row to the audit log', async () => {
    const { call } = await setUpClinic(makeBackend());
    const drug = expectOk(await call('catalog.drugs.save', drugInput()));
    const [service] = expectOk(await call('catalog.services.search', { q: 'KB01' }));
    expectOk(await call('catalog.services.save', { ...service!, price: 32000 }));
    const { entries } = expectOk(await call('audit.list', { limit: 2 }));
    expect(entries.map((e) => [e.action, e.username, e.entity, e.entityId, e.detail])).toEqual([
      [
        'catalog.services.save',
        'admin',
        'service',
        String(service!.id),
        { created: false, code: 'KB01', price: 32000 },
      ],
      [
        'catalog.drugs.save',
        'admin',
        'drug',
        String(drug.id),
        { created: true, code: '40.17', name: 'Hapacol 500' },
      ],
    ]);
  });
});
