import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCatalogHeader,
  mapCatalogRows,
  mapDrugRows,
  mapIcdRows,
  mapServiceRows,
  normalizeHeader,
  parseCatalogNumber,
  type CatalogTable,
} from '../../shared/domain/catalog-rows';
import { DRUG_HEADERS } from '../helpers/catalog';

/** A table as read-table gives it: normalised headers, data rows numbered from 2. */
function table(headers: readonly string[], rows: string[][]): CatalogTable {
  const normalised = headers.map(normalizeHeader);
  return {
    headers: normalised,
    rows: rows.map((values, i) => ({
      rowNumber: i + 2,
      cells: Object.fromEntries(normalised.map((h, j) => [h, values[j] ?? ''])),
    })),
  };
}

describe('normalizeHeader', () => {
  it.each([
    ['Mã thuốc', 'MA_THUOC'],
    ['MA_THUOC', 'MA_THUOC'],
    ['  ma thuoc ', 'MA_THUOC'],
    ['Tên hoạt chất', 'TEN_HOAT_CHAT'],
    ['Đơn giá BH', 'DON_GIA_BH'],
    ['Đơn vị tính', 'DON_VI_TINH'],
    ['Tỷ lệ TT BH (%)', 'TY_LE_TT_BH'],
    ['Mã bệnh', 'MA_BENH'],
    ['Tên bệnh (tiếng Việt)', 'TEN_BENH_TIENG_VIET'],
  ])('%j → %s', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe('isCatalogHeader', () => {
  it('needs every required column of the kind, under any of its names', () => {
    const drugs = ['STT', 'MA_THUOC', 'HOAT_CHAT', 'TEN_BIET_DUOC', 'DVT', 'GIA'];
    expect(isCatalogHeader('drugs', drugs)).toBe(true);
    expect(isCatalogHeader('drugs', drugs.slice(0, -1))).toBe(false);
    expect(isCatalogHeader('icd', drugs)).toBe(false);
    expect(isCatalogHeader('icd', ['MA_BENH', 'TEN_BENH'])).toBe(true);
    expect(isCatalogHeader('services', ['DANH_MUC_DICH_VU_KY_THUAT'])).toBe(false);
  });
});

describe('parseCatalogNumber', () => {
  it.each([
    ['12500', 12500],
    ['12.500', 12500],
    ['12,500', 12500],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,5', 1234567.5],
    ['1,234,567.5', 1234567.5],
    ['12,5', 12.5],
    ['415.8', 415.8],
    ['1234.567', 1234.567],
    ['12 500 đ', 12500],
    ['100%', 100],
    ['0', 0],
    ['-5', -5],
  ])('%j → %d', (text, expected) => {
    expect(parseCatalogNumber(text)).toBe(expected);
  });

  it.each(['', 'abc', '12a', '1.2.3', '1,2,3', '--5', '.'])('%j is not a number', (text) => {
    expect(parseCatalogNumber(text)).toBeNull();
  });

  it('reads whole VND amounts however the thousands are grouped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (n) => {
        const plain = String(n);
        const group = (sep: string): string => plain.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        expect(parseCatalogNumber(plain)).toBe(n);
        expect(parseCatalogNumber(group('.'))).toBe(n);
        expect(parseCatalogNumber(group(','))).toBe(n);
        expect(parseCatalogNumber(group(' '))).toBe(n);
      }),
    );
  });
});

