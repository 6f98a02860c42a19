import { describe, expect, it } from 'vitest';
import servicesStarter from '../../resources/catalogs/services-starter.json';
import type { IcdView, InputOf, Result } from '../../shared/api';
import { DEFAULT_MAX_BODY_BYTES } from '../../shared/api/contract';
import {
  expectError,
  expectOk,
  makeBackend,
  makeUser,
  setUpClinic,
  testClock,
} from '../helpers/backend';
import { csvBase64, DRUG_HEADERS, drugInput, drugRow, xlsxBase64 } from '../helpers/catalog';
import { serve } from '../helpers/http';
import { databaseFingerprint } from '../helpers/snapshot';

type ImportInput = InputOf<'catalog.import'>;

/** Good rows, a bad price, a bad code, a missing unit, and a repeat of row 2. */
const DRUG_FILE = [
  [...DRUG_HEADERS],
  drugRow(),
  drugRow({
    MA_THUOC: '40.18',
    TEN_HOAT_CHAT: 'Paracetamol + Codein phosphat',
    TEN_THUOC: 'Efferalgan Codein',
    HAM_LUONG: '500mg + 30mg',
    DANG_BAO_CHE: 'Viên sủi',
    SO_DANG_KY: 'VN-16459-13',
    DON_GIA: '3.950',
    DON_GIA_BH: '',
    TYLE_TT_BH: '',
    PHAM_VI: 2,
  }),
  drugRow({
    MA_THUOC: '40.30',
    TEN_HOAT_CHAT: 'Metformin',
    TEN_THUOC: 'Glucofast',
    DON_GIA: 'abc',
  }),
  drugRow({ MA_THUOC: '40 31', TEN_THUOC: 'Sai mã' }),
  drugRow({ MA_THUOC: '40.32', TEN_HOAT_CHAT: 'Omeprazol', DON_VI_TINH: '' }),
  drugRow(),
];

const DRUG_REJECTS = [
  { row: 4, reason: 'Cột DON_GIA: "abc" không phải là số.' },
  { row: 5, reason: 'Mã "40 31" không hợp lệ: chỉ gồm chữ, số và . _ - /, không có dấu cách.' },
  { row: 6, reason: 'Cột DON_VI_TINH bị trống.' },
  { row: 7, reason: 'Trùng với dòng 2 (mã 40.472).' },
];

function drugsImport(content: string, over: Partial<ImportInput> = {}): ImportInput {
  return { kind: 'drugs', fileName: 'danh-muc-thuoc.csv', content, ...over };
}

function rowCount(backend: ReturnType<typeof makeBackend>, table: string): number {
  const row = backend.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as {
    n: number;
  };
  return row.n;
}

