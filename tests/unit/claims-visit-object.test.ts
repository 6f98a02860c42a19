import { describe, expect, it } from 'vitest';
import { VISIT_OBJECT_CODES } from '../../shared/domain/claims/code-lists';
import { visitObjectCode, type VisitObjectInput } from '../../shared/domain/claims/visit-object';

const here = { facilityCode: '01001', registeredFacility: '01001' };
const sameProvince = { facilityCode: '01001', registeredFacility: '01023' };
const otherProvince = { facilityCode: '01001', registeredFacility: '79024' };

// Each row: the situation, and the code the list (ma_doituong_kcb.md) gives it.
const TABLE: ReadonlyArray<[string, VisitObjectInput, string]> = [
  ['emergency, registered elsewhere', { ...otherProvince, emergency: true }, '2'],
  ['emergency beats HIV', { ...here, emergency: true, diagnosisCodes: ['B20'] }, '2'],
  ['HIV, registered here', { ...here, diagnosisCodes: ['I10', 'B20.1'] }, '1.9'],
  ['HIV, referred in', { ...otherProvince, referredIn: true, diagnosisCodes: ['B20'] }, '1.9'],
  ['HIV, self-referred: not on route', { ...sameProvince, diagnosisCodes: ['B20'] }, '1.2'],
  ['COVID-19, registered here', { ...here, diagnosisCodes: ['U07.1'] }, '1.10'],
  ['drugs by appointment', { ...sameProvince, drugsByAppointment: true }, '7.1'],
  ['registered at this station', { ...here, diagnosisCodes: ['I10'] }, '1.1'],
  ['temporary residence papers', { ...otherProvince, temporaryResidence: true }, '1.4'],
  ['newborn on a temporary card', { ...otherProvince, newbornTemporaryCard: true }, '1.7'],
  ['re-visit after a referral', { ...otherProvince, reExamAfterReferral: true }, '1.5'],
  ['referred in', { ...otherProvince, referredIn: true }, '1.3'],
  ['same province, primary level', sameProvince, '1.2'],
  [
    'same province, card at a hospital',
    { ...sameProvince, registeredAtPrimaryLevel: false },
    '3.3',
  ],
  ['another province', otherProvince, '3.3'],
];

describe('MA_DOITUONG_KCB', () => {
  it.each(TABLE)('%s → %s', (_situation, input, code) => {
    expect(visitObjectCode(input).code).toBe(code);
  });

  it('only ever gives codes of the list, never the old "3"', () => {
    for (const [, input] of TABLE) {
      expect(VISIT_OBJECT_CODES).toContain(visitObjectCode(input).code);
    }
    expect(VISIT_OBJECT_CODES).not.toContain('3');
  });
});
