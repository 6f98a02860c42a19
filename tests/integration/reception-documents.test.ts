import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import type { FileResult } from '../../shared/api';
import {
  expectError,
  expectOk,
  makeBackend,
  makeUser,
  setUpClinic,
  testClock,
} from '../helpers/backend';
import { makePatient } from '../helpers/patients';
import { pdfInfo, pdfText, pdfToPng } from '../helpers/pdf';
import { prepareZxingOffline } from '../helpers/zxing';

const OUT = path.join(SOURCE_ROOT, 'test-output', 'pdf');

beforeAll(prepareZxingOffline);

const bytesOf = (file: FileResult): Uint8Array => Buffer.from(file.content, 'base64');
const mmOf = (points: number): number => Math.round(((points * 25.4) / 72) * 10) / 10;

async function clinic() {
  const backend = makeBackend({ clock: testClock() });
  const { adminToken, call } = await setUpClinic(backend);
  const cashier = await makeUser(backend, adminToken, ['cashier']);
  const patient = await makePatient(call, {
    fullName: 'Nguyễn Thị Hương Đào',
    sex: 'female',
    birthDate: '1958-04-30',
  });
  return { call, patient, cashier };
}

describe('the patient card', () => {
  it('is a CR80 PDF with name, code and facility, whose QR and Code128 scan to the code', async () => {
    const { call, patient, cashier } = await clinic();
    const file = expectOk(await call('patients.card', { id: patient.id }, cashier.token));
    expect(file).toMatchObject({
      mimeType: 'application/pdf',
      fileName: `the-benh-nhan-${patient.code}.pdf`,
    });
    const bytes = bytesOf(file);
    const info = pdfInfo(bytes);
    expect([info.pages, mmOf(info.width), mmOf(info.height)]).toEqual([1, 85.6, 54]);
    const text = pdfText(bytes);
    for (const line of [
      'TRẠM Y TẾ XÃ AN BÌNH',
      'THẺ KHÁM BỆNH',
      'NGUYỄN THỊ HƯƠNG ĐÀO',
      patient.code,
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('Ngày sinh 30/04/1958 · Nữ');

    const png = pdfToPng(bytes, path.join(OUT, 'patient-card.png'), 300);
    const codes = await readBarcodes(new Uint8Array(readFileSync(png)), {
      formats: ['QRCode', 'Code128'],
    });
    expect(codes.map((c) => [c.format, c.text]).sort()).toEqual([
      ['Code128', patient.code],
      ['QRCode', patient.code],
    ]);
    const audit = expectOk(await call('audit.list', { action: 'patients.card' })).entries;
    expect(audit[0]).toMatchObject({ patientId: patient.id, username: cashier.username });
  });
});

describe('the queue ticket', () => {
  it.each([58, 80] as const)(
    'fits %i mm paper with number, name, time and facility',
    async (width) => {
      const { call, patient } = await clinic();
      const { visitId } = expectOk(
        await call('visits.create', { patientId: patient.id, kind: 'fee', priority: 'emergency' }),
      );
      const file = expectOk(await call('visits.ticket', { visitId, width }));
      const bytes = bytesOf(file);
      const info = pdfInfo(bytes);
      expect([info.pages, mmOf(info.width)]).toEqual([1, width]);
      expect(mmOf(info.height)).toBeLessThan(100);
      const text = pdfText(bytes);
      for (const line of [
        'TRẠM Y TẾ XÃ AN BÌNH',
        'SỐ THỨ TỰ KHÁM BỆNH',
        'NGUYỄN THỊ HƯƠNG ĐÀO',
        patient.code,
        'Khám thu phí · Cấp cứu',
        '26/11/2026 09:00',
      ]) {
        expect(text).toContain(line);
      }
      expect(text.split('\n').map((l) => l.trim())).toContain('1');
      pdfToPng(bytes, path.join(OUT, `queue-ticket-${width}.png`), 200);
    },
  );

  it('refuses other widths and unknown visits', async () => {
    const { call } = await clinic();
    expectError(await call('visits.ticket', { visitId: 1, width: 70 as 58 }), 'VALIDATION');
    expectError(await call('visits.ticket', { visitId: 999, width: 80 }), 'NOT_FOUND');
  });
});
