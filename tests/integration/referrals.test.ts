import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/domain/dates';
import { periodContaining } from '../../shared/domain/reports/periods';
import { valueMap } from '../../shared/domain/reports/value-set';
import { expectError, expectOk } from '../helpers/backend';
import { examClinic, visitInExam } from '../helpers/exam';
import { makePatient } from '../helpers/patients';

const REFERRAL = {
  toFacilityCode: '01002',
  toFacilityName: 'Trung tâm Y tế khu vực Thuận Thành',
  reason: 'Đau ngực, cần điện tim và theo dõi',
};

describe('chuyển tuyến when the doctor finishes a visit', () => {
  it('is kept with the visit, shown on it and on the queue, audited, and counted', async () => {
    const clinic = await examClinic();
    const { asDoctor } = clinic;
    const patient = await makePatient(clinic.call);
    const visitId = await visitInExam(clinic, patient.id);
    expectOk(await asDoctor('visits.setDiagnoses', { visitId, primary: { code: 'I10' } }));

    const refused = expectError(
      await asDoctor('visits.finish', {
        visitId,
        referral: { toFacilityCode: '12', toFacilityName: '', reason: 'x' },
      }),
      'VALIDATION',
    );
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual([
      'referral.toFacilityCode',
      'referral.toFacilityName',
    ]);

    const finished = expectOk(await asDoctor('visits.finish', { visitId, referral: REFERRAL }));
    const at = clinic.clock().toISOString();
    expect(finished).toEqual({
      visitId,
      status: 'awaiting_payment',
      referral: { ...REFERRAL, referredAt: at },
    });
    expect(expectOk(await asDoctor('visits.get', { visitId })).referral).toEqual({
      ...REFERRAL,
      referredAt: at,
    });
    const queue = expectOk(await clinic.call('queue.today', {}));
    expect(queue.find((e) => e.visitId === visitId)?.referral).toEqual({
      toFacilityCode: '01002',
      toFacilityName: 'Trung tâm Y tế khu vực Thuận Thành',
    });
    const audit = expectOk(await clinic.call('audit.list', { action: 'visits.finish' })).entries;
    expect(audit[0]?.detail).toMatchObject({ referral: REFERRAL });

    const month = periodContaining('month', localDate(clinic.clock()));
    const report = expectOk(
      await clinic.call('reports.compute', { dataset: 'TT37-XA-THANG', period: month.id }),
    );
    const values = valueMap(report.dataValues);
    expect([values.get('KCB_LUOT'), values.get('KCB_CHUYEN')]).toEqual([1, 1]);
  });

  it('is absent when the patient is not sent on', async () => {
    const clinic = await examClinic();
    const patient = await makePatient(clinic.call);
    const visitId = await visitInExam(clinic, patient.id);
    expectOk(await clinic.asDoctor('visits.setDiagnoses', { visitId, primary: { code: 'J06.9' } }));
    const finished = expectOk(await clinic.asDoctor('visits.finish', { visitId }));
    expect(finished.referral).toBeUndefined();
    expect(expectOk(await clinic.asDoctor('visits.get', { visitId })).referral).toBeUndefined();
  });
});
