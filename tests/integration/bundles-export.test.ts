import { verifyAudit } from '../../electron/backend/audit/verify';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { createHash, createPublicKey, verify } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SIGNING_SEAL_FILE } from '../../electron/backend/keys/facility-key';
import { secretFilePath } from '../../electron/backend/keys/secret-file';
import { expectError, expectOk, tempDir } from '../helpers/backend';
import { stationWithJanuary } from '../helpers/bundles';
import { pdfText } from '../helpers/pdf';

/** DHIS2's dataValueSets JSON as its Web API documents it (idScheme=code). */
const dhis2DataValueSet = z.strictObject({
  dataSet: z.string(),
  period: z.string().regex(/^\d{6}$/),
  orgUnit: z.string(),
  completeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  dataValues: z.array(
    z.strictObject({
      dataElement: z.string(),
      categoryOptionCombo: z.string().optional(),
      value: z.string(),
    }),
  ),
});

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

describe('"Xuất ra USB" at a station', () => {
  it('makes a signed bundle of the submitted month that an outsider can check', async () => {
    const { call, backend } = await stationWithJanuary({ visits: 12 });
    const key = expectOk(await call('bundles.key', {}));
    const file = expectOk(
      await call('bundles.export', { dataset: 'TT37-XA-THANG', periods: ['202601'] }),
    );
    expect(file.fileName).toBe('01001_TT37-XA-THANG_202601_r1.tram');
    expect(file.bundles).toHaveLength(1);
    const bytes = Buffer.from(file.content, 'base64');
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(
      [
        'manifest.json',
        'manifest.sig',
        'report.pdf',
        'report.xlsx',
        'values.adx.xml',
        'values.json',
      ].sort(),
    );
    const manifestBytes = entries['manifest.json']!;
    const manifest = JSON.parse(Buffer.from(manifestBytes).toString()) as {
      [k: string]: unknown;
      files: { path: string; sha256: string; size: number }[];
    };
    expect(manifest).toMatchObject({
      format: 'tram-bundle',
      formatVersion: '1.0',
      facility: { code: '01001', name: 'Trạm Y tế xã An Bình', kind: 'station' },
      publicKey: key.publicKey,
      keyFingerprint: key.fingerprint,
      counter: 1,
      previousBundleHash: null,
      app: { name: 'Tram', version: '0.0.0-test' },
      definition: { code: 'TT37-XA-THANG', version: 1 },
      report: { dataset: 'TT37-XA-THANG', period: '202601', orgUnit: '01001', revision: 1 },
    });
    const head = manifest.auditHead as { id: number; hash: string };
    expect(head.id).toBeGreaterThan(0);
    // The chain head when it was made: the last audit entry before this call's own.
    const row = backend.services.sqlite
      .prepare('SELECT hash FROM audit_log WHERE id = ?')
      .get(head.id) as { hash: string };
    expect(head.hash).toBe(row.hash);
    expect(verifyAudit(backend.services.auditChain, backend.services.auditAnchors).ok).toBe(true);
    for (const entry of manifest.files) {
      expect(sha256(entries[entry.path]!)).toBe(entry.sha256);
    }
    // The signature, checked with node:crypto straight from the JWK of the published key.
    const publicKey = createPublicKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        x: Buffer.from(key.publicKey, 'base64').toString('base64url'),
      },
      format: 'jwk',
    });
    const signature = Buffer.from(
      Buffer.from(entries['manifest.sig']!).toString().trim(),
      'base64',
    );
    expect(verify(null, manifestBytes, publicKey, signature)).toBe(true);
    expect(file.bundles[0]?.hash).toBe(sha256(manifestBytes));

    const values = dhis2DataValueSet.parse(
      JSON.parse(Buffer.from(entries['values.json']!).toString()),
    );
    expect(values).toMatchObject({ dataSet: 'TT37-XA-THANG', period: '202601', orgUnit: '01001' });
    const value = (de: string, coc?: string) =>
      values.dataValues.find((v) => v.dataElement === de && v.categoryOptionCombo === coc)?.value;
    // 12 visits: 6 men, 6 women; every third insured (0,3,6,9); every fifth a child (0,5,10).
    expect([value('KCB_LUOT', 'NAM'), value('KCB_LUOT', 'NU')]).toEqual(['6', '6']);
    // Insured: visits 0, 3, 6, 9 (men 0 and 6); children: 0, 5, 10 (men 0 and 10).
    expect([value('KCB_BHYT', 'NAM'), value('KCB_BHYT', 'NU')]).toEqual(['2', '2']);
    expect([value('KCB_TE6', 'NAM'), value('KCB_TE6', 'NU')]).toEqual(['2', '1']);
    // DHIS2 adds the combos of a disaggregated row itself: no total is sent beside them.
    expect(value('KCB_LUOT')).toBeUndefined();
    expect(value('KCB_CHUYEN')).toBe('1');

    const adx = new DOMParser().parseFromString(
      Buffer.from(entries['values.adx.xml']!).toString(),
      'text/xml',
    );
    const group = adx.getElementsByTagName('group')[0];
    expect(group?.getAttribute('period')).toBe('2026-01-01/P1M');
    expect(adx.getElementsByTagName('dataValue').length).toBe(values.dataValues.length);

    const text = pdfText(entries['report.pdf']!);
    expect(text).toContain(`Khóa ký của đơn vị: ${key.fingerprint}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(entries['report.xlsx']!.slice().buffer);
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => cells.push(row.getCell(1).text));
    expect(cells).toContain(`Khóa ký của đơn vị: ${key.fingerprint}`);
  });

  it('gives the same values under a new counter when exported again, each listed with its hash', async () => {
    const { call } = await stationWithJanuary();
    const first = expectOk(
      await call('bundles.export', { dataset: 'TT37-XA-THANG', periods: ['202601'] }),
    );
    const again = expectOk(
      await call('bundles.export', { dataset: 'TT37-XA-THANG', periods: ['202601'] }),
    );
    const [a, b] = [first, again].map((f) => unzipSync(Buffer.from(f.content, 'base64')));
    expect(Buffer.from(b!['values.json']!).equals(Buffer.from(a!['values.json']!))).toBe(true);
    expect(again.bundles[0]).toMatchObject({
      counter: 2,
      revision: 1,
      previousHash: first.bundles[0]?.hash,
    });
    const listed = expectOk(await call('bundles.list', {}));
    expect(listed.map((l) => [l.counter, l.hash])).toEqual([
      [2, again.bundles[0]?.hash],
      [1, first.bundles[0]?.hash],
    ]);
    expect(listed[0]?.createdBy).toBe('Nguyễn Thị Hoa');
    const download = expectOk(await call('bundles.download', { id: listed[1]!.id }));
    expect(download.content).toBe(first.content);
  });

  it('puts several periods in one download and refuses one not submitted', async () => {
    const { call } = await stationWithJanuary({ periods: ['202601'] });
    const refused = expectError(
      await call('bundles.export', { dataset: 'TT37-XA-THANG', periods: ['202601', '202512'] }),
      'CONFLICT',
    );
    expect(refused.message).toBe(
      'Báo cáo TT37-XA-THANG kỳ 202512 chưa chốt số liệu, chưa xuất được.',
    );
    expect(expectOk(await call('bundles.list', {}))).toEqual([]);
    expectOk(await call('reports.submit', { dataset: 'TT37-XA-THANG', period: '202512' }));
    const both = expectOk(
      await call('bundles.export', { dataset: 'TT37-XA-THANG', periods: ['202512', '202601'] }),
    );
    expect(both.fileName).toBe('01001_TT37-XA-THANG_2-goi.zip');
    expect(Object.keys(unzipSync(Buffer.from(both.content, 'base64')))).toEqual([
      '01001_TT37-XA-THANG_202512_r1.tram',
      '01001_TT37-XA-THANG_202601_r1.tram',
    ]);
    expect(both.files.map((f) => f.fileName)).toEqual(both.bundles.map((b) => b.fileName));
    expect(both.bundles.map((b) => b.counter)).toEqual([1, 2]);
  });

  it('writes to a plugged-in drive and reads it back; refuses a path that is not one', async () => {
    const stick = tempDir('tram-usb-');
    const { call, backend } = await stationWithJanuary({
      drives: () =>
        Promise.resolve([{ path: stick, label: 'USB', sizeBytes: null, freeBytes: null }]),
    });
    const drives = expectOk(await call('bundles.drives', {}));
    expect(drives.map((d) => d.path)).toEqual([stick]);
    const done = expectOk(
      await call('bundles.export', {
        dataset: 'TT37-XA-THANG',
        periods: ['202601'],
        target: { kind: 'drive', path: stick },
      }),
    );
    const onStick = path.join(stick, '01001_TT37-XA-THANG_202601_r1.tram');
    expect(done.written).toEqual([
      { fileName: path.basename(onStick), path: onStick, size: done.bundles[0]?.size },
    ]);
    expect(fs.readFileSync(onStick).toString('base64')).toBe(done.content);
    expect(fs.readdirSync(stick)).toEqual([path.basename(onStick)]);

    const elsewhere = tempDir('tram-not-usb-');
    const refused = expectError(
      await call('bundles.export', {
        dataset: 'TT37-XA-THANG',
        periods: ['202601'],
        target: { kind: 'folder', path: elsewhere },
      }),
      'VALIDATION',
    );
    expect(refused.fieldErrors?.['target.path']).toContain('không phải ổ USB');
    expectError(await call('bundles.pickFolder', {}), 'CONFLICT');
    backend.setFolderPicker(() => Promise.resolve(elsewhere));
    expect(expectOk(await call('bundles.pickFolder', {}))).toEqual({ path: elsewhere });
    expectOk(
      await call('bundles.export', {
        dataset: 'TT37-XA-THANG',
        periods: ['202601'],
        target: { kind: 'folder', path: elsewhere },
      }),
    );
    expect(fs.readdirSync(elsewhere)).toEqual(['01001_TT37-XA-THANG_202601_r1.tram']);
  });

  it('records nothing when the stick cannot be written', async () => {
    // The stick is listed, then pulled before the write.
    const stick = path.join(tempDir('tram-usb-'), 'pulled');
    const { call, backend } = await stationWithJanuary({
      drives: () =>
        Promise.resolve([{ path: stick, label: 'USB', sizeBytes: null, freeBytes: null }]),
    });
    const failed = expectError(
      await call('bundles.export', {
        dataset: 'TT37-XA-THANG',
        periods: ['202601'],
        target: { kind: 'drive', path: stick },
      }),
      'CONFLICT',
    );
    expect(failed.messageKey).toBe('bundles.writeFailed');
    expect(failed.message).toContain('ENOENT');
    expect(
      backend.services.sqlite.prepare('SELECT count(*) AS n FROM bundle_exports').get(),
    ).toEqual({
      n: 0,
    });
  });

  it('keeps its exports append-only and refuses to sign without its key file', async () => {
    const dataDir = tempDir();
    const { call, backend } = await stationWithJanuary({ dataDir });
    expectOk(await call('bundles.export', { dataset: 'TT37-XA-THANG', periods: ['202601'] }));
    expect(() => backend.services.sqlite.exec('UPDATE bundle_exports SET revision = 9')).toThrow(
      /append-only/,
    );
    expect(() => backend.services.sqlite.exec('DELETE FROM bundle_exports')).toThrow(/append-only/);
    fs.rmSync(secretFilePath(dataDir, SIGNING_SEAL_FILE));
    const refused = expectError(
      await call('bundles.export', { dataset: 'TT37-XA-THANG', periods: ['202601'] }),
      'CONFLICT',
    );
    expect(refused.messageKey).toBe('bundles.keyUnavailable');
  });
});
