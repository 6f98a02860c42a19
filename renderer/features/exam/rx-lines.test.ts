import { describe, expect, it } from 'vitest';
import type { DrugView, PrescriptionReview } from '../../../shared/api';
import {
  DEFAULT_DAYS,
  checkable,
  issuesByLine,
  lineQuantity,
  lineUsage,
  newLine,
  rxDrugOf,
  rxInput,
} from './rx-lines';

const amlodipine: DrugView = {
  id: 7,
  code: '40.472',
  ingredient: 'Amlodipin',
  ingredients: [{ name: 'Amlodipin', strength: '5mg' }],
  name: 'Amlodipin Stada',
  strength: '5mg',
  dosageForm: 'Viên nén',
  unit: 'Viên',
  route: 'Uống',
  routeCode: '1.01',
  registrationNo: 'VD-21205-14',
  tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
  rxType: 'c',
  price: 1050,
  insuredPrice: 1050,
  insuranceRatio: 100,
  scope: 1,
  multiIngredient: false,
  active: true,
  updatedAt: '2026-11-26T02:00:00.000Z',
  claimWarnings: [],
};

describe('prescription lines as typed', () => {
  it('names the drug as printed and computes quantity and usage at once', () => {
    const drug = rxDrugOf(amlodipine);
    expect(drug.displayName).toBe('Amlodipin 5mg (Amlodipin Stada)');
    const line = { ...newLine(drug), dose: { morning: '1', noon: '', afternoon: '', evening: '' } };
    expect(line.days).toBe(DEFAULT_DAYS);
    expect(lineQuantity({ ...line, days: 30 })).toEqual({ ok: true, value: 30 });
    expect(lineUsage({ ...line, note: 'sau ăn' }, 'vi')).toBe('Sáng 1 viên, uống sau ăn');
  });

  it('copies the days of the line above and sends blank days as 0 for the server to refuse', () => {
    const first = { ...newLine(rxDrugOf(amlodipine)), days: 30 as const };
    const second = newLine(rxDrugOf(amlodipine), first);
    expect(second.days).toBe(30);
    expect(second.key).not.toBe(first.key);
    const blank = { ...second, days: '' as const };
    expect(checkable([first, blank])).toBe(false);
    expect(rxInput(3, [blank]).items[0]).toMatchObject({ drugId: 7, days: 0, note: null });
  });

  it('groups the review by line, whole-prescription findings under -1', () => {
    const review: PrescriptionReview = {
      items: [],
      errors: [
        { key: 'clinical.rx.childWeightRequired', params: { months: 72 } },
        { itemIndex: 1, key: 'clinical.rx.allergy', params: { line: 2, ingredient: 'X' } },
      ],
      warnings: [{ itemIndex: 1, key: 'clinical.rx.outOfBhytScope', params: { line: 2 } }],
      chronic: false,
      maxDays: 30,
    };
    const byLine = issuesByLine(review);
    expect(byLine.get(-1)?.errors.map((e) => e.key)).toEqual(['clinical.rx.childWeightRequired']);
    expect(byLine.get(1)).toEqual({ errors: [review.errors[1]], warnings: review.warnings });
    expect(byLine.get(0)).toBeUndefined();
  });
});
