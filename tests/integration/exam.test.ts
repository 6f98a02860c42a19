import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api';
import { expectError, expectOk, makeUser, minutes } from '../helpers/backend';
import { eachMorning, examClinic, visitInExam } from '../helpers/exam';
import { makePatient } from '../helpers/patients';

describe('the worklist and taking patients', () => {
  it('takes the highest-priority waiting patient, then the next, and says when none wait', async () => {
    const clinic = await examClinic();
    const { call, asDoctor, doctor, clock } = clinic;
    const first = await makePatient(call);
    const elder = await makePatient(call, { fullName: 'Vũ Văn Thọ', birthDate: '1940-02-02' });
    const urgent = await makePatient(call, { fullName: 'Lê Văn Cấp', birthDate: '1990-05-05' });
    const a = expectOk(await call('visits.create', { patientId: first.id, kind: 'fee' }));
    clock.advance(minutes(2));
    const b = expectOk(await call('visits.create', { patientId: elder.id, kind: 'fee' }));
    const c = expectOk(
      await call('visits.create', { patientId: urgent.id, kind: 'fee', priority: 'emergency' }),
    );

    const taken = expectOk(await asDoctor('visits.next', {}));
    expect(taken).toEqual({ visitId: c.visitId, queueNumber: 3, fullName: 'Lê Văn Cấp' });
    expect(expectOk(await asDoctor('visits.next', {})).visitId).toBe(b.visitId);

    const list = expectOk(await asDoctor('visits.worklist', {}));
    // In queue order: the emergency, the elder, then the one still waiting.
    expect(list.map((e) => [e.queueNumber, e.status, e.mine, e.doctor?.fullName])).toEqual([
      [3, 'in_exam', true, 'Trần Văn Đức'],
      [2, 'in_exam', true, 'Trần Văn Đức'],
      [1, 'waiting', false, undefined],
    ]);
    expect(list[2]?.waitingMinutes).toBe(2);

    // A second doctor cannot take a patient already in another's room, only the waiting one.
    const other = await makeUser(clinic.backend, clinic.adminToken, ['doctor'], 'bacsi2');
    const refused = expectError(
      await call('visits.start', { visitId: b.visitId }, other.token),
      'CONFLICT',
    );
    expect(refused.message).toBe('Người bệnh đang được Trần Văn Đức khám.');
    expect(expectOk(await call('visits.next', {}, other.token)).visitId).toBe(a.visitId);
    const none = expectError(await asDoctor('visits.next', {}), 'NOT_FOUND');
    expect(none.message).toBe('Không còn người bệnh nào đang chờ khám.');

    // Taken by mistake: back to the queue, and the doctor's own visit can be taken again.
    expectOk(await asDoctor('visits.release', { visitId: c.visitId }));
    expect(expectOk(await asDoctor('visits.start', { visitId: c.visitId })).visitId).toBe(
      c.visitId,
    );
    expectOk(await asDoctor('visits.start', { visitId: c.visitId }));
    const mine = expectOk(await asDoctor('visits.get', { visitId: c.visitId }));
    expect(mine).toMatchObject({ status: 'in_exam', doctor: { id: doctor.id } });
  });

  it('lets only clinical staff in: nurses read and measure, only doctors examine', async () => {
    const clinic = await examClinic();
    const { call, backend, adminToken, nurse } = clinic;
    const cashier = await makeUser(backend, adminToken, ['cashier']);
    const patient = await makePatient(call);
    const { visitId } = expectOk(
      await call('visits.create', { patientId: patient.id, kind: 'fee' }),
    );
    expectError(await call('visits.get', { visitId }, cashier.token), 'FORBIDDEN');
    expectError(await call('visits.worklist', {}, cashier.token), 'FORBIDDEN');
    expectError(await call('visits.next', {}, nurse.token), 'FORBIDDEN');
    expectError(await call('visits.next', {}), 'FORBIDDEN');
    expectOk(await call('visits.worklist', {}, nurse.token));
    // The nurse measures while the patient waits; the doctor sees it in the worklist.
    expectOk(
      await call('visits.recordVitals', { visitId, systolic: 150, diastolic: 95 }, nurse.token),
    );
    expect(expectOk(await call('visits.worklist', {}, nurse.token))[0]?.hasVitals).toBe(true);
    expectOk(await call('visits.get', { visitId }, nurse.token));
    expectError(await call('prescriptions.save', { visitId, items: [] }, nurse.token), 'FORBIDDEN');
    // Reading a visit is a read of the patient's record: it is in the audit log, once a sitting.
    expectOk(await call('visits.get', { visitId }, nurse.token));
    const reads = async () =>
      expectOk(await call('audit.list', { action: 'visits.read' })).entries.filter(
        (e) => e.username === nurse.username,
      );
    expect(await reads()).toEqual([
      expect.objectContaining({ patientId: patient.id, entityId: String(visitId) }),
    ]);
    clinic.clock.advance(minutes(16));
    expectOk(await call('visits.get', { visitId }, nurse.token));
    expect(await reads()).toHaveLength(2);
  });
});

