import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api';
import { expectError, expectOk, minutes } from '../helpers/backend';
import { insertBatch } from '../helpers/clinical';
import { eachMorning, examClinic, visitInExam, type ExamClinic } from '../helpers/exam';
import { BHYT_CODE, makePatient, setVisitStatus } from '../helpers/patients';

type Items = InputOf<'prescriptions.save'>['items'];

async function adultInExam(
  clinic: ExamClinic,
  overrides: Partial<InputOf<'patients.create'>> = {},
  kind: 'fee' | 'bhyt' = 'fee',
): Promise<number> {
  const patient = await makePatient(clinic.call, overrides);
  return visitInExam(clinic, patient.id, kind);
}

const save = (clinic: ExamClinic, visitId: number, items: Items) =>
  clinic.asDoctor('prescriptions.save', { visitId, items });

describe('saving a prescription', () => {
  it('computes quantities and usage, gives a national code once and snapshots prices', async () => {
    const clinic = await examClinic();
    const { drugs } = clinic;
    const visitId = await adultInExam(clinic);
    const saved = expectOk(
      await save(clinic, visitId, [
        eachMorning(drugs.amlodipine),
        {
          drugId: drugs.paracetamol,
          dose: { morning: '1/2', afternoon: '½' },
          days: 5,
          note: 'sau ăn',
        },
        { drugId: drugs.metformin, dose: { morning: 1, evening: '1 1/2' }, days: 7 },
      ]),
    );
    expect(saved.code).toBe('01001A000001-c');
    expect(saved.warnings).toEqual([
      { itemIndex: 0, key: 'clinical.rx.overStock', params: { line: 1, quantity: 30, onHand: 0 } },
      { itemIndex: 1, key: 'clinical.rx.overStock', params: { line: 2, quantity: 5, onHand: 0 } },
      { itemIndex: 2, key: 'clinical.rx.overStock', params: { line: 3, quantity: 18, onHand: 0 } },
    ]);
    expect(saved.items.map((i) => [i.drugId, i.quantity, i.usage])).toEqual([
      [drugs.amlodipine, 30, 'Sáng 1 viên, uống'],
      [drugs.paracetamol, 5, 'Sáng 1/2 viên, chiều 1/2 viên, uống sau ăn'],
      [drugs.metformin, 18, 'Sáng 1 viên, tối 1 1/2 viên, uống'],
    ]);

    // Saved again: same code, lines replaced, the prices of the catalogue now.
    expectOk(
      await clinic.call('catalog.drugs.save', {
        ...(await clinic.call('catalog.drugs.get', { id: drugs.amlodipine }).then(expectOk)),
        price: 2000,
        insuredPrice: 1800,
      }),
    );
    const again = expectOk(
      await save(clinic, visitId, [{ ...eachMorning(drugs.amlodipine, 10), route: 'Ngậm' }]),
    );
    expect(again).toMatchObject({ code: saved.code, prescriptionId: saved.prescriptionId });
    const detail = expectOk(await clinic.asDoctor('visits.get', { visitId }));
    expect(detail.prescription?.items).toEqual([
      expect.objectContaining({
        displayName: 'Amlodipin 5mg (Amlodipin Stada)',
        dose: { morning: '1', noon: '', afternoon: '', evening: '' },
        quantity: 10,
        unit: 'Viên',
        route: 'Ngậm',
        usage: 'Sáng 1 viên, ngậm',
        unitPrice: 2000,
        insuredPrice: 1800,
      }),
    ]);

    // The next visit's prescription has the next number.
    const other = await adultInExam(clinic, { fullName: 'Phạm Thị Lan', sex: 'female' });
    expect(expectOk(await save(clinic, other, [eachMorning(drugs.amlodipine)])).code).toBe(
      '01001A000002-c',
    );
    expect(expectOk(await clinic.asDoctor('visits.get', { visitId })).previousPrescription).toBe(
      null,
    );
  });

  it("offers the patient's last prescription on the next visit, not another patient's", async () => {
    const clinic = await examClinic();
    const { drugs, asDoctor, clock } = clinic;
    const patient = await makePatient(clinic.call);
    const first = await visitInExam(clinic, patient.id);
    expectOk(await asDoctor('visits.setDiagnoses', { visitId: first, primary: { code: 'I10' } }));
    expectOk(await save(clinic, first, [eachMorning(drugs.amlodipine)]));
    expectOk(await asDoctor('visits.finish', { visitId: first }));
    setVisitStatus(clinic.backend, first, 'done');
    const stranger = await adultInExam(clinic, { fullName: 'Phạm Thị Lan', sex: 'female' });
    expectOk(await save(clinic, stranger, [eachMorning(drugs.metformin)]));

    // Back the same afternoon with the first visit settled.
    clock.advance(minutes(5 * 60));
    const again = await visitInExam(clinic, patient.id);
    const previous = expectOk(
      await asDoctor('visits.get', { visitId: again }),
    ).previousPrescription;
    expect(previous).toMatchObject({
      visitDate: '2026-11-26',
      code: '01001A000001-c',
      items: [{ drugId: drugs.amlodipine, quantity: 30, usage: 'Sáng 1 viên, uống' }],
    });
  });

  it('checks without saving, and a removed prescription leaves the visit without one', async () => {
    const clinic = await examClinic();
    const visitId = await adultInExam(clinic);
    const review = expectOk(
      await clinic.asDoctor('prescriptions.check', {
        visitId,
        items: [
          { drugId: clinic.drugs.paracetamol, dose: { morning: '2', evening: 'x' }, days: 3 },
        ],
      }),
    );
    expect(review).toMatchObject({
      items: [{ quantity: null, usage: 'Sáng 2 viên, tối x viên, uống', unit: 'Viên' }],
      errors: [
        {
          itemIndex: 0,
          key: 'clinical.dose.invalid',
          params: { value: 'x', line: 1 },
          path: 'items.0.dose.evening',
        },
      ],
      warnings: [],
      chronic: false,
      maxDays: 30,
    });
    expect(expectOk(await clinic.asDoctor('visits.get', { visitId })).prescription).toBeNull();

    expectOk(await save(clinic, visitId, [eachMorning(clinic.drugs.amlodipine)]));
    expectOk(await clinic.asDoctor('prescriptions.remove', { visitId }));
    expect(expectOk(await clinic.asDoctor('visits.get', { visitId })).prescription).toBeNull();
    expectOk(await clinic.asDoctor('visits.setDiagnoses', { visitId, primary: { code: 'I10' } }));
    expect(expectOk(await clinic.asDoctor('visits.finish', { visitId })).status).toBe(
      'awaiting_payment',
    );
  });
});

