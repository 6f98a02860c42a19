/**
 * HID POS barcode scanners (USB HID usage page 0x8C). Each 64-byte input report:
 *   [0] report ID 0x02, [1] data length (≤ 56), [2..4] AIM symbology ID (e.g. "]Q1"),
 *   [5..60] data, [63] bit 0 set when more reports of the same scan follow.
 * A CCCD QR is longer than one report and its Vietnamese letters are multi-byte UTF-8 that
 * may straddle two reports, so reports are joined as bytes and decoded once at the end.
 */

export interface ScanEvent {
  text: string;
  /** The AIM symbology identifier, e.g. "]Q1" (QR), "]C0" (Code 128), "]E0" (EAN-13). */
  symbology?: string;
  via: 'hid' | 'serial';
  /** The bytes were not valid UTF-8; the text holds replacement characters. */
  malformed?: boolean;
}

export const HID_POS_USAGE_PAGE = 0x8c;
export const HID_POS_REPORT_ID = 0x02;
export const HID_POS_REPORT_SIZE = 64;
const DATA_OFFSET = 5;
const MAX_DATA = 56;

export interface HidPosDecoderOptions {
  /** A half-finished scan older than this is dropped rather than glued to the next one. */
  staleAfterMs?: number;
  /** Longest scan accepted; a CCCD QR is about 150 bytes. */
  maxBytes?: number;
  now?: () => number;
}

function isPrintable(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x21 && byte <= 0x7e;
}

/** "]Q1", or undefined when the scanner sends no AIM ID (all zero); null for garbage. */
function aimId(report: Uint8Array): string | undefined | null {
  const [a, b, c] = report.subarray(2, DATA_OFFSET);
  if (a === 0 && b === 0 && c === 0) return undefined;
  if (a !== 0x5d || !isPrintable(b) || !isPrintable(c)) return null;
  return String.fromCharCode(a, b!, c!);
}

/** Decodes UTF-8 strictly; falls back to replacement characters and says so. */
export function decodeUtf8(bytes: Uint8Array): { text: string; malformed: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), malformed: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), malformed: true };
  }
}

/** Pure decoder: feed it reports in order; it returns a scan when the last report arrives. */
export class HidPosDecoder {
  private parts: Uint8Array[] = [];
  private size = 0;
  private symbology: string | undefined;
  private lastAt = 0;
  private ignoredCount = 0;
  private readonly staleAfterMs: number;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(options: HidPosDecoderOptions = {}) {
    this.staleAfterMs = options.staleAfterMs ?? 500;
    this.maxBytes = options.maxBytes ?? 8192;
    this.now = options.now ?? Date.now;
  }

  /** Reports that were not a scan (other report IDs, bad lengths, broken or stale pieces). */
  get ignored(): number {
    return this.ignoredCount;
  }

  reset(): void {
    this.parts = [];
    this.size = 0;
    this.symbology = undefined;
  }

  private drop(): null {
    this.ignoredCount++;
    return null;
  }

  feed(report: Uint8Array): ScanEvent | null {
    const at = this.now();
    if (this.parts.length > 0 && at - this.lastAt > this.staleAfterMs) {
      this.reset();
      this.ignoredCount++;
    }
    this.lastAt = at;
    if (report.length !== HID_POS_REPORT_SIZE || report[0] !== HID_POS_REPORT_ID) {
      return this.drop();
    }
    const length = report[1] ?? 0;
    const symbology = aimId(report);
    if (length > MAX_DATA || symbology === null) return this.drop();
    const switched = symbology !== undefined && this.symbology !== undefined;
    if (this.parts.length > 0 && switched && symbology !== this.symbology) {
      // A different symbology cannot continue the scan in progress: that one was cut off.
      this.reset();
      this.ignoredCount++;
    }
    const more = ((report[HID_POS_REPORT_SIZE - 1] ?? 0) & 0x01) !== 0;
    if (this.parts.length === 0) this.symbology = symbology;
    this.parts.push(report.slice(DATA_OFFSET, DATA_OFFSET + length));
    this.size += length;
    if (this.size > this.maxBytes) {
      this.reset();
      return this.drop();
    }
    if (more) return null;
    return this.complete();
  }

  private complete(): ScanEvent | null {
    const bytes = new Uint8Array(this.size);
    let offset = 0;
    for (const part of this.parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    const symbology = this.symbology;
    this.reset();
    let body = bytes;
    // Scanners set to send the AIM ID as a prefix repeat it inside the data as well.
    if (symbology && new TextDecoder().decode(body.subarray(0, 3)) === symbology) {
      body = body.subarray(3);
    }
    let end = body.length;
    while (end > 0 && (body[end - 1] === 0x0d || body[end - 1] === 0x0a)) end--;
    if (end === 0) return this.drop();
    const { text, malformed } = decodeUtf8(body.subarray(0, end));
    return {
      text,
      via: 'hid',
      ...(symbology ? { symbology } : {}),
      ...(malformed ? { malformed } : {}),
    };
  }
}
