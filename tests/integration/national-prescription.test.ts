import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { expectError, expectOk, makeUser, minutes } from '../helpers/backend';
import { EXAM_DRUGS, eachMorning, examClinic, visitInExam } from '../helpers/exam';
import { BHYT_CODE, cccdFor, makePatient } from '../helpers/patients';
import { pdfText } from '../helpers/pdf';

describe('prescriptions for the national e-prescription system', () => {
  it('keeps each finished prescription in the outbox as the national JSON, never sent', async () => {
    const clinic = await examClinic();
    const { asDoctor, drugs, call, clock } = clinic;
    const patient = await makePatient(call, {
      fullName: 'Nguyễn Thị Hương Đào',
      sex: 'female',
      birthDate: '1958-04-30',
      cccd: cccdFor(1958, 'female', 4321),
      bhyt: { code: BHYT_CODE, validFrom: '2026-01-01', validTo: '2026-12-31' },
      address: { text: 'Số 12 đường Lê Lợi, phường Hòa Bình, tỉnh Phú Thọ' },
    });
    const visitId = await visitInExam(clinic, patient.id, 'bhyt');
    expectOk(await asDoctor('visits.recordVitals', { visitId, weightKg: 52.5 }));
    expectOk(
      await asDoctor('visits.setDiagnoses', {
        visitId,
        primary: { code: 'I10' },
        secondary: [{ code: 'E11', text: 'kiểm soát kém' }],
      }),
    );
    clock.advance(minutes(12) + 34_000);
    const saved = expectOk(
      await asDoctor('prescriptions.save', {
        visitId,
        items: [
          eachMorning(drugs.amlodipine),
          { drugId: drugs.metformin, dose: { morning: 1, evening: 1 }, days: 30, note: 'sau ăn' },
        ],
      }),
    );
    expect(saved.code).toMatch(/^01001A\d{6}-c$/);
    expectOk(
      await asDoctor('visits.saveNotes', {
        visitId,
        advice: 'Ăn nhạt, đo huyết áp hằng ngày.',
        reexamDate: '2026-12-26',
      }),
    );
    // Not in the outbox while the doctor may still change it.
    expect(expectOk(await call('claims.outbox', { kinds: ['prescription'] }))).toEqual([]);
    expectOk(await asDoctor('visits.finish', { visitId }));

    const payload = expectOk(
      await asDoctor('prescriptions.nationalPayload', { prescriptionId: saved.prescriptionId }),
    );
    // Worked out by hand from what the doctor wrote (QĐ 808 field names and formats).
    expect(payload).toEqual({
      ma_don_thuoc: saved.code,
      loai_don_thuoc: 'c',
      ho_ten_benh_nhan: 'Nguyễn Thị Hương Đào',
      ma_dinh_danh_cong_dan: cccdFor(1958, 'female', 4321),
      ngay_sinh_benh_nhan: '30/04/1958',
      can_nang: 52.5,
      gioi_tinh: 3,
      ma_so_the_bao_hiem_y_te: BHYT_CODE,
      dia_chi: 'Số 12 đường Lê Lợi, phường Hòa Bình, tỉnh Phú Thọ',
      chan_doan: [
        {
          ma_chan_doan: 'I10',
          ten_chan_doan: 'Bệnh lý tăng huyết áp',
          ket_luan: '',
        },
        {
          ma_chan_doan: 'E11',
          ten_chan_doan: 'Bệnh đái tháo đường không phụ thuộc insuline',
          ket_luan: 'kiểm soát kém',
        },
      ],
      thong_tin_don_thuoc: [
        {
          ma_thuoc: EXAM_DRUGS.amlodipine.code,
          biet_duoc: 'Amlodipin Stada',
          ten_thuoc: 'Amlodipin 5mg',
          don_vi_tinh: 'Viên',
          so_luong: 30,
          cach_dung: 'Uống sáng 01 viên, trong 30 ngày.',
        },
        {
          ma_thuoc: EXAM_DRUGS.metformin.code,
          biet_duoc: 'Glucofast 500',
          ten_thuoc: 'Metformin 500mg',
          don_vi_tinh: 'Viên',
          so_luong: 60,
          cach_dung: 'Uống sáng 01 viên, tối 01 viên, trong 30 ngày. Sau ăn.',
        },
      ],
      loi_dan: 'Ăn nhạt, đo huyết áp hằng ngày.',
      // Written on 26/11, back on 26/12: 30 days.
      ngay_tai_kham: 30,
      // 09:00 in Vietnam plus 12 min 34 s.
      ngay_gio_ke_don: '2026-11-26 09:12:34',
    });

    const [entry, ...others] = expectOk(await call('claims.outbox', { kinds: ['prescription'] }));
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'prescription',
      visitId,
      fullName: 'Nguyễn Thị Hương Đào',
      sentAt: null,
      problems: [],
      payload,
    });
  });

  it('gives narcotic drugs an "n" prescription, printed as such', async () => {
    const clinic = await examClinic();
    const { asDoctor, drugs, call } = clinic;
    expectOk(
      await call('catalog.drugs.save', { ...EXAM_DRUGS.codeine, id: drugs.codeine, rxType: 'n' }),
    );
    const patient = await makePatient(call, { address: { text: 'Thôn Đông, xã An Bình' } });
    const visitId = await visitInExam(clinic, patient.id);
    expectOk(await asDoctor('visits.setDiagnoses', { visitId, primary: { code: 'M54.5' } }));
    const first = expectOk(
      await asDoctor('prescriptions.save', { visitId, items: [eachMorning(drugs.amlodipine, 5)] }),
    );
    expect(first.code.endsWith('-c')).toBe(true);
    // Adding the narcotic keeps the number and changes the letter.
    const saved = expectOk(
      await asDoctor('prescriptions.save', {
        visitId,
        items: [
          eachMorning(drugs.amlodipine, 5),
          { drugId: drugs.codeine, dose: { evening: 1 }, days: 3 },
        ],
      }),
    );
    expect(saved.code).toBe(first.code.replace(/-c$/, '-n'));
    expectOk(await asDoctor('visits.finish', { visitId }));
    const national = expectOk(
      await asDoctor('prescriptions.nationalPayload', { prescriptionId: saved.prescriptionId }),
    );
    expect([national.ma_don_thuoc, national.loai_don_thuoc]).toEqual([saved.code, 'n']);
    const file = expectOk(await asDoctor('documents.prescription', { visitId }));
    const text = pdfText(Buffer.from(file.content, 'base64'));
    expect(text).toContain('ĐƠN THUỐC "N"');
    expect(text).toContain(`Mã đơn thuốc: ${saved.code}`);
  });

  it('says which field the national system would refuse, naming the patient', async () => {
    const clinic = await examClinic();
    const { asDoctor, drugs, call } = clinic;
    // No address on record: the national system requires dia_chi.
    const patient = await makePatient(call, { fullName: 'Trần Văn Bình' });
    const visitId = await visitInExam(clinic, patient.id);
    expectOk(await asDoctor('visits.setDiagnoses', { visitId, primary: { code: 'J02.9' } }));
    const saved = expectOk(
      await asDoctor('prescriptions.save', { visitId, items: [eachMorning(drugs.amoxicillin, 5)] }),
    );
    expectOk(await asDoctor('visits.finish', { visitId }));
    const refused = expectError(
      await asDoctor('prescriptions.nationalPayload', { prescriptionId: saved.prescriptionId }),
      'VALIDATION',
    );
    expect(refused.message).toBe(
      'Đơn thuốc chưa đủ thông tin cho Hệ thống đơn thuốc quốc gia: dia_chi.',
    );
    const admin = await makeUser(clinic.backend, clinic.adminToken, ['cashier']);
    const [entry] = expectOk(await call('claims.outbox', { kinds: ['prescription'] }, admin.token));
    expect(
      entry?.problems.map((p) =>
        [
          p.subject && translate('vi', p.subject.key, p.subject.params),
          translate('vi', p.key, p.params),
        ].join(': '),
      ),
    ).toEqual([
      `Đơn thuốc ${saved.code} của Trần Văn Bình: thiếu hoặc sai dia_chi theo Hệ thống đơn thuốc quốc gia`,
    ]);
    expect(
      expectError(
        await asDoctor('prescriptions.nationalPayload', { prescriptionId: 999 }),
        'NOT_FOUND',
      ).message,
    ).toBe('Lượt khám này chưa có đơn thuốc.');
  });
});