describe('mapIcdRows', () => {
  const headers = ['Mã bệnh', 'Tên bệnh', 'Tên tiếng Anh', 'Chương', 'Mã nhóm'];

  it('maps rows and normalises codes', () => {
    const result = mapIcdRows(
      table(headers, [
        [
          'I10',
          'Bệnh tăng huyết áp vô căn (nguyên phát)',
          'Essential (primary) hypertension',
          'IX',
          'I10-I15',
        ],
        ['e119', 'Bệnh đái tháo đường không phụ thuộc insulin, không có biến chứng', '', 'IV', ''],
        ['A17.0†', 'Viêm màng não do lao', '', '', ''],
        [' J06.9 ', 'Nhiễm trùng đường hô hấp trên cấp', '', 'X', 'J00-J06'],
      ]),
    );
    expect(result.ok && result.rejects).toEqual([]);
    expect(result.ok && result.records.map((r) => r.record.code)).toEqual([
      'I10',
      'E11.9',
      'A17.0',
      'J06.9',
    ]);
    expect(result.ok && result.records[0]).toEqual({
      row: 2,
      record: {
        code: 'I10',
        name: 'Bệnh tăng huyết áp vô căn (nguyên phát)',
        nameEn: 'Essential (primary) hypertension',
        chapter: 'IX',
        group: 'I10-I15',
      },
    });
    expect(result.ok && result.records[1]?.record).toMatchObject({ nameEn: null, group: null });
  });

  it('accepts the BHXH header spellings', () => {
    const result = mapCatalogRows(
      'icd',
      table(['MA_BENH', 'TEN_BENH'], [['K29.7', 'Viêm dạ dày']]),
    );
    expect(result.ok && result.records[0]?.record.code).toBe('K29.7');
  });

  it('rejects bad codes, blank names and duplicates with the row number', () => {
    const result = mapIcdRows(
      table(headers, [
        ['I10', 'Tăng huyết áp', '', '', ''],
        ['XYZ', 'Sai mã', '', '', ''],
        ['I1O', 'Chữ O thay số 0', '', '', ''],
        ['J02.9', '', '', '', ''],
        ['i10', 'Trùng', '', '', ''],
      ]),
    );
    expect(result.ok && result.records.map((r) => r.row)).toEqual([2]);
    expect(result.ok && result.rejects).toEqual([
      { row: 3, reason: { key: 'catalog.row.badIcdCode', params: { code: 'XYZ' } } },
      { row: 4, reason: { key: 'catalog.row.badIcdCode', params: { code: 'I1O' } } },
      { row: 5, reason: { key: 'catalog.row.required', params: { column: 'TEN_BENH' } } },
      { row: 6, reason: { key: 'catalog.row.duplicate', params: { code: 'I10', firstRow: 2 } } },
    ]);
  });

  it('fails the whole file when a required column is missing', () => {
    expect(mapIcdRows(table(['Mã bệnh', 'Ghi chú'], [['I10', '']]))).toEqual({
      ok: false,
      error: { key: 'catalog.import.missingColumns', params: { columns: 'TEN_BENH' } },
      missingColumns: ['TEN_BENH'],
    });
  });
});

function drug(over: Partial<Record<(typeof DRUG_HEADERS)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    MA_THUOC: '40.17',
    TEN_HOAT_CHAT: 'Paracetamol',
    TEN_THUOC: 'Panadol',
    DON_VI_TINH: 'Viên',
    HAM_LUONG: '500mg',
    DUONG_DUNG: 'Uống',
    MA_DUONG_DUNG: '1.01',
    DANG_BAO_CHE: 'Viên nén',
    SO_DANG_KY: 'VD-12345-10',
    DON_GIA: '1.200',
    DON_GIA_BH: '1200',
    TYLE_TT_BH: '100',
    PHAM_VI: '1',
    ...over,
  };
  return DRUG_HEADERS.map((h) => base[h] ?? '');
}

