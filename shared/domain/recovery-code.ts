/**
 * The database key written for people: Crockford base32 (no I, L, O, U; case and those look-alikes
 * forgiven), in groups of four characters each followed by a Luhn mod 32 check character, so a
 * mistyped group is named before anything is tried against the database.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_PER_GROUP = 4;
export const RECOVERY_KEY_BYTES = 32;
/** 256 bits in 5-bit characters: 52 characters, 13 groups. */
const DATA_CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);
export const RECOVERY_GROUPS = DATA_CHARS / DATA_PER_GROUP;

function valueOf(char: string): number {
  return ALPHABET.indexOf(char);
}

/** Luhn mod N: catches every single wrong character and most swapped neighbours. */
function checkChar(group: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = group.length - 1; i >= 0; i--) {
    let addend = factor * valueOf(group[i] ?? '0');
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32] ?? '0';
}

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    value = (value << 5) | valueOf(char);
    bits += 5;
    if (bits >= 8) {
      if (index < length) bytes[index] = (value >>> (bits - 8)) & 255;
      index += 1;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return bytes;
}

/** "ABCD7-…": 13 groups of five characters (four of the key, one check). */
export function encodeRecoveryCode(key: Uint8Array): string {
  if (key.length !== RECOVERY_KEY_BYTES) throw new Error('A recovery code holds a 32-byte key');
  const data = toBase32(key);
  const groups: string[] = [];
  for (let i = 0; i < data.length; i += DATA_PER_GROUP) {
    const group = data.slice(i, i + DATA_PER_GROUP);
    groups.push(group + checkChar(group));
  }
  return groups.join('-');
}

export type RecoveryCodeResult =
  | { ok: true; key: Uint8Array }
  /** badGroups: 1-based numbers of the groups whose check character does not match. */
  | { ok: false; reason: 'length' | 'characters' | 'checksum'; badGroups: number[] };

/** Reads a typed code: spaces, dashes and case do not matter; O reads as 0, I and L as 1. */
export function decodeRecoveryCode(typed: string): RecoveryCodeResult {
  const text = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if ([...text].some((char) => valueOf(char) < 0)) {
    return { ok: false, reason: 'characters', badGroups: [] };
  }
  if (text.length !== RECOVERY_GROUPS * (DATA_PER_GROUP + 1)) {
    return { ok: false, reason: 'length', badGroups: [] };
  }
  let data = '';
  const badGroups: number[] = [];
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    const chunk = text.slice(g * (DATA_PER_GROUP + 1), (g + 1) * (DATA_PER_GROUP + 1));
    const group = chunk.slice(0, DATA_PER_GROUP);
    if (checkChar(group) !== chunk.slice(DATA_PER_GROUP)) badGroups.push(g + 1);
    data += group;
  }
  if (badGroups.length > 0) return { ok: false, reason: 'checksum', badGroups };
  return { ok: true, key: fromBase32(data, RECOVERY_KEY_BYTES) };
}