describe('vitals', () => {
  it('refuses impossible readings, flags unusual ones and computes BMI', async () => {
    const clinic = await examClinic();
    const patient = await makePatient(clinic.call);
    const visitId = await visitInExam(clinic, patient.id);
    const refused = expectError(
      await clinic.asDoctor('visits.recordVitals', {
        visitId,
        pulse: 80,
        systolic: 80,
        diastolic: 120,
        temperatureC: 53,
      }),
      'VALIDATION',
    );
    expect(refused.fieldErrors).toEqual({
      temperatureC: 'Giá trị không thể có. Nhập trong khoảng 25–45.',
      diastolic: 'Huyết áp tâm trương phải thấp hơn huyết áp tâm thu.',
    });
    const vitals = expectOk(
      await clinic.asDoctor('visits.recordVitals', {
        visitId,
        pulse: 78,
        systolic: 185,
        diastolic: 100,
        temperatureC: 36.8,
        spo2: 98,
        weightKg: 68,
        heightCm: 165,
      }),
    );
    expect(vitals).toMatchObject({ bmi: 25, systolic: 185, respiratoryRate: null });
    expect(vitals.warnings).toEqual({
      systolic: { key: 'clinical.vitals.unusual', params: { min: 80, max: 180 } },
    });
    const detail = expectOk(await clinic.asDoctor('visits.get', { visitId }));
    expect(detail.vitals).toEqual(vitals);
  });

  it('requires a weight under 72 months, and takes no vitals once the visit has left', async () => {
    const clinic = await examClinic();
    const child = await makePatient(clinic.call, {
      fullName: 'Lê Minh Khôi',
      birthDate: '2025-05-10',
      guardian: { name: 'Lê Thị Mai' },
    });
    const visitId = await visitInExam(clinic, child.id);
    const refused = expectError(
      await clinic.asDoctor('visits.recordVitals', { visitId, temperatureC: 38.5 }),
      'VALIDATION',
    );
    expect(refused.fieldErrors).toEqual({
      weightKg: 'Trẻ dưới 72 tháng tuổi phải có cân nặng.',
    });
    expectOk(await clinic.asDoctor('visits.recordVitals', { visitId, weightKg: 10.5 }));
    const detail = expectOk(await clinic.asDoctor('visits.get', { visitId }));
    expect(detail.patient).toMatchObject({
      age: { key: 'clinical.age.months', params: { months: 18 } },
      ageMonths: 18,
      isUnder72Months: true,
      guardian: { name: 'Lê Thị Mai' },
    });
    expectOk(await clinic.asDoctor('visits.setDiagnoses', { visitId, primary: { code: 'J06.9' } }));
    expectOk(await clinic.asDoctor('visits.finish', { visitId }));
    expect(
      expectError(
        await clinic.asDoctor('visits.recordVitals', { visitId, weightKg: 11 }),
        'CONFLICT',
      ).message,
    ).toBe('Lượt khám đã kết thúc hoặc đã hủy: không sửa được nữa.');
  });
});