describe('mapDrugRows', () => {
  it('maps a Mẫu 03/DM row', () => {
    const result = mapDrugRows(table(DRUG_HEADERS, [drug()]));
    expect(result.ok && result.records[0]?.record).toEqual({
      code: '40.17',
      name: 'Panadol',
      ingredients: [{ name: 'Paracetamol', strength: '500mg' }],
      strength: '500mg',
      unit: 'Viên',
      route: 'Uống',
      routeCode: '1.01',
      dosageForm: 'Viên nén',
      registrationNo: 'VD-12345-10',
      tenderInfo: null,
      price: 1200,
      insuredPrice: 1200,
      insuranceRatio: 100,
      scope: 1,
    });
  });

  it('splits multi-ingredient drugs on "+" with strengths aligned', () => {
    const result = mapDrugRows(
      table(DRUG_HEADERS, [
        drug({ TEN_HOAT_CHAT: 'Paracetamol + Codein phosphat', HAM_LUONG: '500mg + 30mg' }),
      ]),
    );
    expect(result.ok && result.records[0]?.record.ingredients).toEqual([
      { name: 'Paracetamol', strength: '500mg' },
      { name: 'Codein phosphat', strength: '30mg' },
    ]);
  });

  it('fills optional columns with defaults when the file lacks them', () => {
    const headers = ['Mã thuốc', 'Tên hoạt chất', 'Tên thuốc', 'Đơn vị tính', 'Đơn giá'];
    const result = mapDrugRows(
      table(headers, [['05C.12', 'Cao lá thường xuân', 'Prospan', 'Chai', '85000']]),
    );
    expect(result.ok && result.records[0]?.record).toMatchObject({
      insuredPrice: null,
      insuranceRatio: 100,
      scope: 1,
      route: null,
      ingredients: [{ name: 'Cao lá thường xuân', strength: '' }],
    });
  });

  it.each([
    [{ DON_GIA: '-100' }, 'catalog.row.negative'],
    [{ DON_GIA: 'mười nghìn' }, 'catalog.row.notNumber'],
    [{ DON_GIA_BH: 'abc' }, 'catalog.row.notNumber'],
    // BHXH unit prices carry up to 3 decimals (735.5); a 4th is not a price.
    [{ DON_GIA: '415,8125' }, 'catalog.row.fractionalPrice'],
    [{ DON_GIA_BH: '1.201' }, 'catalog.row.insuredAbovePrice'],
    [{ TYLE_TT_BH: '120' }, 'catalog.row.ratioRange'],
    [{ TYLE_TT_BH: '-1' }, 'catalog.row.ratioRange'],
    [{ TYLE_TT_BH: '50,5' }, 'catalog.row.ratioWhole'],
    [{ PHAM_VI: '4' }, 'catalog.row.badScope'],
    [{ MA_THUOC: 'ma thuoc' }, 'catalog.row.badCode'],
    [{ TEN_HOAT_CHAT: 'Paracetamol +' }, 'catalog.row.badIngredients'],
    [{ TEN_HOAT_CHAT: 'Paracetamol + Codein', HAM_LUONG: '500mg' }, 'catalog.row.strengthMismatch'],
    [{ DON_VI_TINH: '' }, 'catalog.row.required'],
  ])('rejects %j with %s', (over, key) => {
    const result = mapDrugRows(table(DRUG_HEADERS, [drug(over)]));
    expect(result.ok && result.records).toEqual([]);
    expect(result.ok && result.rejects[0]?.reason.key).toBe(key);
  });

  it('keeps a price with up to 3 decimals exactly, as BHXH writes it', () => {
    const result = mapDrugRows(
      table(DRUG_HEADERS, [drug({ DON_GIA: '735,5', DON_GIA_BH: '735.5' })]),
    );
    expect(result.ok && result.records[0]?.record).toMatchObject({
      price: 735.5,
      insuredPrice: 735.5,
    });
  });

  it('accepts a formula price a hair off a whole dong', () => {
    const result = mapDrugRows(table(DRUG_HEADERS, [drug({ DON_GIA: '12499.9999999999' })]));
    expect(result.ok && result.records[0]?.record.price).toBe(12500);
  });

  it('treats the same code and registration number as a duplicate, not the same code alone', () => {
    const result = mapDrugRows(
      table(DRUG_HEADERS, [
        drug(),
        drug({ TEN_THUOC: 'Hapacol', SO_DANG_KY: 'VD-99999-20' }),
        drug({ SO_DANG_KY: 'vd-12345-10' }),
      ]),
    );
    expect(result.ok && result.records.map((r) => r.row)).toEqual([2, 3]);
    expect(result.ok && result.rejects).toEqual([
      { row: 4, reason: { key: 'catalog.row.duplicate', params: { code: '40.17', firstRow: 2 } } },
    ]);
  });
});

describe('mapServiceRows', () => {
  it('maps services with an optional unit and insured price', () => {
    const result = mapServiceRows(
      table(
        ['MA_DICH_VU', 'TEN_DICH_VU', 'DON_GIA', 'DON_GIA_BH'],
        [
          ['KB01', 'Khám bệnh tại trạm y tế xã', '30.000', '30.000'],
          ['XN01', 'Đường huyết mao mạch', '15000', ''],
          ['KB01', 'Trùng', '1', '1'],
          ['TT01', 'Thay băng', '20.000', '25.000'],
        ],
      ),
    );
    expect(result.ok && result.records.map((r) => r.record)).toEqual([
      {
        code: 'KB01',
        name: 'Khám bệnh tại trạm y tế xã',
        unit: null,
        bhxhCode: null,
        price: 30000,
        insuredPrice: 30000,
      },
      {
        code: 'XN01',
        name: 'Đường huyết mao mạch',
        unit: null,
        bhxhCode: null,
        price: 15000,
        insuredPrice: null,
      },
    ]);
    expect(result.ok && result.rejects.map((r) => r.reason.key)).toEqual([
      'catalog.row.duplicate',
      'catalog.row.insuredAbovePrice',
    ]);
  });

  it('reads the shared-list code (MA_TUONG_DUONG) and the tender of a drug (TT_THAU)', () => {
    const services = mapServiceRows(
      table(
        ['MA_DICH_VU', 'MA_TUONG_DUONG', 'TEN_DICH_VU', 'DON_GIA'],
        [['XN01', '23.0075.1494', 'Định lượng Glucose', '21.500,5']],
      ),
    );
    expect(services.ok && services.records[0]?.record).toMatchObject({
      code: 'XN01',
      bhxhCode: '23.0075.1494',
      price: 21500.5,
    });
    const drugs = mapDrugRows(
      table([...DRUG_HEADERS, 'TT_THAU'], [[...drug(), '57/QĐ-TTMS;G1;N1;2022']]),
    );
    expect(drugs.ok && drugs.records[0]?.record.tenderInfo).toBe('57/QĐ-TTMS;G1;N1;2022');
  });

  it('needs code, name and price columns', () => {
    const result = mapServiceRows(table(['Tên dịch vụ'], [['Khám']]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missingColumns).toEqual(['MA_DICH_VU', 'DON_GIA']);
  });
});