describe('catalog.import: drugs in the BHXH layout', () => {
  it.each([
    ['csv', 'danh-muc-thuoc.csv', () => Promise.resolve(csvBase64(DRUG_FILE))],
    // The sheet starts on row 3 below a title, as exports often do; row numbers follow Excel.
    ['xlsx', 'danh-muc-thuoc.xlsx', () => xlsxBase64([['Danh mục thuốc'], [], ...DRUG_FILE])],
  ])(
    'imports good rows of a %s file and reports the bad ones by row',
    async (format, fileName, make) => {
      const backend = makeBackend();
      const { call } = await setUpClinic(backend);
      const content = await make();
      const result = expectOk(await call('catalog.import', drugsImport(content, { fileName })));
      const offset = format === 'xlsx' ? 2 : 0;
      expect(result).toMatchObject({
        kind: 'drugs',
        dryRun: false,
        format,
        rows: 6,
        imported: 2,
        updated: 0,
        unchanged: 0,
        rejectedCount: 4,
        preview: [],
      });
      expect(result.rejected.map(({ row, reason }) => ({ row, reason }))).toEqual(
        DRUG_REJECTS.map(({ row, reason }) => ({
          row: row + offset,
          reason: reason.replace('dòng 2', `dòng ${2 + offset}`),
        })),
      );
      expect(result.rejected[0]?.reasonKey).toEqual({
        key: 'catalog.row.notNumber',
        params: { column: 'DON_GIA', value: 'abc' },
      });

      const [amlodipine] = expectOk(await call('catalog.drugs.search', { q: 'amlo' }));
      expect(amlodipine).toMatchObject({
        code: '40.472',
        ingredient: 'Amlodipin',
        name: 'Amlodipin Stada',
        strength: '5mg',
        unit: 'Viên',
        route: 'Uống',
        routeCode: '1.01',
        dosageForm: 'Viên nén',
        registrationNo: 'VD-21205-14',
        price: 1050,
        insuredPrice: 1050,
        insuranceRatio: 100,
        scope: 1,
        multiIngredient: false,
      });
      const [codeine] = expectOk(await call('catalog.drugs.search', { q: 'codein' }));
      expect(codeine).toMatchObject({
        ingredients: [
          { name: 'Paracetamol', strength: '500mg' },
          { name: 'Codein phosphat', strength: '30mg' },
        ],
        multiIngredient: true,
        price: 3950,
        insuredPrice: null,
        scope: 2,
      });
    },
  );

  it('is idempotent, and a changed row is updated in place', async () => {
    const clock = testClock();
    const backend = makeBackend({ clock });
    const { call } = await setUpClinic(backend);
    const content = csvBase64(DRUG_FILE);
    expectOk(await call('catalog.import', drugsImport(content)));
    const before = expectOk(await call('catalog.drugs.search', { q: '' }));
    clock.advance(60_000);

    const again = expectOk(await call('catalog.import', drugsImport(content)));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2, rejectedCount: 4 });
    expect(expectOk(await call('catalog.drugs.search', { q: '' }))).toEqual(before);

    const repriced = DRUG_FILE.map((row, i) =>
      i === 1 ? drugRow({ DON_GIA: '1.100', DON_GIA_BH: 1100 }) : row,
    );
    const changed = expectOk(await call('catalog.import', drugsImport(csvBase64(repriced))));
    expect(changed).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    const after = expectOk(await call('catalog.drugs.search', { q: 'amlodipin' }));
    expect(after).toEqual([
      {
        ...before.find((d) => d.code === '40.472'),
        price: 1100,
        insuredPrice: 1100,
        updatedAt: clock().toISOString(),
      },
    ]);
  });

  it('previews a dry run with each row as it would be saved, writing nothing', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    expectOk(
      await call(
        'catalog.drugs.save',
        drugInput({ code: '40.472', registrationNo: 'VD-21205-14' }),
      ),
    );
    const fingerprint = databaseFingerprint(backend.database.sqlite);

    const preview = expectOk(
      await call('catalog.import', drugsImport(csvBase64(DRUG_FILE), { dryRun: true })),
    );
    expect(databaseFingerprint(backend.database.sqlite)).toBe(fingerprint);
    expect(preview).toMatchObject({ dryRun: true, imported: 1, updated: 1, rejectedCount: 4 });
    expect(preview.preview).toEqual([
      {
        row: 2,
        status: 'changed',
        code: '40.472',
        name: 'Amlodipin Stada',
        detail: 'Amlodipin 5mg',
        unit: 'Viên',
        price: 1050,
        insuredPrice: 1050,
      },
      {
        row: 3,
        status: 'new',
        code: '40.18',
        name: 'Efferalgan Codein',
        detail: 'Paracetamol + Codein phosphat 500mg + 30mg',
        unit: 'Viên',
        price: 3950,
        insuredPrice: null,
      },
    ]);
  });

  it('refuses a file it cannot read with a translated error, changing nothing', async () => {
    const backend = makeBackend();
    const { call, adminToken } = await setUpClinic(backend);
    const fingerprint = databaseFingerprint(backend.database.sqlite);
    const cases: [Partial<ImportInput>, string, string][] = [
      [
        {
          fileName: 'thuoc.xlsx',
          content: Buffer.from('PK\x03\x04 not really a zip').toString('base64'),
        },
        'catalog.file.unreadable',
        'Tệp bị hỏng hoặc không phải tệp Excel.',
      ],
      [
        {
          fileName: 'thuoc.xls',
          content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]).toString('base64'),
        },
        'catalog.file.oldExcel',
        'Tệp Excel cũ (.xls) không đọc được. Mở bằng Excel và lưu lại dạng .xlsx.',
      ],
      [
        {
          fileName: 'thuoc.csv',
          content: Buffer.from('MA_THUOC,TEN\n40.1,Thu\xf4c', 'latin1').toString('base64'),
        },
        'catalog.file.encoding',
        'Tệp CSV không phải mã UTF-8. Trong Excel chọn Lưu thành "CSV UTF-8".',
      ],
      [
        { fileName: 'thuoc.pdf', content: Buffer.from('%PDF-1.7').toString('base64') },
        'catalog.file.unsupported',
        'Không đọc được loại tệp này. Chọn tệp Excel (.xlsx) hoặc CSV.',
      ],
      [
        {
          content: csvBase64([
            ['MA_BENH', 'TEN_BENH'],
            ['I10', 'Tăng huyết áp'],
          ]),
        },
        'catalog.import.missingColumns',
        'Tệp thiếu cột bắt buộc: MA_THUOC, TEN_HOAT_CHAT, TEN_THUOC, DON_VI_TINH, DON_GIA.',
      ],
    ];
    for (const [over, key, message] of cases) {
      const error = expectError(await call('catalog.import', drugsImport('', over)), 'VALIDATION');
      expect(error.messageKey, key).toBe(key);
      expect(error.message).toBe(message);
      expect(error.fieldErrorKeys?.content?.key).toBe(key);
    }
    const english = await backend.dispatcher.call('catalog.import', drugsImport('', cases[0]![0]), {
      token: adminToken,
      locale: 'en',
    });
    expect(expectError(english, 'VALIDATION').message).toBe(
      'The file is damaged or is not an Excel file.',
    );
    expect(databaseFingerprint(backend.database.sqlite)).toBe(fingerprint);
  });
});

