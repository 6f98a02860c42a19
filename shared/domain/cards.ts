import type { LocalizedText } from '../api/result';
import { BHXH_NUMBER_LENGTH, normalizeBhytCode, parseBhytCode, validateBhytDates } from './bhyt';
import { validateCccd, type Sex } from './cccd';
import { isValidIsoDate } from './dates';
import { decodeHexDump } from './scanner-wedge';
import { foldVietnamese, parsePatientCode } from './text';

export type CardKind = 'cccd' | 'bhyt' | 'patient' | 'unknown';

export interface CardFields {
  fullName?: string;
  /** YYYY-MM-DD. */
  birthDate?: string;
  birthYear?: number;
  sex?: Sex;
  cccd?: string;
  /** The 9-digit CMND number a CCCD replaced, when its QR carries it. */
  oldId?: string;
  address?: string;
  /** YYYY-MM-DD (CCCD issue date, or the BHYT card's issue date). */
  issueDate?: string;
  /** 15-character card code, upper-case. */
  bhytCode?: string;
  /** Cards printed since 2021 may carry only the 10-digit BHXH number in their QR. */
  bhxhNumber?: string;
  validFrom?: string;
  validTo?: string;
  /** MA_DKBD, the registered first-contact facility: "79 - 024" → "79024". */
  facilityCode?: string;
  patientCode?: string;
  /** When the holder reaches 5 consecutive years of cover (NAM_NAM_LIEN_TUC). */
  fiveYearDate?: string;
}

export interface ParsedCard {
  kind: CardKind;
  fields: CardFields;
  /** What could not be read or does not check out; the fields hold what could. */
  problems?: LocalizedText[];
}

/** QR codes on ID and insurance cards are a few hundred characters; more is not a card. */
export const MAX_SCAN_LENGTH = 2000;
/** A hex dump shorter than this is more likely a number than a scanner's hex mode. */
const MIN_HEX_DUMP_LENGTH = 16;
/** Share of hex digits above which garbled input is reported as a broken hex dump. */
const HEX_LIKE_SHARE = 0.9;

const CCCD_NUMBER = /^\d{12}$/;
const OLD_ID = /^(\d{9}|\d{12})$/;
const FACILITY_CODE = /^[0-9A-Z]{5}$/;
const BHXH_NUMBER = new RegExp(`^\\d{${BHXH_NUMBER_LENGTH}}$`);

/** Reads whatever a scanner produced: CCCD QR, BHYT QR, a patient card, or a hex dump. */
export function parseCard(raw: string): ParsedCard {
  const text = stripControl(raw).trim();
  if (text === '') return unknown([{ key: 'cards.scan.empty' }]);
  if (text.length > MAX_SCAN_LENGTH) return unknown([{ key: 'cards.scan.tooLong' }]);
  const direct = parseText(text);
  if (direct.kind !== 'unknown') return direct;
  const compact = text.replace(/\s+/g, '');
  if (compact.length < MIN_HEX_DUMP_LENGTH) return direct;
  const hexDigits = compact.replace(/[^0-9a-fA-F]/g, '').length;
  if (hexDigits / compact.length < HEX_LIKE_SHARE) return direct;
  const decoded = decodeHexDump(compact);
  if (!decoded.ok) return unknown([decoded.error]);
  const inner = parseText(stripControl(decoded.value).trim());
  return inner.kind === 'unknown' ? unknown([{ key: 'cards.scan.unrecognised' }]) : inner;
}

/** Scanners add CR/LF, NULs, a BOM; no control character belongs to card data. */
function stripControl(s: string): string {
  return [...s].filter((c) => c >= ' ' && c !== '\u007f' && c !== '\ufeff').join('');
}

function unknown(problems: LocalizedText[]): ParsedCard {
  return { kind: 'unknown', fields: {}, problems };
}

