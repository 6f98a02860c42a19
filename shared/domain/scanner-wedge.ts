import type { LocalizedText } from '../api/result';

// shared/ compiles without DOM or Node typings; every runtime Tram runs on has TextDecoder.
declare const TextDecoder: new (
  label: 'utf-8',
  options: { fatal: boolean; ignoreBOM: boolean },
) => { decode(input: Uint8Array): string };

export interface WedgeSettings {
  /** KeyboardEvent.key the scanner sends first ('F8', '§', …); without it, timing decides. */
  prefix?: string;
  /** KeyboardEvent.key that ends a scan: 'Enter' (most scanners), 'Tab' or a character. */
  suffix: string;
  /** A scan's keys arrive at most this far apart on average. */
  maxAvgIntervalMs: number;
  /** A pause longer than this ends a burst: whatever was held back is typing after all. */
  maxGapMs: number;
  /** Shorter bursts are typing (or a code too short to be one of ours). */
  minLength: number;
  /** The scanner sends each byte as two hex digits (keeps UTF-8 names intact). */
  hexMode: boolean;
  /**
   * With a prefix: how long a scan already under way may stall between two keys (an old,
   * busy PC) before it is given up as incomplete. The prefix and suffix frame it, so a stall
   * does not make it typing.
   */
  scanTimeoutMs: number;
}

/**
 * Common scanner defaults (HARDWARE.md): ≤ 30–50 ms per character, at least 6 characters.
 * Scanners send a character every few ms; 100 ms of silence means the burst is over.
 */
export const DEFAULT_WEDGE_SETTINGS: WedgeSettings = {
  suffix: 'Enter',
  maxAvgIntervalMs: 35,
  maxGapMs: 100,
  minLength: 6,
  hexMode: false,
  scanTimeoutMs: 1500,
};

/** The most of a failed scan a message quotes back. */
const QUOTED_CHARS = 60;

export interface WedgeKeyEvent {
  /** KeyboardEvent.key. */
  key: string;
  /** KeyboardEvent.timeStamp, ms. */
  time: number;
  /**
   * Focus is in an editable field. There keys are never held back: they land as typed, and a
   * burst that turns out to be a scan is taken back out of the field (restoreField).
   * Outside one, character keys are held back from the first (nothing could show them).
   */
  inTextField?: boolean;
  /** Ctrl, Alt or Meta was held: a shortcut, never scan data. */
  shortcut?: boolean;
}

export interface WedgeScan {
  text: string;
  via: 'wedge';
}

/** What the renderer does with one keydown. Several parts may be set at once. */
export interface WedgeDecision {
  /** preventDefault() and stopPropagation(): the key belongs to a scan in progress. */
  swallow: boolean;
  /** A possible burst starts with this key: remember the field's value before it lands. */
  snapshot?: true;
  /** A finished scan. */
  scan?: WedgeScan;
  /** With a scan or an error: keys reached the field before the burst was recognised. */
  restoreField?: true;
  /** Held-back keys that turned out to be typing: hand them on (outside a field). */
  release?: string;
  /** A burst that was a scan but could not be read (hex errors, an IME in the way, a stall). */
  error?: LocalizedText;
  /** With an error: what the scanner sent, as far as it could be read (for the message). */
  read?: string;
}

export interface WedgeDetector {
  feed(event: WedgeKeyEvent): WedgeDecision;
  /** Call at deadline(): ends a stalled burst (typing, or an incomplete scan). */
  tick(now: number): WedgeDecision;
  /** When tick() next has something to do, or null when no burst is under way. */
  deadline(): number | null;
  reset(): void;
}

const MODIFIERS = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'Fn',
]);
/** What Chromium reports for keys an input method is composing: the character is unknown. */
const IME_KEYS = new Set(['Process', 'Unidentified', 'Dead']);

interface Burst {
  chars: string[];
  times: number[];
  /** Characters held back so far (released if this was typing after all). */
  held: string;
  /** Keys reached a field (typing is never held back there). */
  leaked: boolean;
  /** Started by the configured prefix: keys are held and stalls are allowed once proven. */
  prefixed: boolean;
  /** Two keys came a scanner's interval apart (a person does not type that fast). */
  proven: boolean;
  imeSeen: boolean;
}

const isCharacter = (key: string): boolean => [...key].length === 1;

/** What a failed scan read, shortened for a message. */
export function quoteScan(text: string): string {
  const chars = [...text];
  return chars.length > QUOTED_CHARS ? `${chars.slice(0, QUOTED_CHARS).join('')}…` : text;
}

const quoted = (chars: readonly string[]): string => quoteScan(chars.filter(isCharacter).join(''));

