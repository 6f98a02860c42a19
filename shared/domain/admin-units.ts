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