function parseText(text: string): ParsedCard {
  if (text.includes('|')) {
    const parts = text.split('|').map((part) => part.trim());
    const head = parts[0] ?? '';
    if (CCCD_NUMBER.test(head.replace(/\s/g, ''))) return parseCccdQr(parts);
    const code = normalizeBhytCode(head);
    if (/^[A-Z]{2}\d/.test(code) || BHXH_NUMBER.test(code)) {
      return parseBhytQr(parts);
    }
    return unknown([{ key: 'cards.scan.unrecognised' }]);
  }
  const patient = parsePatientCode(text);
  if (patient.ok) {
    return {
      kind: 'patient',
      fields: { patientCode: patient.value.code, facilityCode: patient.value.facilityCode },
    };
  }
  const bhyt = parseBhytCode(text);
  if (bhyt.ok) return { kind: 'bhyt', fields: { bhytCode: bhyt.value.code } };
  const cccd = text.replace(/[\s.]/g, '');
  if (CCCD_NUMBER.test(cccd)) {
    const checked = validateCccd(cccd);
    return withProblems('cccd', { cccd }, checked.ok ? [] : [checked.error]);
  }
  return unknown([{ key: 'cards.scan.unrecognised' }]);
}

function withProblems(kind: CardKind, fields: CardFields, problems: LocalizedText[]): ParsedCard {
  return problems.length > 0 ? { kind, fields, problems } : { kind, fields };
}

