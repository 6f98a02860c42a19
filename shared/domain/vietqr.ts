import type { LocalizedText } from '../api/result';

/** NAPAS's application id for VietQR inside merchant account information (ID 38). */
export const VIETQR_GUID = 'A000000727';
/** NAPAS 247 service code for a transfer to an account number. */
export const VIETQR_ACCOUNT_TRANSFER = 'QRIBFTTA';
/** EMVCo caps each additional-data sub-field (and the merchant name) at 25 characters. */
export const VIETQR_TEXT_MAX = 25;

export interface VietQrInput {
  /** 6-digit NAPAS acquirer BIN of the receiving bank. */
  bankBin: string;
  accountNumber: string;
  /** Whole VND; present makes a dynamic QR, absent a static one. */
  amount?: number;
  /** Transfer note (62/08), e.g. the invoice number; Vietnamese is folded to ASCII. */
  reference?: string;
  merchantName?: string;
}

export type VietQrOutcome =
  { ok: true; payload: string } | { ok: false; problems: LocalizedText[] };

export interface EmvField {
  id: string;
  value: string;
  children?: EmvField[];
}

export type EmvParseOutcome =
  { ok: true; fields: EmvField[] } | { ok: false; problem: LocalizedText };

/** Strips Vietnamese tone and vowel marks (and đ) so text survives ASCII-only bank apps. */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\s+/g, ' ')
    .trim();
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) of an ASCII string, 4 upper-case hex digits. */
export function crc16Ccitt(text: string): string {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= (text.charCodeAt(i) & 0xff) << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

function tlv(id: string, value: string): string {
  if (value.length > 99) throw new RangeError(`EMV field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

const SAFE_TEXT = /^[A-Za-z0-9 ._/-]*$/;

function checkText(
  text: string,
  tooLong: 'billing.vietqr.referenceTooLong' | 'billing.vietqr.nameTooLong',
  badChars: 'billing.vietqr.referenceChars' | 'billing.vietqr.nameChars',
  problems: LocalizedText[],
): void {
  if (text.length > VIETQR_TEXT_MAX)
    problems.push({ key: tooLong, params: { max: VIETQR_TEXT_MAX } });
  if (!SAFE_TEXT.test(text)) problems.push({ key: badChars });
}

/** The EMVCo merchant-presented payload a banking app scans to pay into an account (NAPAS 247). */
export function buildVietQr(input: VietQrInput): VietQrOutcome {
  const problems: LocalizedText[] = [];
  if (!/^\d{6}$/.test(input.bankBin)) problems.push({ key: 'billing.vietqr.bankBin' });
  if (!/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber)) {
    problems.push({ key: 'billing.vietqr.account' });
  }
  const { amount } = input;
  if (amount !== undefined && !(Number.isSafeInteger(amount) && amount > 0 && amount < 1e13)) {
    problems.push({ key: 'billing.vietqr.amount' });
  }
  const reference = foldToAscii(input.reference ?? '');
  checkText(
    reference,
    'billing.vietqr.referenceTooLong',
    'billing.vietqr.referenceChars',
    problems,
  );
  const name = foldToAscii(input.merchantName ?? '');
  checkText(name, 'billing.vietqr.nameTooLong', 'billing.vietqr.nameChars', problems);
  if (problems.length > 0) return { ok: false, problems };

  const beneficiary = tlv('00', input.bankBin) + tlv('01', input.accountNumber);
  const account =
    tlv('00', VIETQR_GUID) + tlv('01', beneficiary) + tlv('02', VIETQR_ACCOUNT_TRANSFER);
  const body = [
    tlv('00', '01'),
    tlv('01', amount === undefined ? '11' : '12'),
    tlv('38', account),
    tlv('53', '704'),
    amount === undefined ? '' : tlv('54', String(amount)),
    tlv('58', 'VN'),
    name ? tlv('59', name) : '',
    reference ? tlv('62', tlv('08', reference)) : '',
    '6304',
  ].join('');
  return { ok: true, payload: body + crc16Ccitt(body) };
}

function isTemplate(path: readonly string[]): boolean {
  const top = Number(path[0]);
  const merchantAccount = top >= 26 && top <= 51;
  if (path.length === 1) return merchantAccount || top === 62 || top === 64 || top >= 80;
  // VietQR nests the beneficiary (BIN + account) as sub-field 01 of its account template.
  return path.length === 2 && merchantAccount && path[1] === '01';
}

function parseList(text: string, base: number, path: readonly string[]): EmvField[] | number {
  const fields: EmvField[] = [];
  let at = 0;
  while (at < text.length) {
    const head = text.slice(at, at + 4);
    if (!/^\d{4}$/.test(head)) return base + at;
    const id = head.slice(0, 2);
    const length = Number(head.slice(2));
    const value = text.slice(at + 4, at + 4 + length);
    if (value.length !== length) return base + at;
    const field: EmvField = { id, value };
    const childPath = [...path, id];
    if (isTemplate(childPath)) {
      const children = parseList(value, base + at + 4, childPath);
      if (typeof children !== 'number') field.children = children;
      else if (childPath.length === 1) return children;
    }
    fields.push(field);
    at += 4 + length;
  }
  return fields;
}

/** Reads an EMVCo payload into its ID-length-value tree (templates get children). */
export function parseEmv(payload: string): EmvParseOutcome {
  const parsed = parseList(payload, 0, []);
  if (typeof parsed === 'number') {
    return {
      ok: false,
      problem: { key: 'billing.vietqr.malformed', params: { position: parsed } },
    };
  }
  return { ok: true, fields: parsed };
}

/** The value at a path of ids, e.g. emvValue(fields, '38', '01', '01') → account number. */
export function emvValue(fields: readonly EmvField[], ...ids: string[]): string | undefined {
  const [first, ...rest] = ids;
  const field = fields.find((f) => f.id === first);
  if (!field) return undefined;
  return rest.length === 0 ? field.value : emvValue(field.children ?? [], ...rest);
}

/** True when the payload ends in a CRC field (6304xxxx) matching everything before it. */
export function verifyCrc(payload: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(payload) || payload.length < 8) return false;
  if (payload.slice(-8, -4) !== '6304') return false;
  return crc16Ccitt(payload.slice(0, -4)) === payload.slice(-4).toUpperCase();
}
