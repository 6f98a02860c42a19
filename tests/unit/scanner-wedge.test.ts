import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEDGE_SETTINGS,
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
  it('takes a fast burst ending in Enter as a scan, and takes its keys back out of the field', () => {
    const decisions = type(createWedgeDetector(), [...chars('001090123456'), 'Enter'], 5);
    expect(decisions[0]).toEqual({ swallow: false, snapshot: true });
    // Every key reaches the field as typed; only the closing Enter is the scanner's.
    expect(decisions.slice(0, -1).every((d) => !d.swallow && !d.release)).toBe(true);
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

  it('lets a fast burst too short to be a code stay typing, Enter included', () => {
    const decisions = type(createWedgeDetector(), [...chars('abcd'), 'Enter'], 5);
    expect(scans(decisions)).toEqual([]);
    expect(decisions.every((d) => !d.swallow && !d.release && !d.restoreField)).toBe(true);
  });

  it('never delays, drops or reorders a key typed into a field, at any speed', () => {
    const keys = fc.constantFrom(
      ...chars('abcdeghiklmnopqrstuvxyđâêôễịữ0123456789 '),
      'Backspace',
      'Process',
      'Shift',
      'ArrowLeft',
    );
    fc.assert(
      fc.property(
        fc.array(keys, { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 60, maxLength: 60 }),
        (typed, rhythm) => {
          const detector = createWedgeDetector();
          const decisions = type(detector, typed, rhythm);
          decisions.push(detector.tick(1_000_000));
          // Without the suffix nothing is a scan: each key lands when it is pressed.
          for (const d of decisions) {
            expect(d.swallow).toBe(false);
            expect(d.release).toBeUndefined();
            expect(d.restoreField).toBeUndefined();
          }
        },
      ),
    );
  });

  it('ends a burst at a long pause; in a field nothing was held to give back', () => {
    const detector = createWedgeDetector();
    const decisions = type(detector, chars('0010901'), 5);
    expect(swallowed(decisions)).toBe(0);
    // Nothing waits on a timer: the next key, however late, starts afresh.
    expect(detector.deadline()).toBeNull();
    expect(detector.tick(1000 + 6 * 5 + 101)).toEqual({ swallow: false });
    expect(detector.feed({ key: 'x', time: 5000, inTextField: true })).toEqual({
      swallow: false,
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
    // A person's keys are given back as soon as the next key shows a person's pace.
    const slow = type(detector, chars('ab'), 300, { inTextField: false, start: 9000 });
    expect(slow[1]).toEqual({ swallow: true, release: 'a' });
    expect(detector.deadline()).toBe(9300 + DEFAULT_WEDGE_SETTINGS.maxAvgIntervalMs + 1);
    expect(detector.tick(9400)).toEqual({ swallow: false, release: 'b' });
  });

  it('never holds Space outside a field: it presses the focused checkbox or button', () => {
    const detector = createWedgeDetector();
    expect(detector.feed({ key: ' ', time: 1000, inTextField: false })).toEqual({
      swallow: false,
    });
    // A letter just before it is given back at once, and Space still goes through.
    expect(detector.feed({ key: 'x', time: 2000, inTextField: false })).toEqual({
      swallow: true,
    });
    expect(detector.feed({ key: ' ', time: 2060, inTextField: false })).toEqual({
      swallow: false,
      release: 'x',
    });
  });

  it('never holds back shortcuts, and a shortcut ends a burst', () => {
    const detector = createWedgeDetector();
    const save = { key: 's', time: 1000, inTextField: false, shortcut: true };
    expect(detector.feed(save)).toEqual({ swallow: false });
    type(detector, chars('0010'), 5, { start: 2000 });
    expect(detector.feed({ key: 'v', time: 2020, inTextField: true, shortcut: true })).toEqual({
      swallow: false,
    });
    expect(detector.deadline()).toBeNull();
  });

  it('reports an input method in the way instead of a garbled scan', () => {
    const keys = [...Array<string>(14).fill('Process'), 'Enter'];
    expect(type(createWedgeDetector(), keys, 5).at(-1)).toMatchObject({
      swallow: true,
      restoreField: true,
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
        fc.boolean(),
        (text, interval, inTextField) => {
          // Outside a field Space presses the focused control, so it cannot open a scan.
          fc.pre(inTextField || !text.startsWith(' '));
          const keys = [...chars(text), 'Enter'];
          const decisions = type(createWedgeDetector(), keys, interval, { inTextField });
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

  it('keeps a scan that stalls mid-code (an old, busy PC) as one scan', () => {
    const detector = createWedgeDetector({ prefix: 'F8', suffix: 'Tab' });
    const code = 'HS4010120878811';
    const rhythm = [8, 8, 8, 8, 450, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 900, 8];
    const keys = ['F8', ...chars(code), 'Tab'];
    const decisions: WedgeDecision[] = [];
    let time = 1000;
    keys.forEach((key, i) => {
      if (i > 0) time += rhythm[i - 1] ?? 8;
      // The page's timer fires during the stalls: they end nothing.
      decisions.push(detector.tick(time - 1));
      decisions.push(detector.feed({ key, time, inTextField: true }));
    });
    expect(decisions.every((d) => !d.error && !d.release)).toBe(true);
    expect(scans(decisions)).toEqual([{ text: code, via: 'wedge' }]);
  });

  it('gives up a framed scan that never ends, saying what it read', () => {
    const detector = createWedgeDetector({ prefix: 'F8' });
    type(detector, ['F8', ...chars('HS40101')], 8);
    const last = 1000 + 7 * 8;
    expect(detector.deadline()).toBe(last + DEFAULT_WEDGE_SETTINGS.scanTimeoutMs + 1);
    expect(detector.tick(last + 1000)).toEqual({ swallow: false });
    expect(detector.tick(last + DEFAULT_WEDGE_SETTINGS.scanTimeoutMs + 1)).toEqual({
      swallow: false,
      error: { key: 'scanner.incomplete', params: { count: 7 } },
      read: 'HS40101',
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
    expect(decisions.at(-1)).toEqual({ swallow: false });
  });
});

describe('hex mode', () => {
  it('decodes a hex-mode scan to the UTF-8 text the card holds', () => {
    const detector = createWedgeDetector({ hexMode: true });
    const decisions = type(detector, [...chars(hex(CCCD_QR).toUpperCase()), 'Enter'], 2);
    expect(scans(decisions)).toEqual([{ text: CCCD_QR, via: 'wedge' }]);
  });

  it('reports a broken hex scan with what it read', () => {
    const detector = createWedgeDetector({ hexMode: true });
    const broken = hex(CCCD_QR).slice(1);
    const decisions = type(detector, [...chars(broken), 'Enter'], 2);
    expect(decisions.at(-1)).toMatchObject({
      swallow: true,
      error: { key: 'cards.hex.oddLength' },
      read: `${broken.slice(0, 60)}…`,
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
