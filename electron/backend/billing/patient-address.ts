import type { PatientRow } from '../../../db/schema';
import { loadAdminUnits } from '../reception/admin-units';

let names: { wards: Map<string, string>; provinces: Map<string, string> } | null = null;

function unitNames(): NonNullable<typeof names> {
  if (!names) {
    const units = loadAdminUnits();
    names = {
      wards: new Map(units.wards.map((w) => [w.code, w.name])),
      provinces: new Map(units.provinces.map((p) => [p.code, p.name])),
    };
  }
  return names;
}

/** The address for forms and claims: as written on the papers, else street, ward, province. */
export function patientAddress(
  row: Pick<PatientRow, 'addressText' | 'addressStreet' | 'wardCode' | 'provinceCode'>,
): string {
  if (row.addressText) return row.addressText;
  if (!row.addressStreet && !row.wardCode && !row.provinceCode) return '';
  const { wards, provinces } = unitNames();
  return [
    row.addressStreet,
    row.wardCode ? wards.get(row.wardCode) : null,
    row.provinceCode ? provinces.get(row.provinceCode) : null,
  ]
    .filter(Boolean)
    .join(', ');
}