/** ddmmyyyy or dd/mm/yyyy (also with - or .) → YYYY-MM-DD, or null. */
function isoFromDmy(value: string): string | null {
  const match = /^(\d{2})[/.-]?(\d{2})[/.-]?(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** Name … issue date: fewer fields after the ID(s) is a cut-off scan. */
const CCCD_PERSON_FIELDS = 5;

/**
 * Chip CCCD QR: `ID|old CMND|name|ddmmyyyy|Nam/Nữ|address|issue ddmmyyyy` (7 fields), or the
 * 6-field form without the old ID. The count alone misleads (a trailing '|' makes 6 look like
 * 7, newer cards append fields, cut-off scans have fewer), so the second field decides:
 * empty or digits is the old ID, anything else is the name.
 */
function parseCccdQr(parts: string[]): ParsedCard {
  const cccd = (parts[0] ?? '').replace(/\s/g, '');
  const second = parts[1] ?? '';
  const hasOldId = second === '' || OLD_ID.test(second);
  const rest = hasOldId ? parts.slice(2) : parts.slice(1);
  const [name = '', dob = '', sexText = '', address = '', issued = ''] = rest;
  const fields: CardFields = { cccd };
  const problems: LocalizedText[] = [];
  if (hasOldId && OLD_ID.test(second)) fields.oldId = second;
  if (name) fields.fullName = name.replace(/\s+/g, ' ');
  if (address) fields.address = address;
  if (rest.length < CCCD_PERSON_FIELDS || !name || !dob) {
    problems.push({ key: 'cards.qr.truncated' });
  }
  if (dob) {
    const birthDate = isoFromDmy(dob);
    if (birthDate) {
      fields.birthDate = birthDate;
      fields.birthYear = Number(birthDate.slice(0, 4));
    } else {
      problems.push({ key: 'cards.qr.birthDate', params: { value: dob } });
    }
  }
  if (sexText) {
    const folded = foldVietnamese(sexText);
    if (folded === 'nam') fields.sex = 'male';
    else if (folded === 'nu') fields.sex = 'female';
    else problems.push({ key: 'cards.qr.sex', params: { value: sexText } });
  }
  if (issued) {
    const issueDate = isoFromDmy(issued);
    if (issueDate) fields.issueDate = issueDate;
    else problems.push({ key: 'cards.qr.issueDate', params: { value: issued } });
  }
  const checked = validateCccd(cccd, {
    ...(fields.sex && { sex: fields.sex }),
    ...(fields.birthYear !== undefined && { birthYear: fields.birthYear }),
  });
  if (!checked.ok) problems.push(checked.error);
  return withProblems('cccd', fields, problems);
}

/** BHYT QR name and address fields: hex of UTF-8, or '-' when the card has none. */
function hexField(value: string): { text?: string; problem?: LocalizedText } {
  if (value === '' || value === '-') return {};
  const decoded = decodeHexDump(value);
  return decoded.ok ? { text: decoded.value.trim() } : { problem: decoded.error };
}

/** Positions seen on cards: [8] issue date, [12] five-consecutive-years date (verify). */
const BHYT_ISSUE_DATE_INDEX = 8;
const BHYT_FIVE_YEAR_INDEX = 12;
/** Card code … valid-to: fewer fields than this is a cut-off scan. */
const BHYT_MIN_FIELDS = 8;

/**
 * BHYT QR: code|name (hex)|dob|sex 1/2|address (hex)|"79 - 024"|from|to|… and a closing '$'.
 * Fields after [7] vary between card generations; only recognisable dates are taken.
 */
function parseBhytQr(allParts: string[]): ParsedCard {
  const parts = allParts[allParts.length - 1] === '$' ? allParts.slice(0, -1) : allParts;
  const [head = '', nameHex = '', dob = '', sexCode = '', addressHex = '', facility = ''] = parts;
  const fields: CardFields = {};
  const problems: LocalizedText[] = [];
  const code = normalizeBhytCode(head);
  if (BHXH_NUMBER.test(code)) {
    fields.bhxhNumber = code;
    problems.push({ key: 'cards.bhyt.numberOnly' });
  } else {
    fields.bhytCode = code;
    const parsed = parseBhytCode(code);
    if (parsed.ok) fields.bhxhNumber = parsed.value.bhxhNumber;
    else problems.push(parsed.error);
  }
  if (parts.length < BHYT_MIN_FIELDS) problems.push({ key: 'cards.qr.truncated' });
  const name = hexField(nameHex);
  if (name.text) fields.fullName = name.text.replace(/\s+/g, ' ');
  if (name.problem) problems.push({ key: 'cards.qr.nameUnreadable' });
  if (dob) readBhytBirth(dob, fields, problems);
  if (sexCode === '1') fields.sex = 'male';
  else if (sexCode === '2') fields.sex = 'female';
  else if (sexCode) problems.push({ key: 'cards.qr.sex', params: { value: sexCode } });
  const address = hexField(addressHex);
  if (address.text) fields.address = address.text;
  if (address.problem) problems.push({ key: 'cards.qr.addressUnreadable' });
  if (facility) {
    const compact = facility.replace(/[\s\-–]/g, '').toUpperCase();
    if (FACILITY_CODE.test(compact)) fields.facilityCode = compact;
    else problems.push({ key: 'cards.qr.facility', params: { value: facility } });
  }
  readBhytValidity(parts[6] ?? '', parts[7] ?? '', fields, problems);
  const issueDate = isoFromDmy(parts[BHYT_ISSUE_DATE_INDEX] ?? '');
  if (issueDate) fields.issueDate = issueDate;
  const fiveYearDate = isoFromDmy(parts[BHYT_FIVE_YEAR_INDEX] ?? '');
  if (fiveYearDate) fields.fiveYearDate = fiveYearDate;
  return withProblems('bhyt', fields, problems);
}

function readBhytBirth(dob: string, fields: CardFields, problems: LocalizedText[]): void {
  if (/^\d{4}$/.test(dob)) {
    fields.birthYear = Number(dob);
    return;
  }
  const birthDate = isoFromDmy(dob);
  if (birthDate) {
    fields.birthDate = birthDate;
    fields.birthYear = Number(birthDate.slice(0, 4));
  } else {
    problems.push({ key: 'cards.qr.birthDate', params: { value: dob } });
  }
}

function readBhytValidity(
  fromText: string,
  toText: string,
  fields: CardFields,
  problems: LocalizedText[],
): void {
  const validFrom = isoFromDmy(fromText);
  const validTo = isoFromDmy(toText);
  if (validFrom) fields.validFrom = validFrom;
  else if (fromText) problems.push({ key: 'cards.qr.validFrom', params: { value: fromText } });
  if (validTo) fields.validTo = validTo;
  else if (toText) problems.push({ key: 'cards.qr.validTo', params: { value: toText } });
  if (validFrom && validTo) {
    const checked = validateBhytDates({ validFrom, validTo });
    if (!checked.ok) problems.push(checked.error);
  }
}