describe('notes, diagnoses and orders', () => {
  it('keeps notes field by field and checks the re-exam date', async () => {
    const clinic = await examClinic();
    const patient = await makePatient(clinic.call);
    const visitId = await visitInExam(clinic, patient.id);
    expectOk(
      await clinic.asDoctor('visits.saveNotes', {
        visitId,
        complaint: 'Đau đầu, chóng mặt 3 ngày',
        history: 'Tăng huyết áp 5 năm',
      }),
    );
    const notes = expectOk(
      await clinic.asDoctor('visits.saveNotes', {
        visitId,
        history: '',
        advice: 'Ăn nhạt, tập thể dục',
        reexamDate: '2026-12-26',
      }),
    );
    expect(notes).toEqual({
      complaint: 'Đau đầu, chóng mặt 3 ngày',
      history: null,
      examination: null,
      conclusion: null,
      advice: 'Ăn nhạt, tập thể dục',
      reexamDate: '2026-12-26',
    });
    const late = expectError(
      await clinic.asDoctor('visits.saveNotes', { visitId, reexamDate: '2026-11-26' }),
      'VALIDATION',
    );
    expect(late.fieldErrors).toEqual({ reexamDate: 'Ngày tái khám phải sau ngày khám.' });
  });

  it('sets one primary and secondary ICD-10 codes, refusing unknown and repeated ones', async () => {
    const clinic = await examClinic();
    const patient = await makePatient(clinic.call);
    const visitId = await visitInExam(clinic, patient.id);
    const bad = expectError(
      await clinic.asDoctor('visits.setDiagnoses', {
        visitId,
        primary: { code: 'i10' },
        secondary: [{ code: 'A99.9' }, { code: 'I10' }],
      }),
      'VALIDATION',
    );
    expect(bad.fieldErrors).toEqual({
      'secondary.0.code': 'Mã bệnh A99.9 không có trong danh mục ICD-10.',
      'secondary.1.code': 'Mã bệnh I10 đã có trong chẩn đoán.',
    });
    const saved = expectOk(
      await clinic.asDoctor('visits.setDiagnoses', {
        visitId,
        primary: { code: 'i10', text: 'Tăng huyết áp độ 2' },
        secondary: [{ code: 'E11' }],
      }),
    );
    expect(saved.map((d) => [d.position, d.code, d.text])).toEqual([
      [0, 'I10', 'Tăng huyết áp độ 2'],
      [1, 'E11', null],
    ]);
    expect(saved[1]?.name).toMatch(/đái tháo đường/);
    const detail = expectOk(await clinic.asDoctor('visits.get', { visitId }));
    expect(detail).toMatchObject({ chronic: true, maxDays: 90 });
  });

  it("orders services at the day's price, records a result and cancels an order", async () => {
    const clinic = await examClinic();
    const patient = await makePatient(clinic.call);
    const visitId = await visitInExam(clinic, patient.id);
    const [glucose, exam] = await Promise.all(
      ['XN01', 'KB01'].map(
        async (q) => expectOk(await clinic.call('catalog.services.search', { q }))[0],
      ),
    );
    if (!glucose || !exam) throw new Error('starter services missing');
    // The exam fee came with taking the patient in.
    const orders = expectOk(
      await clinic.asDoctor('visits.orderServices', {
        visitId,
        services: [{ serviceId: glucose.id }],
      }),
    );
    expect(orders.map((o) => [o.code, o.unitPrice, o.insuredPrice, o.quantity])).toEqual([
      ['KB01', 30000, 30000, 1],
      ['XN01', 15000, 15000, 1],
    ]);
    for (const service of [glucose, exam]) {
      const again = expectError(
        await clinic.asDoctor('visits.orderServices', {
          visitId,
          services: [{ serviceId: service.id }],
        }),
        'VALIDATION',
      );
      expect(again.message).toMatch(/^Đã chỉ định /);
    }

    // A later price change does not rewrite what was ordered.
    expectOk(
      await clinic.call('catalog.services.save', { ...glucose, price: 99000, insuredPrice: 99000 }),
    );
    const glucoseOrder = orders[1];
    if (!glucoseOrder) throw new Error('no order');
    const resulted = expectOk(
      await clinic.call(
        'visits.setOrderResult',
        { orderId: glucoseOrder.orderId, result: '7,8 mmol/L' },
        clinic.nurse.token,
      ),
    );
    expect(resulted).toMatchObject({ result: '7,8 mmol/L', unitPrice: 15000 });
    expectError(
      await clinic.asDoctor('visits.cancelOrder', { orderId: glucoseOrder.orderId }),
      'CONFLICT',
    );
    expectOk(
      await clinic.asDoctor('visits.setOrderResult', { orderId: glucoseOrder.orderId, result: '' }),
    );
    const cancelled = expectOk(
      await clinic.asDoctor('visits.cancelOrder', { orderId: glucoseOrder.orderId }),
    );
    expect(cancelled.cancelledAt).toBe(clinic.clock().toISOString());
    // Cancelled, it may be ordered again.
    expectOk(
      await clinic.asDoctor('visits.orderServices', {
        visitId,
        services: [{ serviceId: glucose.id, quantity: 2 }],
      }),
    );
  });
});

