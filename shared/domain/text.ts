import type { LocalizedText } from '../api/result';
import { normalizePhone } from './phone';

// Combining marks left by NFD: Vietnamese tones and the vowel marks of â ă ê ô ơ ư.
const COMBINING_MARKS = /\p{M}/gu;
// đ/Đ are letters of their own (no decomposition); Ð/ð (eth) stand in for them in text that
// went through old TCVN3/VNI converters and look identical on screen.
const D_LETTERS = /[đðĐÐ]/g;
// SQLite's unicode61 tokenizer splits on anything that is not a letter or a number, so the
// tokens we build must split the same way or a prefix query would miss.
const TOKEN_SEPARATORS = /[^\p{L}\p{N}]+/u;

/** A name has at most a handful of words; the cap bounds the cost of pasted paragraphs. */
export const MAX_QUERY_TOKENS = 8;

/** "Nguyễn  Văn ĐẠT" → "nguyen van dat": how names are stored for search and compared. */
export function foldVietnamese(s: string): string {
  // Lower-case before and after NFD: some capitals lower-case to a letter plus a mark (İ).
  return s
    .normalize('NFD')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_LETTERS, 'd')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Folded words of a name, split the way the FTS index splits them. */
export function nameTokens(s: string): string[] {
  return foldVietnamese(s)
    .split(TOKEN_SEPARATORS)
    .filter((token) => token.length > 0);
}

/**
 * An FTS5 MATCH string asking for every word as a prefix: "ng v an" → `"ng"* "v"* "an"*`.
 * Tokens hold only letters and digits and are quoted, so no input can reach FTS syntax
 * (NEAR, AND, quotes, columns). Null when nothing searchable is left: MATCH '' is an error.
 */
export function ftsPrefixQuery(q: string): string | null {
  const tokens = nameTokens(q).slice(0, MAX_QUERY_TOKENS);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `"${token}"*`).join(' ');
}

export type SearchKind = 'phone' | 'cccd' | 'bhyt' | 'patientCode' | 'name';

/** Chip ID numbers have 12 digits (Luật Căn cước 2023). */
const CCCD_SHAPE = /^\d{12}$/;
/** Mobile numbers have 10 digits, landlines 11 (area code 02x/02xx since 2017). */
const PHONE_SHAPE = /^0\d{9,10}$/;
/** BHYT card code: group (2 letters), benefit level, province (2 digits), BHXH number (10). */
const BHYT_SHAPE = /^[A-Z]{2}\d{13}$/;

/** What a search box entry looks like, so the search can use the right index. */
export function classifySearch(q: string): SearchKind {
  const trimmed = q.trim();
  if (parsePatientCode(trimmed).ok) return 'patientCode';
  const compact = trimmed.replace(/[\s.-]/g, '').toUpperCase();
  if (BHYT_SHAPE.test(compact)) return 'bhyt';
  if (CCCD_SHAPE.test(compact)) return 'cccd';
  if (PHONE_SHAPE.test(normalizePhone(trimmed))) return 'phone';
  return 'name';
}

/** Sequence digits in a patient code: a station registers far fewer people a year. */
export const PATIENT_CODE_SEQ_DIGITS = 6;
const PATIENT_CODE_SEQ_MAX = 10 ** PATIENT_CODE_SEQ_DIGITS - 1;
/** Years a patient code may carry: Tram's first year to well beyond its lifetime. */
const PATIENT_CODE_YEARS = { min: 2000, max: 2999 } as const;
/** MA_CSKCB: 5 characters, digits and capitals (same rule as the facility setting). */
const FACILITY_CODE = /^[0-9A-Z]{5}$/;
// Letters, digits and '-' only: survives Code128, keyboard wedges and Telex input methods.
const PATIENT_CODE = /^([0-9A-Z]{5})-(\d{4})-(\d{6})$/;

export interface PatientCodeParts {
  facilityCode: string;
  year: number;
  seq: number;
}

export type PatientCodeResult =
  { ok: true; value: PatientCodeParts & { code: string } } | { ok: false; error: LocalizedText };

/**
 * The printed patient code, "01001-2026-000123": facility, year of registration, sequence.
 * Throws on inputs that the registry never produces (a bug, not a user mistake).
 */
export function formatPatientCode(facilityCode: string, year: number, seq: number): string {
  if (!FACILITY_CODE.test(facilityCode)) {
    throw new RangeError(`formatPatientCode: bad facility code ${facilityCode}`);
  }
  if (!Number.isInteger(year) || year < PATIENT_CODE_YEARS.min || year > PATIENT_CODE_YEARS.max) {
    throw new RangeError(`formatPatientCode: bad year ${year}`);
  }
  if (!Number.isInteger(seq) || seq < 1 || seq > PATIENT_CODE_SEQ_MAX) {
    throw new RangeError(`formatPatientCode: bad sequence ${seq}`);
  }
  return `${facilityCode}-${year}-${String(seq).padStart(PATIENT_CODE_SEQ_DIGITS, '0')}`;
}

/** Reads a patient code as typed or scanned (any case, surrounding spaces). */
export function parsePatientCode(s: string): PatientCodeResult {
  const code = s.trim().toUpperCase();
  const match = PATIENT_CODE.exec(code);
  const year = Number(match?.[2]);
  const seq = Number(match?.[3]);
  if (!match?.[1] || year < PATIENT_CODE_YEARS.min || year > PATIENT_CODE_YEARS.max || seq < 1) {
    return { ok: false, error: { key: 'patients.code.invalid', params: { value: s.trim() } } };
  }
  return { ok: true, value: { code, facilityCode: match[1], year, seq } };
}