describe('the safety checks', () => {
  it('refuses a drug the patient is allergic to', async () => {
    const clinic = await examClinic();
    const visitId = await adultInExam(clinic, {
      allergies: { text: 'Dị ứng kháng sinh nhóm penicilin', ingredients: ['amoxicilin'] },
    });
    const refused = expectError(
      await save(clinic, visitId, [
        eachMorning(clinic.drugs.paracetamol, 3),
        { drugId: clinic.drugs.amoxicillin, dose: { morning: 1, evening: 1 }, days: 5 },
      ]),
      'VALIDATION',
    );
    expect(refused.message).toBe('Thuốc dòng 2: người bệnh dị ứng với Amoxicilin.');
    expect(refused.fieldErrors).toEqual({
      'items.1.drugId': 'Thuốc dòng 2: người bệnh dị ứng với Amoxicilin.',
    });
    expect(expectOk(await clinic.asDoctor('visits.get', { visitId })).prescription).toBeNull();
  });

  it('refuses the same active ingredient twice, also inside a combination', async () => {
    const clinic = await examClinic();
    const visitId = await adultInExam(clinic);
    const refused = expectError(
      await save(clinic, visitId, [
        eachMorning(clinic.drugs.paracetamol, 3),
        eachMorning(clinic.drugs.codeine, 3),
      ]),
      'VALIDATION',
    );
    expect(refused.message).toBe('Thuốc dòng 2 trùng hoạt chất Paracetamol với dòng 1.');
  });

  it('limits days to 30, or 90 for a chronic condition, as the settings say', async () => {
    const clinic = await examClinic();
    const { drugs, asDoctor } = clinic;
    const visitId = await adultInExam(clinic);
    const tooLong = expectError(
      await save(clinic, visitId, [eachMorning(drugs.amlodipine, 60)]),
      'VALIDATION',
    );
    expect(tooLong.message).toBe('Thuốc dòng 1: kê 60 ngày, tối đa 30 ngày.');
    expect(Object.keys(tooLong.fieldErrors ?? {})).toEqual(['items.0.days']);

    expectOk(
      await asDoctor('visits.setDiagnoses', {
        visitId,
        primary: { code: 'J06.9' },
        secondary: [{ code: 'I10' }],
      }),
    );
    expectOk(await save(clinic, visitId, [eachMorning(drugs.amlodipine, 60)]));
    expect(
      expectError(await save(clinic, visitId, [eachMorning(drugs.amlodipine, 91)]), 'VALIDATION')
        .message,
    ).toBe('Thuốc dòng 1: kê 91 ngày, bệnh mạn tính được kê tối đa 90 ngày.');

    // Without the chronic diagnosis, finishing checks the saved 60 days again and refuses.
    expectOk(await asDoctor('visits.setDiagnoses', { visitId, primary: { code: 'J06.9' } }));
    expect(expectError(await asDoctor('visits.finish', { visitId }), 'VALIDATION').message).toBe(
      'Thuốc dòng 1: kê 60 ngày, tối đa 30 ngày.',
    );

    // A station that lists J06 as chronic (a setting) may prescribe longer for it.
    expectOk(
      await clinic.call('settings.update', {
        clinical: { chronicIcdPrefixes: ['J06'], chronicMaxPrescriptionDays: 60 },
      }),
    );
    expect(expectOk(await asDoctor('visits.finish', { visitId })).status).toBe('awaiting_pharmacy');
  });

  it('refuses a child under 72 months without a weight', async () => {
    const clinic = await examClinic();
    const visitId = await adultInExam(clinic, {
      fullName: 'Lê Minh Khôi',
      birthDate: '2023-01-15',
      guardian: { name: 'Lê Thị Mai' },
    });
    const items = [
      { drugId: clinic.drugs.paracetamol, dose: { morning: '1/4', evening: '1/4' }, days: 3 },
    ];
    const refused = expectError(await save(clinic, visitId, items), 'VALIDATION');
    expect(refused.message).toBe('Trẻ dưới 72 tháng tuổi: phải ghi cân nặng trước khi kê đơn.');
    expectOk(await clinic.asDoctor('visits.recordVitals', { visitId, weightKg: 14 }));
    expect(expectOk(await save(clinic, visitId, items)).items[0]?.quantity).toBe(2);
  });

  it('warns when stock is short and when BHYT does not pay for a drug', async () => {
    const clinic = await examClinic();
    const { drugs, backend } = clinic;
    insertBatch(backend.services.sqlite, {
      drugId: drugs.amlodipine,
      lot: 'A1',
      expiry: '2027-06-30',
      quantity: 20,
    });
    insertBatch(backend.services.sqlite, {
      drugId: drugs.amlodipine,
      lot: 'A0',
      expiry: '2026-10-31',
      quantity: 50,
    });
    insertBatch(backend.services.sqlite, {
      drugId: drugs.vitaminC,
      lot: 'C1',
      expiry: '2027-01-31',
      quantity: 100,
    });
    const card = { code: BHYT_CODE, validFrom: '2026-01-01', validTo: '2026-12-31' };
    const visitId = await adultInExam(clinic, { bhyt: card }, 'bhyt');
    const saved = expectOk(
      await save(clinic, visitId, [eachMorning(drugs.amlodipine), eachMorning(drugs.vitaminC)]),
    );
    // The expired lot does not count.
    expect(saved.warnings).toEqual([
      { itemIndex: 0, key: 'clinical.rx.overStock', params: { line: 1, quantity: 30, onHand: 20 } },
      {
        itemIndex: 1,
        key: 'clinical.rx.outOfBhytScope',
        params: { line: 2 },
        path: 'items.1.drugId',
      },
    ]);
    const audit = expectOk(await clinic.call('audit.list', { action: 'prescriptions.save' }));
    expect(audit.entries[0]).toMatchObject({
      entity: 'prescription',
      entityId: saved.code,
      detail: { warnings: ['clinical.rx.overStock', 'clinical.rx.outOfBhytScope'] },
    });

    // The same drug on a fee-paying visit is no BHYT matter.
    const fee = await adultInExam(clinic, { fullName: 'Phạm Thị Lan', sex: 'female' });
    expect(expectOk(await save(clinic, fee, [eachMorning(drugs.vitaminC)])).warnings).toEqual([]);
  });

  it('refuses drugs taken out of use and doses that do not compute', async () => {
    const clinic = await examClinic();
    const { drugs, call } = clinic;
    const visitId = await adultInExam(clinic);
    const omeprazole = expectOk(await call('catalog.drugs.get', { id: drugs.omeprazole }));
    expectOk(await call('catalog.drugs.save', { ...omeprazole, active: false }));
    const refused = expectError(
      await save(clinic, visitId, [
        eachMorning(drugs.omeprazole),
        { drugId: drugs.paracetamol, dose: {}, days: 3 },
        { drugId: 99_999, dose: { morning: 1 }, days: 3 },
      ]),
      'VALIDATION',
    );
    expect(refused.fieldErrors).toEqual({
      'items.0.drugId': 'Thuốc dòng 1 (Omeprazol 20) đã ngừng sử dụng trong danh mục.',
      'items.1.dose.morning': 'Chưa có liều dùng cho buổi nào trong ngày.',
      'items.2.drugId': 'Thuốc dòng 3 không có trong danh mục.',
    });
    expect(expectError(await save(clinic, visitId, []), 'VALIDATION').message).toBe(
      'Đơn thuốc chưa có thuốc nào.',
    );
  });
});