describe('the exam fee', () => {
  it('is ordered when the doctor takes the patient in, once, and not again once waived', async () => {
    const clinic = await examClinic();
    const { asDoctor } = clinic;
    const patient = await makePatient(clinic.call);
    const visitId = await visitInExam(clinic, patient.id);
    const [fee] = expectOk(await asDoctor('visits.get', { visitId })).orders;
    expect(fee).toMatchObject({ code: 'KB01', category: 'exam', quantity: 1, cancelledAt: null });

    // Taken again (own visit) or sent back and taken again: still one fee.
    expectOk(await asDoctor('visits.start', { visitId }));
    expectOk(await asDoctor('visits.release', { visitId }));
    expectOk(await asDoctor('visits.start', { visitId }));
    expect(expectOk(await asDoctor('visits.get', { visitId })).orders).toHaveLength(1);

    // Waived by the doctor, it stays waived.
    expectOk(await asDoctor('visits.cancelOrder', { orderId: fee!.orderId }));
    expectOk(await asDoctor('visits.release', { visitId }));
    expectOk(await asDoctor('visits.start', { visitId }));
    const orders = expectOk(await asDoctor('visits.get', { visitId })).orders;
    expect(orders.map((o) => [o.code, o.cancelledAt !== null])).toEqual([['KB01', true]]);
  });

  it('is not ordered when the setting is empty or names no active service', async () => {
    const clinic = await examClinic();
    const patient = await makePatient(clinic.call);
    expectOk(await clinic.call('settings.update', { clinical: { examServiceCode: '' } }));
    const none = await visitInExam(clinic, patient.id);
    expect(expectOk(await clinic.asDoctor('visits.get', { visitId: none })).orders).toEqual([]);
    expectOk(await clinic.call('settings.update', { clinical: { examServiceCode: 'KHONGCO' } }));
    const other = await makePatient(clinic.call, { fullName: 'Lê Văn Tám' });
    const unknown = await visitInExam(clinic, other.id);
    expect(expectOk(await clinic.asDoctor('visits.get', { visitId: unknown })).orders).toEqual([]);
  });
});

describe('finishing the exam', () => {
  it('needs a primary diagnosis; with drugs to the pharmacy, without to the cashier', async () => {
    const clinic = await examClinic();
    const { asDoctor, drugs } = clinic;
    const a = await makePatient(clinic.call);
    const b = await makePatient(clinic.call, { fullName: 'Trần Thị Bích', sex: 'female' });
    const withDrugs = await visitInExam(clinic, a.id);
    const without = await visitInExam(clinic, b.id);

    const noDiagnosis = expectError(
      await asDoctor('visits.finish', { visitId: withDrugs }),
      'VALIDATION',
    );
    expect(noDiagnosis.message).toBe(
      'Chưa có chẩn đoán chính: nhập mã ICD-10 trước khi kết thúc khám.',
    );
    for (const visitId of [withDrugs, without]) {
      expectOk(await asDoctor('visits.setDiagnoses', { visitId, primary: { code: 'I10' } }));
    }
    const rx = expectOk(
      await asDoctor('prescriptions.save', {
        visitId: withDrugs,
        items: [eachMorning(drugs.amlodipine)],
      }),
    );
    expect(expectOk(await asDoctor('visits.finish', { visitId: withDrugs }))).toEqual({
      visitId: withDrugs,
      status: 'awaiting_pharmacy',
      prescriptionCode: rx.code,
    });
    expect(expectOk(await asDoctor('visits.finish', { visitId: without }))).toEqual({
      visitId: without,
      status: 'awaiting_payment',
    });
    const detail = expectOk(await asDoctor('visits.get', { visitId: withDrugs }));
    expect(detail.finishedAt).toBe(clinic.clock().toISOString());

    // Nothing is written after the exam.
    const late: Result<unknown>[] = [
      await asDoctor('visits.saveNotes', { visitId: withDrugs, advice: 'x' }),
      await asDoctor('visits.setDiagnoses', { visitId: withDrugs, primary: { code: 'E11' } }),
      await asDoctor('prescriptions.save', { visitId: withDrugs, items: [] }),
      await asDoctor('prescriptions.remove', { visitId: withDrugs }),
      await asDoctor('visits.finish', { visitId: withDrugs }),
      await asDoctor('visits.release', { visitId: withDrugs }),
    ];
    for (const result of late) expectError(result, 'CONFLICT');
    const audit = expectOk(await clinic.call('audit.list', { action: 'visits.finish' })).entries;
    expect(audit.map((e) => e.patientId).sort()).toEqual([a.id, b.id].sort());
  });
});
