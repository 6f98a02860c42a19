import { nameTokens } from './text';

/** Province-level unit since 1 July 2025 (34 of them, Nghị quyết 202/2025/QH15). */
export interface Province {
  /** 2-digit GSO code ("01" Hà Nội … "96" Cà Mau). */
  code: string;
  name: string;
  kind: 'city' | 'province';
}

/** Commune-level unit (phường, xã, đặc khu) under the two-level government. */
export interface Ward {
  /** 5-digit GSO code. */
  code: string;
  name: string;
  provinceCode: string;
}

/** An old (pre-July-2025) commune and the new one it became part of. */
export interface WardMapping {
  /** Missing for some rows of the source data; the names still identify the old unit. */
  oldWardCode: string | null;
  oldWardName: string;
  oldDistrictName: string;
  oldProvinceName: string;
  newWardCode: string;
}

export interface AdminUnits {
  provinces: Province[];
  wards: Ward[];
  mappings: WardMapping[];
}

/** A ward list is typed into letter by letter: enough rows to choose from, not a wall. */
export const WARD_SEARCH_LIMIT = 20;
/** Leading words that name the kind of unit, not the unit: "Xã Tân An" is "tan an". */
const KIND_PREFIXES = [['dac', 'khu'], ['phuong'], ['xa']];

interface FoldedWard {
  tokens: string[];
  /** Name without the kind word(s): "tan an". */
  core: string;
}

const foldedCache = new WeakMap<Ward, FoldedWard>();

function folded(ward: Ward): FoldedWard {
  let entry = foldedCache.get(ward);
  if (!entry) {
    const tokens = nameTokens(ward.name);
    const kind = KIND_PREFIXES.find(
      (prefix) => prefix.length < tokens.length && prefix.every((word, i) => tokens[i] === word),
    );
    entry = { tokens, core: tokens.slice(kind?.length ?? 0).join(' ') };
    foldedCache.set(ward, entry);
  }
  return entry;
}

export interface WardSearchOptions {
  provinceCode?: string;
  limit?: number;
}

/**
 * Wards whose name has every typed word as a word prefix, accents and đ ignored:
 * "ben nghe", "P. Bến Nghé", "x tan an". Exact names first, then names starting with the
 * query, then the rest; ties in the list's order.
 */
export function searchWards(
  wards: readonly Ward[],
  q: string,
  options: WardSearchOptions = {},
): Ward[] {
  const query = nameTokens(q);
  if (query.length === 0) return [];
  const joined = query.join(' ');
  const scored: { ward: Ward; rank: number; index: number }[] = [];
  wards.forEach((ward, index) => {
    if (options.provinceCode && ward.provinceCode !== options.provinceCode) return;
    const { tokens, core } = folded(ward);
    const matches = query.every((word) => tokens.some((token) => token.startsWith(word)));
    if (!matches) return;
    const full = tokens.join(' ');
    const rank = core === joined || full === joined ? 0 : core.startsWith(joined) ? 1 : 2;
    scored.push({ ward, rank, index });
  });
  scored.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return scored.slice(0, options.limit ?? WARD_SEARCH_LIMIT).map((entry) => entry.ward);
}

/** Where an address written on a card sits among the 2025 units; street is what comes before. */
export interface ResolvedAddress {
  provinceCode: string;
  /** Missing when only the province could be told. */
  wardCode?: string;
  /** The pre-2025 ward, when the address named it (cards printed before July 2025). */
  oldWardCode?: string;
  street?: string;
}

// Words that name a unit's kind in addresses (with their abbreviations), longest first:
// "TP. Hồ Chí Minh", "Quận 1", "Thị trấn Hồ", "P. Bến Nghé" leave the unit's own name.
const UNIT_KIND_WORDS = [
  ['thanh', 'pho'],
  ['thi', 'xa'],
  ['thi', 'tran'],
  ['dac', 'khu'],
  ['tinh'],
  ['quan'],
  ['huyen'],
  ['phuong'],
  ['xa'],
  ['tp'],
  ['tx'],
  ['tt'],
  ['p'],
  ['q'],
  ['h'],
  ['x'],
];

/** Kind words of the district level, gone since 2025: such a part is never a ward. */
const DISTRICT_KINDS = new Set(['thanh pho', 'thi xa', 'quan', 'huyen', 'tp', 'tx', 'q', 'h']);

/** "Phường 01" → { kind: "phuong", core: "1" }; "TP. Hồ Chí Minh" → "tp", "ho chi minh". */
function splitUnit(name: string): { kind: string; core: string } {
  const tokens = nameTokens(name).map((t) => (/^\d+$/.test(t) ? String(Number(t)) : t));
  const kind = UNIT_KIND_WORDS.find(
    (words) => words.length < tokens.length && words.every((word, i) => tokens[i] === word),
  );
  return { kind: kind?.join(' ') ?? '', core: tokens.slice(kind?.length ?? 0).join(' ') };
}

const unitCore = (name: string): string => splitUnit(name).core;

interface AddressIndex {
  /** Province core (new names and pre-2025 names) → 2025 province code. */
  provinces: Map<string, string>;
  /** "province|folded full name" of the 2025 wards → ward code. */
  wardsByName: Map<string, string>;
  /** "province|core" of the 2025 wards, where the core names one ward only → ward code. */
  wardsByCore: Map<string, string>;
  /** "old province|old district|old ward" cores → 2025 ward code. */
  oldWards: Map<string, string>;
  /** The same keys → the old ward's own code. */
  oldWardCodes: Map<string, string>;
}

