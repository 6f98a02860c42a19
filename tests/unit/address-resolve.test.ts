import { describe, expect, it } from 'vitest';
import { loadAdminUnits } from '../../electron/backend/reception/admin-units';
import { resolveAddress, type AdminUnits } from '../../shared/domain/admin-units';

describe('resolveAddress against the 2025 units', () => {
  const units = loadAdminUnits();
  const wardName = (code: string | undefined) => units.wards.find((w) => w.code === code)?.name;

  it('places a pre-2025 address through the official old → new mapping', () => {
    const placed = resolveAddress(units, 'Tổ 3, Phường 12, Quận Gò Vấp, TP Hồ Chí Minh');
    // The old ward's own code too, as ../shared/reference/admin-units lists it (26881).
    expect(placed).toEqual({
      provinceCode: '79',
      wardCode: '26882',
      oldWardCode: '26881',
      street: 'Tổ 3',
    });
    expect(wardName(placed?.wardCode)).toBe('Phường An Hội Tây');
    // Bến Nghé kept its code as the core of the 2025 Phường Sài Gòn.
    expect(resolveAddress(units, 'Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh')).toEqual({
      provinceCode: '79',
      wardCode: '26740',
      oldWardCode: '26740',
    });
  });

  it('reads leading zeros, abbreviations and old province names', () => {
    expect(resolveAddress(units, 'Tổ 3, P. 012, Q. Gò Vấp, Thành phố Hồ Chí Minh')?.wardCode).toBe(
      '26882',
    );
    // Bắc Giang joined Bắc Ninh in 2025.
    expect(resolveAddress(units, 'Thôn Hạ, Tỉnh Bắc Giang')).toEqual({
      provinceCode: '24',
      street: 'Thôn Hạ',
    });
  });

  it('places a 2025 address by its new ward and province, with or without the kind word', () => {
    expect(resolveAddress(units, 'Xóm 1, Phường Ba Đình, Thành phố Hà Nội')).toEqual({
      provinceCode: '01',
      wardCode: '00004',
      street: 'Xóm 1',
    });
    expect(resolveAddress(units, 'Ba Đình, Hà Nội')).toEqual({
      provinceCode: '01',
      wardCode: '00004',
    });
  });

  it('never takes an old district for a ward, and keeps what it cannot place as street', () => {
    expect(resolveAddress(units, 'Thôn Yên, Xã Nào Đó, Huyện Gia Bình, Tỉnh Bắc Ninh')).toEqual({
      provinceCode: '24',
      street: 'Thôn Yên, Xã Nào Đó, Huyện Gia Bình',
    });
  });

  it('gives up when the last part names no province', () => {
    expect(resolveAddress(units, 'Số 5 đường Lê Lợi')).toBeNull();
    expect(resolveAddress(units, '')).toBeNull();
  });
});

describe('resolveAddress on ambiguous names', () => {
  const units: AdminUnits = {
    provinces: [{ code: '01', name: 'Tỉnh Một', kind: 'province' }],
    wards: [
      { code: '00001', name: 'Xã Tân An', provinceCode: '01' },
      { code: '00002', name: 'Phường Tân An', provinceCode: '01' },
      { code: '00003', name: 'Xã Hòa', provinceCode: '01' },
    ],
    mappings: [
      // An old ward split in two: its name alone cannot place it.
      mapping('Xã Cũ', '00001'),
      mapping('Xã Cũ', '00002'),
      mapping('Xã Khác', '00003'),
    ],
  };

  it('tells same-named wards apart by their kind word, and only then', () => {
    expect(resolveAddress(units, 'Xã Tân An, Tỉnh Một')?.wardCode).toBe('00001');
    expect(resolveAddress(units, 'Phường Tân An, Tỉnh Một')?.wardCode).toBe('00002');
    expect(resolveAddress(units, 'Tân An, Tỉnh Một')?.wardCode).toBeUndefined();
    expect(resolveAddress(units, 'Hòa, Tỉnh Một')?.wardCode).toBe('00003');
  });

  it('leaves an old ward that was split without a ward', () => {
    expect(resolveAddress(units, 'Xã Cũ, Huyện Cũ, Tỉnh Cũ')).toEqual({
      provinceCode: '01',
      street: 'Xã Cũ, Huyện Cũ',
    });
    expect(resolveAddress(units, 'Xã Khác, Huyện Cũ, Tỉnh Cũ')?.wardCode).toBe('00003');
  });
});

function mapping(oldWardName: string, newWardCode: string): AdminUnits['mappings'][number] {
  return {
    oldWardCode: null,
    oldWardName,
    oldDistrictName: 'Huyện Cũ',
    oldProvinceName: 'Tỉnh Cũ',
    newWardCode,
  };
}