const ICD_HEADERS = ['Chương', 'Mã nhóm', 'Mã bệnh', 'Tên bệnh', 'Tên tiếng Anh'];

describe('catalog.import: ICD-10 and services', () => {
  it('adds new codes, updates starter ones from the MoH file and derives categories', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    const startCount = rowCount(backend, 'icd10');
    const file = [
      ICD_HEADERS,
      ['X', 'J00-J06', 'J06.0', 'Viêm thanh quản - khí quản cấp', 'Acute laryngopharyngitis'],
      [
        'X',
        'J00-J06',
        'J06.9',
        'Nhiễm trùng đường hô hấp trên cấp, không đặc hiệu',
        'Acute upper respiratory infection, unspecified',
      ],
      [
        'X',
        'J00-J06',
        'J06',
        'Nhiễm trùng cấp đường hô hấp trên ở nhiều vị trí',
        'Acute upper respiratory infections of multiple sites',
      ],
      [
        'IX',
        'I10-I15',
        'I10',
        'Tăng huyết áp vô căn (nguyên phát)',
        'Essential (primary) hypertension',
      ],
      ['IX', 'I10-I15', 'I1O', 'Mã gõ nhầm chữ O', ''],
      ['IX', 'I10-I15', 'I15.0†', 'Tăng huyết áp do bệnh mạch thận', 'Renovascular hypertension'],
      ['IX', 'I10-I15', 'i10', 'Lặp lại', ''],
      // WHO added it in 2021, after QĐ 4469: the starter list does not have it.
      ['XXII', 'U00-U49', 'U09.9', 'Tình trạng sau COVID-19', 'Post COVID-19 condition'],
    ];
    const content = await xlsxBase64(file);
    const input = { kind: 'icd', fileName: 'ICD10-BYT.xlsx', content } as const;
    const result = expectOk(await call('catalog.import', input));
    expect(result).toMatchObject({ format: 'xlsx', imported: 1, updated: 5, unchanged: 0 });
    expect(result.rejected.map((r) => [r.row, r.reasonKey.key])).toEqual([
      [6, 'catalog.row.badIcdCode'],
      [8, 'catalog.row.duplicate'],
    ]);
    expect(rowCount(backend, 'icd10')).toBe(startCount + 1);

    const j06 = expectOk(await call('catalog.icd.search', { q: 'J06' }));
    expect(j06.map((r) => [r.code, r.isCategory, r.source])).toEqual([
      ['J06', true, 'import'],
      ['J06.0', false, 'import'],
      ['J06.8', false, 'starter'],
      ['J06.9', false, 'import'],
    ]);
    const [i10] = expectOk(await call('catalog.icd.search', { q: 'I10' }));
    expect(i10).toMatchObject({ name: 'Tăng huyết áp vô căn (nguyên phát)', source: 'import' });
    expect(codes(await call('catalog.icd.search', { q: 'thanh quan khi quan cap' }))).toContain(
      'J06.0',
    );
    expect(codes(await call('catalog.icd.search', { q: 'renovascular' }))).toContain('I15.0');
    expect(codes(await call('catalog.icd.search', { q: 'sau covid' }))).toEqual(['U09.9']);
    expect(expectOk(await call('catalog.summary', {})).icd.imported).toBe(6);

    const again = expectOk(await call('catalog.import', input));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 6, rejectedCount: 2 });
  });

  it('updates starter services by code and keeps their ids', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    const [exam] = expectOk(await call('catalog.services.search', { q: 'KB01' }));
    const file = [
      ['Mã dịch vụ', 'Tên dịch vụ', 'Đơn vị tính', 'Đơn giá', 'Đơn giá BH'],
      ['kb01', 'Khám bệnh tại trạm y tế xã', 'lần', '38.700', '38.700'],
      ['XN20', 'Định lượng Cholesterol toàn phần', 'lần', '26.900', ''],
      ['XN21', 'Định nhóm máu', 'lần', '-5', ''],
      ['XN20', 'Lặp', 'lần', '1', ''],
    ];
    const result = expectOk(
      await call('catalog.import', {
        kind: 'services',
        fileName: 'dvkt.csv',
        content: csvBase64(file),
      }),
    );
    expect(result).toMatchObject({ imported: 1, updated: 1, unchanged: 0, rejectedCount: 2 });
    const [kb01] = expectOk(await call('catalog.services.search', { q: 'KB01' }));
    expect(kb01).toMatchObject({
      id: exam!.id,
      code: 'kb01',
      price: 38700,
      insuredPrice: 38700,
      category: 'exam',
    });
    expect(rowCount(backend, 'services')).toBe(servicesStarter.services.length + 1);
  });
});