/** A keyboard-wedge scan detector; the renderer feeds it every keydown at window level. */
export function createWedgeDetector(overrides: Partial<WedgeSettings> = {}): WedgeDetector {
  const settings: WedgeSettings = { ...DEFAULT_WEDGE_SETTINGS, ...overrides };
  let burst: Burst | null = null;

  /**
   * How long the burst may be silent before it ends. Keys held outside a field wait only a
   * scanner's interval until the burst has shown that speed, so a person's key is barely held.
   */
  const allowedGap = (b: Burst): number => {
    if (b.prefixed) return b.proven ? settings.scanTimeoutMs : settings.maxGapMs;
    if (!b.leaked && !b.proven) return settings.maxAvgIntervalMs;
    return settings.maxGapMs;
  };

  const endAsTyping = (decision: WedgeDecision): WedgeDecision => {
    if (burst?.held) decision.release = (decision.release ?? '') + burst.held;
    burst = null;
    return decision;
  };

  /** A framed scan that stopped before its suffix: say so, with what was read. */
  const incomplete = (decision: WedgeDecision, b: Burst): WedgeDecision => {
    burst = null;
    const read = quoted(b.chars);
    return {
      ...decision,
      error: { key: 'scanner.incomplete', params: { count: read.length } },
      read,
      ...(b.leaked && { restoreField: true }),
    };
  };

  /** Ends the burst in progress because of a pause or a key that is not scan data. */
  const interrupt = (decision: WedgeDecision): WedgeDecision =>
    burst?.prefixed && burst.proven ? incomplete(decision, burst) : endAsTyping(decision);

  const startBurst = (event: WedgeKeyEvent, prefixed: boolean): WedgeDecision => {
    const hold = prefixed || event.inTextField === false;
    burst = {
      chars: prefixed ? [] : [event.key],
      times: [event.time],
      held: hold && isCharacter(event.key) ? event.key : '',
      leaked: !hold,
      prefixed,
      proven: false,
      imeSeen: IME_KEYS.has(event.key),
    };
    return hold ? { swallow: true } : { swallow: false, snapshot: true };
  };

  const addKey = (b: Burst, event: WedgeKeyEvent): WedgeDecision => {
    const gap = event.time - (b.times.at(-1) ?? event.time);
    b.chars.push(event.key);
    b.times.push(event.time);
    if (IME_KEYS.has(event.key)) b.imeSeen = true;
    if (gap <= settings.maxAvgIntervalMs) b.proven = true;
    // In a field every key lands as typed: nothing is held, so nothing is delayed or reordered.
    if (b.leaked) return { swallow: false };
    if (isCharacter(event.key)) b.held += event.key;
    return { swallow: true };
  };

  const finish = (b: Burst, event: WedgeKeyEvent): WedgeDecision => {
    const read = b.chars.join('');
    if (b.prefixed) {
      // Framed by prefix and suffix: speed only has to show once, stalls are allowed.
      if (!b.proven || read === '') return endAsTyping({ swallow: false });
    } else {
      const first = b.times[0] ?? event.time;
      const average = (event.time - first) / Math.max(1, b.times.length);
      const looksScanned =
        b.chars.length >= settings.minLength && average <= settings.maxAvgIntervalMs;
      if (!looksScanned) return endAsTyping({ swallow: false });
    }
    burst = null;
    const decision: WedgeDecision = { swallow: true, ...(b.leaked && { restoreField: true }) };
    if (b.imeSeen) {
      return { ...decision, error: { key: 'cards.scan.imeActive' }, read: quoted(b.chars) };
    }
    if (!settings.hexMode) return { ...decision, scan: { text: read, via: 'wedge' } };
    const decoded = decodeHexDump(read);
    return decoded.ok
      ? { ...decision, scan: { text: decoded.value, via: 'wedge' } }
      : { ...decision, error: decoded.error, read: quoted(b.chars) };
  };

  const feed = (event: WedgeKeyEvent): WedgeDecision => {
    let pending: WedgeDecision = { swallow: false };
    if (burst && event.time - (burst.times.at(-1) ?? event.time) > allowedGap(burst)) {
      pending = interrupt(pending);
    }
    const { key } = event;
    if (MODIFIERS.has(key)) return pending;
    const current = burst;
    if (current && key === settings.suffix) return { ...pending, ...finish(current, event) };
    const burstKey = !event.shortcut && (isCharacter(key) || IME_KEYS.has(key));
    if (current && burstKey) return { ...pending, ...addKey(current, event) };
    if (current) pending = interrupt(pending);
    if (settings.prefix !== undefined) {
      return key === settings.prefix ? { ...pending, ...startBurst(event, true) } : pending;
    }
    // Space outside a field presses the focused control: it never starts a burst.
    const starts = burstKey && !(key === ' ' && event.inTextField === false);
    return starts ? { ...pending, ...startBurst(event, false) } : pending;
  };

  return {
    feed,
    tick: (now) =>
      burst && now - (burst.times.at(-1) ?? now) > allowedGap(burst)
        ? interrupt({ swallow: false })
        : { swallow: false },
    // A burst in a field holds nothing back: only the next key can end it, no timer needed.
    deadline: () =>
      burst && !(burst.leaked && !burst.prefixed)
        ? (burst.times.at(-1) ?? 0) + allowedGap(burst) + 1
        : null,
    reset: () => {
      burst = null;
    },
  };
}

export type HexDumpResult = { ok: true; value: string } | { ok: false; error: LocalizedText };

/**
 * Text from a scanner's hex mode (and BHYT QR name fields): pairs of hex digits, spaces
 * allowed between them, holding UTF-8. Fails on anything else rather than guessing.
 */
export function decodeHexDump(s: string): HexDumpResult {
  const hex = s.replace(/\s+/g, '');
  if (hex === '') return { ok: false, error: { key: 'cards.hex.empty' } };
  const bad = /[^0-9a-fA-F]/u.exec(hex);
  if (bad) return { ok: false, error: { key: 'cards.hex.invalidChar', params: { char: bad[0] } } };
  if (hex.length % 2 !== 0) return { ok: false, error: { key: 'cards.hex.oddLength' } };
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) {
    bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  }
  try {
    return {
      ok: true,
      value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
    };
  } catch {
    // A fatal decoder throws TypeError on bytes that are not UTF-8: a value, not a bug.
    return { ok: false, error: { key: 'cards.hex.invalidUtf8' } };
  }
}