/** Keys that name one value; a key seen with two values names none. */
function uniqueMap(entries: Iterable<[string, string]>): Map<string, string> {
  const map = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [key, value] of entries) {
    if (map.has(key) && map.get(key) !== value) ambiguous.add(key);
    map.set(key, value);
  }
  for (const key of ambiguous) map.delete(key);
  return map;
}

const addressIndexes = new WeakMap<AdminUnits, AddressIndex>();

const oldKey = (m: WardMapping): string =>
  [m.oldProvinceName, m.oldDistrictName, m.oldWardName].map(unitCore).join('|');

function addressIndex(units: AdminUnits): AddressIndex {
  let index = addressIndexes.get(units);
  if (index) return index;
  const wardProvince = new Map(units.wards.map((w) => [w.code, w.provinceCode]));
  index = {
    // Old provinces joined new ones whole (a few source rows disagree: those are dropped);
    // the new names come last so they always win.
    provinces: new Map([
      ...uniqueMap(
        units.mappings.map((m) => [
          unitCore(m.oldProvinceName),
          wardProvince.get(m.newWardCode) ?? '',
        ]),
      ),
      ...units.provinces.map((p): [string, string] => [unitCore(p.name), p.code]),
    ]),
    wardsByName: uniqueMap(
      units.wards.map((w) => [`${w.provinceCode}|${nameTokens(w.name).join(' ')}`, w.code]),
    ),
    // "Xã Tân An" and "Phường Tân An" in one province: only the full name tells them apart.
    wardsByCore: uniqueMap(
      units.wards.map((w) => [`${w.provinceCode}|${unitCore(w.name)}`, w.code]),
    ),
    // An old ward split between new ones cannot be placed from its name alone.
    oldWards: uniqueMap(units.mappings.map((m) => [oldKey(m), m.newWardCode])),
    oldWardCodes: uniqueMap(
      units.mappings.flatMap((m) => (m.oldWardCode ? [[oldKey(m), m.oldWardCode]] : [])),
    ),
  };
  addressIndexes.set(units, index);
  return index;
}

/**
 * Places an address as cards print it ("Thôn Đông, Xã An Bình, Huyện Thuận Thành, Tỉnh Bắc
 * Ninh", before or after the 2025 reform) among the 2025 units: old ward + district +
 * province through the official mapping, or new ward + province. Null when the last part
 * names no province; the text itself is always kept by the caller.
 */
export function resolveAddress(units: AdminUnits, text: string): ResolvedAddress | null {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const index = addressIndex(units);
  const provinceCode = index.provinces.get(unitCore(parts.at(-1) ?? ''));
  if (!provinceCode) return null;
  const street = (used: number): Pick<ResolvedAddress, 'street'> => {
    const rest = parts.slice(0, parts.length - used).join(', ');
    return rest ? { street: rest } : {};
  };
  const [province = '', second = '', third = ''] = parts.slice(-3).reverse();
  if (parts.length >= 3) {
    const key = [province, second, third].map(unitCore).join('|');
    const wardCode = index.oldWards.get(key);
    const oldWardCode = index.oldWardCodes.get(key);
    if (wardCode)
      return { provinceCode, wardCode, ...(oldWardCode && { oldWardCode }), ...street(3) };
  }
  if (parts.length >= 2 && !DISTRICT_KINDS.has(splitUnit(second).kind)) {
    const wardCode =
      index.wardsByName.get(`${provinceCode}|${nameTokens(second).join(' ')}`) ??
      index.wardsByCore.get(`${provinceCode}|${unitCore(second)}`);
    if (wardCode) return { provinceCode, wardCode, ...street(2) };
  }
  return { provinceCode, ...street(1) };
}

/** A pre-2025 ward that became (part of) a 2025 ward, with its pre-2025 district. */
export interface OldUnit {
  wardCode: string;
  wardName: string;
  /** QĐ 124/2004 district code (3 digits): MAHUYEN_CU_TRU. */
  districtCode: string;
  districtName: string;
  /** The old ward went into this new ward whole (else it was split between new wards). */
  whole: boolean;
}

/** 2025 ward code → the old wards it took. */
export type OldUnitsByWard = ReadonlyMap<string, readonly OldUnit[]>;

export type OldDistrict =
  | { kind: 'known'; districtCode: string; oldWardCode?: string }
  /** The new ward took parts of several old districts: the old ward must be asked. */
  | { kind: 'ambiguous'; choices: readonly OldUnit[] }
  | { kind: 'unknown' };

/**
 * MAHUYEN_CU_TRU for a 2025 ward. The district is gone since July 2025 but the claim still
 * asks for it: the old ward given on the card or at reception decides it; without one, it is
 * the district every old ward of the new ward shared. 321 new wards took parts of several
 * districts: there no district is guessed (a wrong code would pass the format check and
 * misplace the patient in BHXH's statistics), the old ward is asked instead.
 */
export function oldDistrictOf(
  byWard: OldUnitsByWard,
  wardCode: string | null,
  oldWardCode?: string | null,
): OldDistrict {
  const olds = wardCode ? byWard.get(wardCode) : undefined;
  if (!olds || olds.length === 0) return { kind: 'unknown' };
  const chosen = oldWardCode ? olds.find((o) => o.wardCode === oldWardCode) : undefined;
  if (chosen)
    return { kind: 'known', districtCode: chosen.districtCode, oldWardCode: chosen.wardCode };
  const districts = new Set(olds.map((o) => o.districtCode));
  const [only] = districts;
  if (districts.size === 1 && only) return { kind: 'known', districtCode: only };
  return { kind: 'ambiguous', choices: olds };
}
