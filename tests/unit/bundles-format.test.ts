import { randomBytes } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../electron/backend/bundles/pack';
import { checkBundle, openBundle } from '../../electron/backend/bundles/verify';
import { verifySignature } from '../../electron/backend/keys/facility-key';
import {
  BUNDLE_LIMITS,
  bundleFileName,
  formatFingerprint,
  manifestSchema,
} from '../../shared/domain/bundles';
import { bundleFrom, makeSigner, makeStation, replaceFile, resign } from '../helpers/bundles';
import { entriesOf, rawZip } from '../helpers/raw-zip';

const station = makeStation('01001', 'Trạm Y tế xã An Bình');
const good = bundleFrom(station);

function reasonOf(bytes: Uint8Array, key = station.signer.publicKey): string {
  const opened = openBundle(bytes);
  if (!opened.ok) return opened.reason;
  const checked = checkBundle(opened, key);
  return checked.ok ? 'ok' : checked.reason;
}

describe('a bundle as the station makes it', () => {
  it('is a zip of a signed manifest and the files it lists, by their SHA-256', () => {
    expect(good.fileName).toBe('01001_TT37-XA-THANG_202601_r1.tram');
    const entries = unzipSync(good.bytes);
    expect(Object.keys(entries)).toEqual([
      'manifest.json',
      'manifest.sig',
      'values.json',
      'values.adx.xml',
      'report.pdf',
    ]);
    const manifestBytes = entries['manifest.json'] ?? new Uint8Array();
    const manifest = manifestSchema.parse(JSON.parse(Buffer.from(manifestBytes).toString()));
    expect(manifest).toMatchObject({
      format: 'tram-bundle',
      formatVersion: '1.0',
      facility: { code: '01001', name: 'Trạm Y tế xã An Bình', kind: 'station' },
      publicKey: station.signer.publicKey,
      counter: 1,
      previousBundleHash: null,
      report: { dataset: 'TT37-XA-THANG', period: '202601', orgUnit: '01001', revision: 1 },
      app: { name: 'Tram' },
    });
    for (const file of manifest.files) {
      const content = entries[file.path] ?? new Uint8Array();
      // An independent digest: node's createHash through another path, not the packer's.
      expect(file.sha256).toBe(sha256Hex(Buffer.from(content)));
      expect(file.size).toBe(content.length);
    }
    const signature = Buffer.from(
      Buffer.from(entries['manifest.sig'] ?? new Uint8Array())
        .toString()
        .trim(),
      'base64',
    );
    expect(signature).toHaveLength(64);
    expect(verifySignature(station.signer.publicKey, manifestBytes, signature)).toBe(true);
    expect(good.hash).toBe(sha256Hex(manifestBytes));
  });

  it('passes every check with the station key and fails with another', () => {
    expect(reasonOf(good.bytes)).toBe('ok');
    expect(reasonOf(good.bytes, makeSigner().publicKey)).toBe('badSignature');
  });

  it('names files and prints fingerprints as staff read them', () => {
    expect(bundleFileName('01001', 'TT37-XA-THANG', '2026Q1', 2)).toBe(
      '01001_TT37-XA-THANG_2026Q1_r2.tram',
    );
    expect(formatFingerprint('3f2a9c01'.repeat(8))).toBe('3F2A-9C01-3F2A-9C01-3F2A-9C01-3F2A-9C01');
  });
});

