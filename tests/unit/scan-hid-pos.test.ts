import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { HidPosDecoder, type ScanEvent } from '../../electron/devices/scan/hid-pos';

const CCCD =
  '001090123456|012345678|Nguyễn Văn Á|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021';

interface Recorded {
  gapMs: number;
  report: Uint8Array;
}

/** Reads tests/fixtures/hid/<name>.hex: "+<ms> <hex bytes>" per report, "#" comments. */
function fixture(name: string): Recorded[] {
  const text = fs.readFileSync(path.join(SOURCE_ROOT, 'tests/fixtures/hid', `${name}.hex`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('+'))
    .map((line) => {
      const [gap, ...bytes] = line.trim().split(/\s+/);
      return { gapMs: Number(gap), report: Uint8Array.from(bytes, (b) => parseInt(b, 16)) };
    });
}

/** Feeds reports with their recorded spacing through one decoder, as the device path does. */
function replay(
  recorded: Recorded[],
  decoder?: HidPosDecoder,
): { scans: ScanEvent[]; decoder: HidPosDecoder } {
  let now = 1_000_000;
  const used = decoder ?? new HidPosDecoder({ now: () => now });
  const scans: ScanEvent[] = [];
  for (const { gapMs, report } of recorded) {
    now += gapMs;
    const scan = used.feed(report);
    if (scan) scans.push(scan);
  }
  return { scans, decoder: used };
}

/** Builds reports from the HID POS layout, independently of the decoder under test. */
function reportsFor(data: Uint8Array, aim: string): Uint8Array[] {
  const reports: Uint8Array[] = [];
  for (let offset = 0; offset === 0 || offset < data.length; offset += 56) {
    const chunk = data.subarray(offset, offset + 56);
    const report = new Uint8Array(64);
    report.set([0x02, chunk.length, ...Buffer.from(aim, 'latin1')]);
    report.set(chunk, 5);
    report[63] = offset + 56 < data.length ? 1 : 0;
    reports.push(report);
  }
  return reports;
}

describe('HID POS reports', () => {
  it('decodes a single-report Code 128 scan and strips the AIM ID', () => {
    const { scans } = replay(fixture('single'));
    expect(scans).toEqual([{ text: '79001-2026-00042', symbology: ']C0', via: 'hid' }]);
  });

  it('joins a QR spread over three reports and answers only after the last', () => {
    const recorded = fixture('multi');
    expect(recorded).toHaveLength(3);
    const decoder = new HidPosDecoder();
    expect(decoder.feed(recorded[0]!.report)).toBeNull();
    expect(decoder.feed(recorded[1]!.report)).toBeNull();
    const scan = decoder.feed(recorded[2]!.report);
    expect(scan?.symbology).toBe(']Q1');
    expect(scan?.text).toMatch(/^000201.*6304A1B2$/);
    expect(scan?.text).toHaveLength(119);
  });

  it('keeps the Vietnamese of a CCCD QR intact although a letter straddles two reports', () => {
    const recorded = fixture('cccd');
    const { scans } = replay(recorded);
    expect(scans).toEqual([{ text: CCCD, symbology: ']Q1', via: 'hid' }]);
    // Decoding each report on its own would have broken "Phường" at the boundary.
    const first = recorded[0]!.report;
    expect(new TextDecoder().decode(first.subarray(5, 5 + first[1]!))).toContain('\ufffd');
  });

  it('ignores noise and keeps the one good scan among it', () => {
    const { scans, decoder } = replay(fixture('garbage'));
    expect(scans).toEqual([{ text: '8934588012228', symbology: ']E0', via: 'hid' }]);
    // Other report ID, length > 56, truncated, broken AIM, stale orphan, empty scan.
    expect(decoder.ignored).toBe(6);
  });

  it('does not glue a cut-off scan onto the next scan of the same symbology', () => {
    const multi = fixture('multi');
    const { scans } = replay([multi[0]!, { ...multi[0]!, gapMs: 1000 }, ...multi.slice(1)]);
    expect(scans).toHaveLength(1);
    expect(scans[0]!.text).toHaveLength(119);
  });

  it('strips an AIM prefix repeated in the data and a trailing Enter', () => {
    const decoder = new HidPosDecoder();
    const [report] = reportsFor(new TextEncoder().encode(']Q1TRAM-TEST\r\n'), ']Q1');
    expect(decoder.feed(report!)).toEqual({ text: 'TRAM-TEST', symbology: ']Q1', via: 'hid' });
  });

  it('accepts scanners that send no AIM ID', () => {
    const [report] = reportsFor(new TextEncoder().encode('8934588012228'), '\0\0\0');
    expect(new HidPosDecoder().feed(report!)).toEqual({ text: '8934588012228', via: 'hid' });
  });

  it('flags bytes that are not UTF-8 instead of passing them off as text', () => {
    const [report] = reportsFor(Uint8Array.of(0x4e, 0x67, 0xff, 0x79), ']Q1');
    expect(new HidPosDecoder().feed(report!)).toMatchObject({ text: 'Ng\ufffdy', malformed: true });
  });

  it('round-trips any text through any number of reports', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }), (value) => {
        const text = value.replace(/^[\r\n]+|[\r\n]+$/g, '');
        fc.pre(text.length > 0 && !text.startsWith(']Q1') && !text.startsWith('\ufeff'));
        const decoder = new HidPosDecoder();
        const reports = reportsFor(new TextEncoder().encode(text), ']Q1');
        const results = reports.map((r) => decoder.feed(r));
        expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
        expect(results.at(-1)).toEqual({ text, symbology: ']Q1', via: 'hid' });
      }),
    );
  });
});
