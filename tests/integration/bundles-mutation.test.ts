import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  districtTablesHash,
  makeSigner,
  makeStation,
  nextBundle,
  resign,
  SAMPLE_VALUES,
  setUpDistrict,
  bundleFrom,
} from '../helpers/bundles';
import { expectOk, makeBackend } from '../helpers/backend';
import { entriesOf, rawZip, type RawEntry } from '../helpers/raw-zip';

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

const flip = (data: Uint8Array, at: number, mask = 0xff): Buffer => {
  const copy = Buffer.from(data);
  copy[at] = (copy[at] ?? 0) ^ mask;
  return copy;
};

describe('a district fed 1,000+ damaged or forged copies of one good bundle', () => {
  it('refuses every one (or sees the same bundle again) and its tables do not change', async () => {
    const backend = makeBackend();
    const district = await setUpDistrict(backend);
    const station = makeStation('01001', 'Trạm Y tế xã An Bình');
    expect((await district.importBundle(nextBundle(station).bytes)).outcome).toBe(
      'pending-station',
    );
    expectOk(await district.call('stations.confirm', { code: '01001' }));
    const good = nextBundle(station, { revision: 2, values: { ...SAMPLE_VALUES, KCB_CHUYEN: 4 } });
    expect((await district.importBundle(good.bytes)).outcome).toBe('imported');

    const impostor = makeSigner();
    const entries = entriesOf(good.bytes);
    const variants: { kind: string; bytes: Uint8Array }[] = [];
    const add = (kind: string, bytes: Uint8Array) => variants.push({ kind, bytes });

    // Every byte of the file flipped, one at a time (zip headers, compressed data, directory).
    for (let at = 0; at < good.bytes.length; at++) {
      add('flipped zip byte', flip(good.bytes, at, 1 << (at % 8)));
    }
    // Bytes flipped inside each file, re-zipped so only the content differs.
    entries.forEach((entry, index) => {
      for (let n = 0; n < 25; n++) {
        const at = Math.floor((n / 25) * entry.data.length);
        const changed = entries.map((e, i) => (i === index ? { ...e, data: flip(e.data, at) } : e));
        add(`flipped byte in ${entry.name}`, rawZip(changed));
      }
    });
    for (let n = 0; n < 80; n++) {
      add('truncated', good.bytes.subarray(0, Math.floor((n / 80) * good.bytes.length)));
    }
    for (const order of permutations(entries)) add('reordered entries', rawZip(order));
    const extras: RawEntry[] = [
      { name: 'notes.txt', data: Buffer.from('ghi chú') },
      { name: '../manifest.json', data: entries[0]!.data },
      { name: '/etc/passwd', data: Buffer.from('x') },
      { name: 'C:\\Windows\\x.dll', data: Buffer.from('x') },
      { name: 'sub/../../x', data: Buffer.from('x') },
      { name: '..', data: Buffer.from('x') },
      { name: 'values.json', data: Buffer.from('{}') },
      { name: 'manifest.sig', data: entries[1]!.data },
      { name: 'report.xlsx', data: Buffer.from('PK') },
      { name: '.hidden', data: Buffer.from('x') },
    ];
    for (const extra of extras) add('extra entry', rawZip([...entries, extra]));
    for (const extra of extras) add('extra entry first', rawZip([extra, ...entries]));
    entries.forEach((_e, i) => add('missing entry', rawZip(entries.filter((_x, j) => j !== i))));

    const edits: [string, (m: Record<string, unknown>) => void][] = [
      ['counter', (m) => (m.counter = 99)],
      ['revision', (m) => ((m.report as { revision: number }).revision = 3)],
      ['period', (m) => ((m.report as { period: string }).period = '202602')],
      ['name', (m) => ((m.facility as { name: string }).name = 'Trạm khác')],
      ['previous hash', (m) => (m.previousBundleHash = 'f'.repeat(64))],
      ['bundle id', (m) => (m.bundleId = '8d6f5c2e-1b7a-4c3d-9e8f-0a1b2c3d4e5f')],
      ['format', (m) => (m.formatVersion = '2.0')],
      ['files', (m) => ((m.files as unknown[]).length = 1)],
      [
        'submitted',
        (m) => ((m.report as { submittedAt: string }).submittedAt = '2026-01-01T00:00:00.000Z'),
      ],
      ['nothing', () => undefined],
    ];
    for (const [name, edit] of edits) {
      add(`signed by another key (${name})`, resign(good.bytes, impostor, edit));
      add(
        `another key claiming the station's (${name})`,
        resign(good.bytes, impostor, (m) => {
          edit(m);
          m.publicKey = station.signer.publicKey;
        }),
      );
      // The manifest edited, the station's old signature kept.
      const manifest = JSON.parse(Buffer.from(entries[0]!.data).toString()) as Record<
        string,
        unknown
      >;
      edit(manifest);
      const edited = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      if (!edited.equals(Buffer.from(entries[0]!.data))) {
        add(
          `edited manifest, old signature (${name})`,
          rawZip([{ name: 'manifest.json', data: edited }, ...entries.slice(1)]),
        );
      }
    }
    for (const name of ['values.json', 'report.pdf', 'manifest.json']) {
      const bomb = { name, data: Buffer.alloc(8 * 1024 * 1024) };
      add('zip bomb', rawZip([...entries.filter((e) => e.name !== name), bomb]));
      add(
        'size that lies',
        rawZip(entries.map((e) => (e.name === name ? { ...e, declaredSize: 0xfffffff0 } : e))),
      );
    }
    for (let n = 0; n < 10; n++) add('replay', good.bytes);
    for (let n = 0; n < 5; n++) {
      // Genuine, signed by the station, but an older revision than the one held.
      add(
        'older revision',
        bundleFrom(station, {
          counter: 100 + n,
          previousBundleHash: randomBytes(32).toString('hex'),
        }).bytes,
      );
    }
    add('over 20 MB', Buffer.concat([good.bytes, randomBytes(20 * 1024 * 1024)]));

    expect(variants.length).toBeGreaterThanOrEqual(1000);
    const before = districtTablesHash(backend.services.sqlite);
    const outcomes = new Map<string, number>();
    const bad: string[] = [];
    for (const variant of variants) {
      const result = await district.importBundle(variant.bytes, 'bien-the.tram');
      const allowed =
        result.outcome === 'rejected' ||
        result.outcome === 'duplicate' ||
        (result.outcome === 'superseded' && variant.kind === 'older revision');
      if (!allowed) bad.push(`${variant.kind}: ${result.outcome}`);
      if (result.outcome === 'rejected') expect(result.reason).toMatch(/\S/);
      const key = `${result.outcome}${result.reasonCode ? `:${result.reasonCode}` : ''}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    expect(bad).toEqual([]);
    expect(districtTablesHash(backend.services.sqlite)).toBe(before);
    // Flips in bytes no check covers (a zip header's timestamp) leave the same bundle: a
    // duplicate. Everything else is refused; the spread shows each check did some of it.
    console.log(`[bundles-mutation] ${variants.length} variants:`, Object.fromEntries(outcomes));
    for (const reason of [
      'badSignature',
      'hashMismatch',
      'notAZip',
      'unsafePath',
      'keyMismatch',
      'zipBomb',
      'unexpectedEntry',
      'missingEntry',
      'tooLarge',
    ]) {
      expect(outcomes.get(`rejected:${reason}`) ?? 0).toBeGreaterThan(0);
    }
  }, 300_000);
});
