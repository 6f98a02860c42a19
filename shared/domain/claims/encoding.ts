// shared/ has no TextEncoder or Buffer in its type environment, so UTF-8 and base64 live here.

/** UTF-8 bytes of a string; a lone surrogate becomes U+FFFD. */
export function utf8Encode(text: string): Uint8Array {
  // At most 3 bytes per UTF-16 unit (a surrogate pair, 2 units, makes 4): one allocation.
  const bytes = new Uint8Array(text.length * 3);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      bytes[at++] = cp;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else cp = 0xfffd;
    } else if (cp >= 0xdc00 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x800) {
      bytes[at++] = 0xc0 | (cp >> 6);
      bytes[at++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      bytes[at++] = 0xe0 | (cp >> 12);
      bytes[at++] = 0x80 | ((cp >> 6) & 0x3f);
      bytes[at++] = 0x80 | (cp & 0x3f);
    } else {
      bytes[at++] = 0xf0 | (cp >> 18);
      bytes[at++] = 0x80 | ((cp >> 12) & 0x3f);
      bytes[at++] = 0x80 | ((cp >> 6) & 0x3f);
      bytes[at++] = 0x80 | (cp & 0x3f);
    }
  }
  return bytes.slice(0, at);
}

/** Decodes UTF-8; returns null on any malformed or overlong sequence rather than guessing. */
export function utf8Decode(bytes: Uint8Array): string | null {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let extra: number;
    if (b < 0x80) extra = 0;
    else if (b >= 0xc2 && b < 0xe0) extra = 1;
    else if (b >= 0xe0 && b < 0xf0) extra = 2;
    else if (b >= 0xf0 && b < 0xf5) extra = 3;
    else return null;
    if (i + extra >= bytes.length) return null;
    let cp = extra === 0 ? b : b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (next & 0x3f);
    }
    const min = [0, 0x80, 0x800, 0x10000][extra] ?? 0;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    out += String.fromCodePoint(cp);
    i += extra + 1;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (RFC 4648 §4), no line breaks. */
export function base64Encode(bytes: Uint8Array): string {
  // Joined in chunks: a claims file is tens of megabytes of base64.
  const chunks: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    chunk +=
      (ALPHABET[(n >> 18) & 63] ?? '') +
      (ALPHABET[(n >> 12) & 63] ?? '') +
      (i + 1 < bytes.length ? (ALPHABET[(n >> 6) & 63] ?? '') : '=') +
      (i + 2 < bytes.length ? (ALPHABET[n & 63] ?? '') : '=');
    if (chunk.length >= 8192) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  chunks.push(chunk);
  return chunks.join('');
}

/** Decodes padded base64, ignoring whitespace; null when the text is not base64. */
export function base64Decode(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((clean.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < clean.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const ch = clean[i + k] ?? '=';
      n = (n << 6) | (ch === '=' ? 0 : ALPHABET.indexOf(ch));
    }
    for (const shift of [16, 8, 0]) {
      if (at < bytes.length) bytes[at++] = (n >> shift) & 0xff;
    }
  }
  return bytes;
}

/** Base64 of a string's UTF-8 bytes. */
export function base64FromText(text: string): string {
  return base64Encode(utf8Encode(text));
}

/** The string inside base64-encoded UTF-8, or null when either layer is malformed. */
export function textFromBase64(base64: string): string | null {
  const bytes = base64Decode(base64);
  return bytes ? utf8Decode(bytes) : null;
}