function codes(result: Result<IcdView[]>): string[] {
  return expectOk(result).map((r) => r.code);
}

describe('catalog.import: who may, and what the log keeps', () => {
  it('lets pharmacists import drugs only, and nobody else but the administrator', async () => {
    const backend = makeBackend();
    const { call, adminToken } = await setUpClinic(backend);
    const pharmacist = await makeUser(backend, adminToken, ['pharmacist']);
    const doctor = await makeUser(backend, adminToken, ['doctor']);
    const icd = csvBase64([
      ['MA_BENH', 'TEN_BENH'],
      ['I10', 'Tăng huyết áp'],
    ]);
    expectOk(await call('catalog.import', drugsImport(csvBase64(DRUG_FILE)), pharmacist.token));
    const refused = await call(
      'catalog.import',
      { kind: 'icd', fileName: 'icd.csv', content: icd, dryRun: true },
      pharmacist.token,
    );
    expect(expectError(refused, 'FORBIDDEN').messageKey).toBe('catalog.import.adminOnly');
    expectError(
      await call('catalog.import', drugsImport(csvBase64(DRUG_FILE)), doctor.token),
      'FORBIDDEN',
    );
  });

  it('records each import with its file and counts, and nothing for a dry run', async () => {
    const { call } = await setUpClinic(makeBackend());
    const content = csvBase64(DRUG_FILE);
    expectOk(await call('catalog.import', drugsImport(content, { dryRun: true })));
    expectOk(await call('catalog.import', drugsImport(content)));
    const { entries } = expectOk(await call('audit.list', { action: 'catalog.import' }));
    expect(entries.map((e) => [e.username, e.entity, e.entityId, e.detail])).toEqual([
      [
        'admin',
        'catalog',
        'drugs',
        { fileName: 'danh-muc-thuoc.csv', imported: 2, updated: 0, unchanged: 0, rejected: 4 },
      ],
    ]);
  });
});

describe('catalog.import as a prepared mutation', () => {
  it('holds no transaction while it reads the file, and plans again when it writes', async () => {
    const backend = makeBackend();
    const { call } = await setUpClinic(backend);
    const content = await xlsxBase64(DRUG_FILE);
    const importing = call('catalog.import', drugsImport(content, { fileName: 'thuoc.xlsx' }));
    // While the workbook is decoded, another write commits the same product.
    const saved = expectOk(
      await call(
        'catalog.drugs.save',
        drugInput({ code: '40.472', registrationNo: 'VD-21205-14', name: 'Amlodipin Stada' }),
      ),
    );
    const result = expectOk(await importing);
    expect(result).toMatchObject({ imported: 1, updated: 1 });
    const found = expectOk(await call('catalog.drugs.search', { q: 'amlodipin' }));
    expect(found.map((d) => [d.id, d.ingredient])).toEqual([[saved.id, 'Amlodipin']]);
  });
});

describe('catalog.import over HTTP', () => {
  it('accepts a file far above the default body limit', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpClinic(backend);
    const { post } = await serve(backend);
    const rows = Array.from({ length: 6000 }, (_, i) =>
      drugRow({ MA_THUOC: `40.${i + 1}`, SO_DANG_KY: `VD-${10000 + i}-20` }),
    );
    const content = csvBase64([[...DRUG_HEADERS], ...rows]);
    expect(content.length).toBeGreaterThan(2 * DEFAULT_MAX_BODY_BYTES);
    const response = await post('catalog.import', drugsImport(content), adminToken);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { imported: number } };
    expect(body).toMatchObject({ ok: true, value: { imported: 6000 } });
  });
});
