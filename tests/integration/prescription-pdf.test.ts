import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import type { FileResult } from '../../shared/api';
import { expectError, expectOk, makeUser } from '../helpers/backend';
import { eachMorning, examClinic, visitInExam } from '../helpers/exam';
import { serve } from '../helpers/http';
import { BHYT_CODE, cccdFor, makePatient } from '../helpers/patients';
import { pdfInfo, pdfText, pdfToPng } from '../helpers/pdf';
import { prepareZxingOffline } from '../helpers/zxing';

const OUT = path.join(SOURCE_ROOT, 'test-output', 'pdf');

beforeAll(prepareZxingOffline);

const bytesOf = (file: FileResult): Uint8Array => Buffer.from(file.content, 'base64');
const mmOf = (points: number): number => Math.round((points * 25.4) / 72);
/** pdftotext -layout lines, spaces collapsed. */
const linesOf = (text: string): string[] =>
  text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());

describe('the printed prescription', () => {
  it('is an A5 page with patient, diagnoses, numbered drugs, advice and a QR of its code', async () => {
    const clinic = await examClinic();
    const { asDoctor, drugs, call } = clinic;
    expectOk(
      await call('settings.update', {
        facility: {
          name: 'Trạm Y tế xã An Bình',
          code: '01001',
          address: 'Thôn Đông, xã An Bình',
          phone: '0203 3812 345',
        },
      }),
    );
    const patient = await makePatient(call, {
      fullName: 'Nguyễn Thị Hương Đào',
      sex: 'female',
      birthDate: '1958-04-30',
      cccd: cccdFor(1958, 'female', 4321),
      bhyt: { code: BHYT_CODE, validFrom: '2026-01-01', validTo: '2026-12-31' },
      address: { text: 'Số 12 đường Lê Lợi, phường Hòa Bình, tỉnh Phú Thọ' },
    });
    const visitId = await visitInExam(clinic, patient.id, 'bhyt');
    expectOk(await asDoctor('visits.recordVitals', { visitId, systolic: 160, diastolic: 95 }));
    expectOk(
      await asDoctor('visits.setDiagnoses', {
        visitId,
        primary: { code: 'I10' },
        secondary: [{ code: 'E11', text: 'kiểm soát kém' }],
      }),
    );
    const saved = expectOk(
      await asDoctor('prescriptions.save', {
        visitId,
        items: [
          eachMorning(drugs.amlodipine),
          { drugId: drugs.metformin, dose: { morning: 1, afternoon: 1 }, days: 30, note: 'sau ăn' },
          { drugId: drugs.codeine, dose: { evening: '1/2' }, days: 5 },
        ],
      }),
    );
    expectOk(
      await asDoctor('visits.saveNotes', {
        visitId,
        advice: 'Ăn nhạt, hạn chế đồ ngọt, đo huyết áp hằng ngày.',
        reexamDate: '2026-12-26',
      }),
    );
    expectOk(await asDoctor('visits.finish', { visitId }));

    // The pharmacist prints it again from the pharmacy.
    const pharmacist = await makeUser(clinic.backend, clinic.adminToken, ['pharmacist']);
    const file = expectOk(await call('documents.prescription', { visitId }, pharmacist.token));
    expect(file).toMatchObject({
      mimeType: 'application/pdf',
      fileName: `don-thuoc-${saved.code}.pdf`,
    });
    const bytes = bytesOf(file);
    const info = pdfInfo(bytes);
    expect([info.pages, mmOf(info.width), mmOf(info.height)]).toEqual([1, 148, 210]);

    const lines = linesOf(pdfText(bytes));
    for (const expected of [
      'TRẠM Y TẾ XÃ AN BÌNH',
      'Thôn Đông, xã An Bình',
      'Điện thoại: 0203 3812 345',
      'Mã cơ sở KCB: 01001',
      'ĐƠN THUỐC',
      `Mã đơn thuốc: ${saved.code}`,
      'Họ và tên: NGUYỄN THỊ HƯƠNG ĐÀO Giới tính: Nữ',
      'Ngày sinh: 30/04/1958 (68 tuổi)',
      `Số định danh cá nhân/CCCD: ${cccdFor(1958, 'female', 4321)}`,
      `Mã thẻ BHYT: ${BHYT_CODE}`,
      'Địa chỉ: Số 12 đường Lê Lợi, phường Hòa Bình, tỉnh Phú Thọ',
      'Thuốc điều trị:',
      '1. Amlodipin 5mg (Amlodipin Stada) · Viên nén 30 Viên',
      'Uống sáng 01 viên, trong 30 ngày.',
      '2. Metformin 500mg (Glucofast) · Viên nén bao phim 60 Viên',
      // The note is a sentence of its own.
      'Uống sáng 01 viên, chiều 01 viên, trong 30 ngày. Sau ăn.',
      // Under 10: a leading zero.
      '3. Efferalgan Codeine 500mg + 30mg · Viên sủi 03 Viên',
      'Uống tối 1/2 viên, trong 05 ngày.',
      'Cộng khoản: 3',
      'Lời dặn: Ăn nhạt, hạn chế đồ ngọt, đo huyết áp hằng ngày.',
      'Ngày tái khám: 26/12/2026',
      'Ngày 26 tháng 11 năm 2026',
      'Bác sĩ/Y sĩ khám bệnh',
      'Trần Văn Đức',
      'Khám lại xin mang theo đơn này.',
    ]) {
      expect(lines).toContain(expected);
    }
    // The diagnosis line wraps on A5: check it as one text.
    expect(lines.join(' ')).toContain(
      'Chẩn đoán: I10 - Bệnh lý tăng huyết áp; E11 - Bệnh đái tháo đường không phụ thuộc insuline (kiểm soát kém)',
    );

    const png = pdfToPng(bytes, path.join(OUT, 'prescription.png'), 200);
    const codes = await readBarcodes(new Uint8Array(readFileSync(png)), { formats: ['QRCode'] });
    expect(codes.map((c) => c.text)).toEqual([saved.code]);

    const audit = expectOk(await call('audit.list', { action: 'documents.prescription' }));
    expect(audit.entries[0]).toMatchObject({
      patientId: patient.id,
      username: pharmacist.username,
      entityId: saved.code,
    });
  });

  it("gives a young child's age in months with weight and the accompanying adult", async () => {
    const clinic = await examClinic();
    const child = await makePatient(clinic.call, {
      fullName: 'Đặng Gia Bảo',
      birthDate: '2025-05-10',
      guardian: { name: 'Đặng Thị Ngọc Ánh', phone: '0912345678' },
    });
    const visitId = await visitInExam(clinic, child.id);
    expectOk(await clinic.asDoctor('visits.recordVitals', { visitId, weightKg: 10.5 }));
    expectOk(await clinic.asDoctor('visits.setDiagnoses', { visitId, primary: { code: 'J06.9' } }));
    expectOk(
      await clinic.asDoctor('prescriptions.save', {
        visitId,
        items: [
          { drugId: clinic.drugs.paracetamol, dose: { morning: '1/4', evening: '1/4' }, days: 3 },
        ],
      }),
    );
    const file = expectOk(await clinic.asDoctor('documents.prescription', { visitId }));
    const lines = linesOf(pdfText(bytesOf(file)));
    expect(lines).toContain('Ngày sinh: 10/05/2025 (18 tháng) Cân nặng: 10,5 kg');
    expect(lines).toContain('Họ tên bố/mẹ hoặc người đưa trẻ đến khám: Đặng Thị Ngọc Ánh');
    expect(lines).toContain('1. Paracetamol 500mg (Hapacol) · Viên nén 02 Viên');
    expect(lines).toContain('Uống sáng 1/4 viên, tối 1/4 viên, trong 03 ngày.');
    pdfToPng(bytesOf(file), path.join(OUT, 'prescription-child.png'), 100);

    // Over HTTP, the browser gets the PDF itself to open in a tab.
    const http = await serve(clinic.backend);
    const response = await http.post('documents.prescription', { visitId }, clinic.doctor.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('is not found for a visit without a prescription', async () => {
    const clinic = await examClinic();
    const patient = await makePatient(clinic.call);
    const visitId = await visitInExam(clinic, patient.id);
    expect(
      expectError(await clinic.asDoctor('documents.prescription', { visitId }), 'NOT_FOUND')
        .message,
    ).toBe('Lượt khám này chưa có đơn thuốc.');
  });
});
