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
};

/**
 * Without a prefix, a burst is recognised after this many fast intervals in a row; the keys
 * before reach the field (the renderer snapshots it and restores it on a scan). People do not
 * type three keys in a row each under ~35 ms apart, so typing is never held back.
 */
export const FAST_RUN = 3;

export interface WedgeKeyEvent {
  /** KeyboardEvent.key. */
  key: string;
  /** KeyboardEvent.timeStamp, ms. */
  time: number;
  /**
   * Focus is in an editable field. Outside one, keys are held back from the first (nothing
   * could show them anyway); the renderer may re-dispatch a release or drop it.
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
  /** With a scan: keys reached the field before the burst was recognised; restore it. */
  restoreField?: true;
  /** Held-back keys that turned out to be typing: insert this text at the caret. */
  release?: string;
  /** A burst that was a scan but could not be read (hex errors, an IME in the way). */
  error?: LocalizedText;
}

export interface WedgeDetector {
  feed(event: WedgeKeyEvent): WedgeDecision;
  /** Call about maxGapMs after the last key: ends a stalled burst and releases its keys. */
  tick(now: number): WedgeDecision;
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
  leaked: boolean;
  holding: boolean;
  imeSeen: boolean;
}

const isCharacter = (key: string): boolean => [...key].length === 1;

/** A keyboard-wedge scan detector; the renderer feeds it every keydown at window level. */
export function createWedgeDetector(overrides: Partial<WedgeSettings> = {}): WedgeDetector {
  const settings: WedgeSettings = { ...DEFAULT_WEDGE_SETTINGS, ...overrides };
  let burst: Burst | null = null;

  const endAsTyping = (decision: WedgeDecision): WedgeDecision => {
    if (burst?.held) decision.release = (decision.release ?? '') + burst.held;
    burst = null;
    return decision;
  };

  const startBurst = (event: WedgeKeyEvent, prefixed: boolean): WedgeDecision => {
    const hold = prefixed || event.inTextField === false;
    burst = {
      chars: prefixed ? [] : [event.key],
      times: [event.time],
      held: hold && isCharacter(event.key) ? event.key : '',
      leaked: !hold,
      holding: hold,
      imeSeen: IME_KEYS.has(event.key),
    };
    return hold ? { swallow: true } : { swallow: false, snapshot: true };
  };

  const addKey = (b: Burst, event: WedgeKeyEvent): WedgeDecision => {
    b.chars.push(event.key);
    b.times.push(event.time);
    if (IME_KEYS.has(event.key)) b.imeSeen = true;
    if (!b.holding) {
      const recent = b.times.slice(-(FAST_RUN + 1));
      const fast =
        recent.length === FAST_RUN + 1 &&
        recent.every((t, i) => i === 0 || t - (recent[i - 1] ?? t) <= settings.maxAvgIntervalMs);
      b.holding = fast;
    }
    if (!b.holding) return { swallow: false };
    if (isCharacter(event.key)) b.held += event.key;
    return { swallow: true };
  };

  const finish = (b: Burst, event: WedgeKeyEvent): WedgeDecision => {
    const times = [...b.times, event.time];
    const first = times[0] ?? event.time;
    const average = (event.time - first) / Math.max(1, times.length - 1);
    const looksScanned =
      b.chars.length >= settings.minLength && average <= settings.maxAvgIntervalMs;
    if (!looksScanned) return endAsTyping({ swallow: false });
    burst = null;
    const decision: WedgeDecision = { swallow: true, ...(b.leaked && { restoreField: true }) };
    if (b.imeSeen) return { ...decision, error: { key: 'cards.scan.imeActive' } };
    const raw = b.chars.join('');
    if (!settings.hexMode) return { ...decision, scan: { text: raw, via: 'wedge' } };
    const decoded = decodeHexDump(raw);
    return decoded.ok
      ? { ...decision, scan: { text: decoded.value, via: 'wedge' } }
      : { ...decision, error: decoded.error };
  };

  const feed = (event: WedgeKeyEvent): WedgeDecision => {
    const pending: WedgeDecision = { swallow: false };
    if (burst && event.time - (burst.times.at(-1) ?? event.time) > settings.maxGapMs) {
      endAsTyping(pending);
    }
    const { key } = event;
    if (MODIFIERS.has(key)) return pending;
    const current = burst;
    if (current && key === settings.suffix) return { ...pending, ...finish(current, event) };
    const burstKey = !event.shortcut && (isCharacter(key) || IME_KEYS.has(key));
    if (current && burstKey) return { ...pending, ...addKey(current, event) };
    if (current) endAsTyping(pending);
    if (settings.prefix !== undefined) {
      return key === settings.prefix ? { ...pending, ...startBurst(event, true) } : pending;
    }
    return burstKey ? { ...pending, ...startBurst(event, false) } : pending;
  };

  return {
    feed,
    tick: (now) =>
      burst && now - (burst.times.at(-1) ?? now) > settings.maxGapMs
        ? endAsTyping({ swallow: false })
        : { swallow: false },
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
