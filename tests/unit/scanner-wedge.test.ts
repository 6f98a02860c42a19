import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEDGE_SETTINGS,
  FAST_RUN,
  createWedgeDetector,
  decodeHexDump,
  type WedgeDecision,
  type WedgeDetector,
} from '../../shared/domain/scanner-wedge';

const CCCD_QR =
  '001090123456|012345678|Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021';
const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

/** Types `keys` starting at `start`, one every `interval` ms (or per-key intervals). */
function type(
  detector: WedgeDetector,
  keys: string[],
  interval: number | number[],
  options: { start?: number; inTextField?: boolean } = {},
): WedgeDecision[] {
  let time = options.start ?? 1000;
  return keys.map((key, i) => {
    if (i > 0) time += Array.isArray(interval) ? (interval[i - 1] ?? 0) : interval;
    return detector.feed({ key, time, inTextField: options.inTextField ?? true });
  });
}

const chars = (s: string): string[] => [...s];
const scans = (decisions: WedgeDecision[]) => decisions.flatMap((d) => (d.scan ? [d.scan] : []));
const swallowed = (decisions: WedgeDecision[]) => decisions.filter((d) => d.swallow).length;
const released = (decisions: WedgeDecision[]) => decisions.map((d) => d.release ?? '').join('');

describe('keyboard-wedge detection without a prefix', () => {
  it('takes a fast burst ending in Enter as a scan', () => {
    const decisions = type(createWedgeDetector(), [...chars('001090123456'), 'Enter'], 5);
    expect(decisions[0]).toEqual({ swallow: false, snapshot: true });
    // The first keys reach the field before the burst is recognised, then all are held back.
    expect(decisions.slice(0, FAST_RUN).every((d) => !d.swallow)).toBe(true);
    expect(decisions.slice(FAST_RUN).every((d) => d.swallow)).toBe(true);
    expect(decisions.at(-1)).toEqual({
      swallow: true,
      restoreField: true,
      scan: { text: '001090123456', via: 'wedge' },
    });
  });

  it('leaves typing alone, however long', () => {
    const decisions = type(
      createWedgeDetector(),
      [...chars('Nguyen Van An 0912345678'), 'Enter'],
      150,
    );
    expect(swallowed(decisions)).toBe(0);
    expect(scans(decisions)).toEqual([]);
    expect(released(decisions)).toBe('');
  });

  it('leaves fast typists alone: bursts of fast pairs are not a scan', () => {
    const rhythm = [30, 90, 25, 120, 20, 80, 30, 110, 25];
    const decisions = type(createWedgeDetector(), [...chars('nguyenvan'), 'Enter'], rhythm);
    expect(swallowed(decisions)).toBe(0);
    expect(scans(decisions)).toEqual([]);
  });

  it('gives back held keys when a fast burst is too short to be a code', () => {
    const decisions = type(createWedgeDetector(), [...chars('abcd'), 'Enter'], 5);
    expect(scans(decisions)).toEqual([]);
    expect(decisions.at(-1)).toEqual({ swallow: false, release: 'd' });
  });

  it('ends a burst at a long pause and gives the held keys back', () => {
    const detector = createWedgeDetector();
    const decisions = type(detector, chars('0010901'), 5);
    expect(swallowed(decisions)).toBe(4);
    expect(detector.tick(1000 + 6 * 5 + 50)).toEqual({ swallow: false });
    expect(detector.tick(1000 + 6 * 5 + 101)).toEqual({ swallow: false, release: '0901' });
    // The same happens when the next key comes late instead.
    const late = createWedgeDetector();
    type(late, chars('0010901'), 5);
    expect(late.feed({ key: 'x', time: 5000, inTextField: true })).toEqual({
      swallow: false,
      release: '0901',
      snapshot: true,
    });
  });

  it('ignores Shift between characters', () => {
    const keys = ['Shift', 'H', 'Shift', 'S', ...chars('4010120878811'), 'Enter'];
    const decisions = type(createWedgeDetector(), keys, 4);
    expect(scans(decisions)).toEqual([{ text: 'HS4010120878811', via: 'wedge' }]);
  });

  it('holds keys back from the first when focus is not in a text field', () => {
    const detector = createWedgeDetector();
    const fast = type(detector, [...chars('01001-2026-000123'), 'Enter'], 5, {
      inTextField: false,
    });
    expect(fast.every((d) => d.swallow)).toBe(true);
    expect(fast.at(-1)).toEqual({
      swallow: true,
      scan: { text: '01001-2026-000123', via: 'wedge' },
    });
    const slow = type(detector, chars('ab'), 300, { inTextField: false, start: 9000 });
    expect(slow[1]).toEqual({ swallow: true, release: 'a' });
  });

  it('never holds back shortcuts, and a shortcut ends a burst', () => {
    const detector = createWedgeDetector();
    const save = { key: 's', time: 1000, inTextField: false, shortcut: true };
    expect(detector.feed(save)).toEqual({ swallow: false });
    type(detector, chars('0010'), 5, { start: 2000 });
    expect(detector.feed({ key: 'v', time: 2020, inTextField: true, shortcut: true })).toEqual({
      swallow: false,
      release: '0',
    });
  });

  it('reports an input method in the way instead of a garbled scan', () => {
    const keys = [...Array<string>(14).fill('Process'), 'Enter'];
    expect(type(createWedgeDetector(), keys, 5).at(-1)).toMatchObject({
      swallow: true,
      error: { key: 'cards.scan.imeActive' },
    });
    // Vietnamese typed through the IME at human speed is just typing.
    const typed = type(createWedgeDetector(), keys, 150);
    expect(swallowed(typed)).toBe(0);
    expect(typed.some((d) => d.error)).toBe(false);
  });

  it('never holds back or scans human typing (every key more than 35 ms apart)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars('abcdeghiklmnopqrstuvxyđâêô0123456789 '), 'Backspace'), {
          maxLength: 40,
        }),
        fc.array(fc.integer({ min: DEFAULT_WEDGE_SETTINGS.maxAvgIntervalMs + 1, max: 600 }), {
          minLength: 41,
          maxLength: 41,
        }),
        (keys, rhythm) => {
          const decisions = type(createWedgeDetector(), [...keys, 'Enter'], rhythm);
          expect(swallowed(decisions)).toBe(0);
          expect(scans(decisions)).toEqual([]);
        },
      ),
    );
  });

  it('reads back any fast burst exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', minLength: DEFAULT_WEDGE_SETTINGS.minLength }),
        fc.integer({ min: 0, max: DEFAULT_WEDGE_SETTINGS.maxAvgIntervalMs }),
        (text, interval) => {
          const decisions = type(createWedgeDetector(), [...chars(text), 'Enter'], interval);
          expect(scans(decisions)).toEqual([{ text, via: 'wedge' }]);
        },
      ),
    );
  });
});