describe('each rejection, in the order the import checks', () => {
  const files = entriesOf(good.bytes);
  const rebuilt = (change: (entries: typeof files) => typeof files) => rawZip(change([...files]));

  it('refuses a file over the size limit before unzipping it', () => {
    expect(reasonOf(new Uint8Array(BUNDLE_LIMITS.fileBytes + 1))).toBe('tooLarge');
  });

  it('refuses what is not a zip, or a cut one', () => {
    expect(reasonOf(randomBytes(5000))).toBe('notAZip');
    expect(reasonOf(good.bytes.subarray(0, good.bytes.length - 30))).toBe('notAZip');
    expect(reasonOf(rebuilt((e) => [{ ...e[0]!, method: 12 }, ...e.slice(1)]))).toBe('notAZip');
  });

  it('refuses absolute, parent and folder paths', () => {
    for (const name of ['../values.json', '/etc/passwd', 'C:\\x', 'a/../../b', 'sub/values.json']) {
      expect(reasonOf(rebuilt((e) => [...e, { name, data: Buffer.from('x') }]))).toBe('unsafePath');
    }
  });

  it('refuses a name twice, too many entries, an entry over its limit, a zip bomb', () => {
    expect(reasonOf(rebuilt((e) => [...e, e[2]!]))).toBe('duplicateEntry');
    const extra = Array.from({ length: 4 }, (_, i) => ({
      name: `x${i}.txt`,
      data: Buffer.from('x'),
    }));
    expect(reasonOf(rebuilt((e) => [...e, ...extra]))).toBe('tooManyEntries');
    const bigManifest = {
      name: 'manifest.json',
      data: randomBytes(BUNDLE_LIMITS.manifestBytes + 1),
    };
    expect(reasonOf(rebuilt((e) => [bigManifest, ...e.slice(1)]))).toBe('entryTooLarge');
    const liar = { ...files[2]!, declaredSize: 4_000_000_000 };
    expect(reasonOf(rebuilt((e) => [e[0]!, e[1]!, liar]))).toBe('entryTooLarge');
    const bomb = { name: 'report.pdf', data: Buffer.alloc(8 * 1024 * 1024) };
    expect(reasonOf(rebuilt((e) => [...e.slice(0, 4), bomb]))).toBe('zipBomb');
  });

  it('refuses a bundle without its manifest or signature, or an unreadable manifest', () => {
    expect(reasonOf(rebuilt((e) => e.slice(1)))).toBe('missingEntry');
    expect(reasonOf(rebuilt((e) => [e[0]!, ...e.slice(2)]))).toBe('missingEntry');
    const notJson = { name: 'manifest.json', data: Buffer.from('{ "facility": ') };
    expect(reasonOf(rebuilt((e) => [notJson, ...e.slice(1)]))).toBe('manifestUnreadable');
    const noCode = { name: 'manifest.json', data: Buffer.from('{"publicKey":"x"}') };
    expect(reasonOf(rebuilt((e) => [noCode, ...e.slice(1)]))).toBe('manifestUnreadable');
  });

  it('refuses an edited manifest under the old signature, or a broken signature file', () => {
    const edited = Buffer.from(
      Buffer.from(files[0]!.data).toString().replace('"counter": 1', '"counter": 2'),
    );
    expect(reasonOf(rebuilt((e) => [{ name: 'manifest.json', data: edited }, ...e.slice(1)]))).toBe(
      'badSignature',
    );
    const junkSig = { name: 'manifest.sig', data: Buffer.from('not a signature') };
    expect(reasonOf(rebuilt((e) => [e[0]!, junkSig, ...e.slice(2)]))).toBe('badSignature');
  });

  it('refuses a changed file, a listed file missing, an unlisted file', () => {
    const values = Buffer.from(files[2]!.data).toString().replace('"120"', '"121"');
    expect(
      reasonOf(
        rebuilt((e) => [
          e[0]!,
          e[1]!,
          { name: 'values.json', data: Buffer.from(values) },
          ...e.slice(3),
        ]),
      ),
    ).toBe('hashMismatch');
    expect(reasonOf(rebuilt((e) => e.filter((x) => x.name !== 'report.pdf')))).toBe('missingEntry');
    // Extra files only count once the signature is known good: signed with the right key.
    const extra = resign(good.bytes, station.signer, (_m, f) =>
      f.set('notes.txt', Buffer.from('hi')),
    );
    expect(reasonOf(extra)).toBe('unexpectedEntry');
  });

  it('refuses another major format version, accepts a newer minor', () => {
    const v2 = resign(good.bytes, station.signer, (m) => {
      m.formatVersion = '2.0';
    });
    expect(reasonOf(v2)).toBe('formatVersion');
    const v11 = resign(good.bytes, station.signer, (m) => {
      m.formatVersion = '1.1';
      m.somethingNew = { added: 'later' };
    });
    expect(reasonOf(v11)).toBe('ok');
  });

  it('refuses a signed manifest with wrong or missing fields', () => {
    const edits: ((m: Record<string, unknown>) => void)[] = [
      (m) => delete m.bundleId,
      (m) => (m.counter = 0),
      (m) => (m.counter = '7'),
      (m) => ((m.report as Record<string, unknown>).orgUnit = '09999'),
      (m) => ((m.report as Record<string, unknown>).period = '2026NM'),
      (m) => (m.publicKey = makeSigner().publicKey),
      (m) => ((m.files as { role: string }[])[0]!.role = 'pdf'),
    ];
    for (const edit of edits) {
      expect(reasonOf(resign(good.bytes, station.signer, edit))).toBe('manifestInvalid');
    }
    // Files the manifest no longer lists are caught by the hash step, which comes first.
    const unlisted = resign(good.bytes, station.signer, (m) => (m.files = []));
    expect(reasonOf(unlisted)).toBe('unexpectedEntry');
    const withoutValues = resign(good.bytes, station.signer, (m, f) => {
      f.delete('values.json');
      m.files = m.files.filter((x) => x.role !== 'values');
    });
    expect(reasonOf(withoutValues)).toBe('manifestInvalid');
    const resized = resign(good.bytes, station.signer, (m, f) => {
      replaceFile(m, f, 'report.pdf', Buffer.from('%PDF-1.4 other'));
      m.files[2]!.size += 1;
    });
    expect(reasonOf(resized)).toBe('manifestInvalid');
  });

  it('reads a bundle zipped by another writer the same way', () => {
    const again = zipSync(Object.fromEntries(files.map((f) => [f.name, f.data])));
    expect(reasonOf(again)).toBe('ok');
  });
});