describe('keyboard-wedge detection with a prefix and suffix', () => {
  it('holds back everything from the prefix key to the suffix', () => {
    const detector = createWedgeDetector({ prefix: 'F8', suffix: 'Tab' });
    const decisions = type(detector, ['F8', ...chars('HS4010120878811'), 'Tab'], 8);
    expect(decisions.every((d) => d.swallow && !d.snapshot)).toBe(true);
    expect(decisions.at(-1)).toEqual({
      swallow: true,
      scan: { text: 'HS4010120878811', via: 'wedge' },
    });
  });

  it('ignores fast bursts without the prefix', () => {
    const detector = createWedgeDetector({ prefix: 'F8' });
    const decisions = type(detector, [...chars('HS4010120878811'), 'Enter'], 5);
    expect(swallowed(decisions)).toBe(0);
    expect(scans(decisions)).toEqual([]);
  });

  it('gives back a typed prefix character when typing follows', () => {
    const detector = createWedgeDetector({ prefix: '~' });
    expect(type(detector, ['~', 'a'], 300)).toEqual([
      { swallow: true },
      { swallow: false, release: '~' },
    ]);
    type(detector, ['~', 'a'], 50, { start: 9000 });
    expect(detector.tick(9200)).toEqual({ swallow: false, release: '~a' });
  });

  it('treats Enter as an ordinary key when the suffix is Tab', () => {
    const detector = createWedgeDetector({ suffix: 'Tab' });
    const decisions = type(detector, [...chars('001090123456'), 'Enter'], 5);
    expect(scans(decisions)).toEqual([]);
    expect(decisions.at(-1)).toEqual({ swallow: false, release: '090123456' });
  });
});

describe('hex mode', () => {
  it('decodes a hex-mode scan to the UTF-8 text the card holds', () => {
    const detector = createWedgeDetector({ hexMode: true });
    const decisions = type(detector, [...chars(hex(CCCD_QR).toUpperCase()), 'Enter'], 2);
    expect(scans(decisions)).toEqual([{ text: CCCD_QR, via: 'wedge' }]);
  });

  it('reports a broken hex scan', () => {
    const detector = createWedgeDetector({ hexMode: true });
    const decisions = type(detector, [...chars(hex(CCCD_QR).slice(1)), 'Enter'], 2);
    expect(decisions.at(-1)).toMatchObject({
      swallow: true,
      error: { key: 'cards.hex.oddLength' },
    });
  });
});

describe('decodeHexDump', () => {
  it('decodes UTF-8 in either case, with spaces between bytes', () => {
    expect(decodeHexDump(hex('Nguyễn Văn A'))).toEqual({ ok: true, value: 'Nguyễn Văn A' });
    expect(decodeHexDump('4E 67 75 79 E1 BB 85 6E')).toEqual({ ok: true, value: 'Nguyễn' });
  });

  it.each([
    ['', 'cards.hex.empty'],
    ['4e6', 'cards.hex.oddLength'],
    ['4e6g', 'cards.hex.invalidChar'],
    ['4eđ7', 'cards.hex.invalidChar'],
    ['c3', 'cards.hex.invalidUtf8'],
    ['ff', 'cards.hex.invalidUtf8'],
    ['eda080', 'cards.hex.invalidUtf8'],
  ])('refuses %j', (input, key) => {
    const result = decodeHexDump(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
  });

  it('names the stray character', () => {
    expect(decodeHexDump('4eđ7')).toEqual({
      ok: false,
      error: { key: 'cards.hex.invalidChar', params: { char: 'đ' } },
    });
  });

  it('decode ∘ encode is the identity for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const encoded = hex(s);
        const result = decodeHexDump(encoded);
        if (s === '') expect(result.ok).toBe(false);
        else expect(result).toEqual({ ok: true, value: s });
      }),
    );
  });
});
