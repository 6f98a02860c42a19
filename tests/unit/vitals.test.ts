import { describe, expect, it } from 'vitest';
import {
  CHILD_USUAL_RANGES,
  VITAL_FIELDS,
  VITAL_RANGES,
  bmi,
  checkVitals,
  type Vitals,
} from '../../shared/domain/vitals';

const adult: Vitals = {
  pulse: 78,
  systolic: 130,
  diastolic: 80,
  temperatureC: 36.8,
  respiratoryRate: 18,
  spo2: 98,
  weightKg: 60,
  heightCm: 162,
};

describe('checkVitals', () => {
  it('accepts an ordinary adult and blank fields', () => {
    expect(checkVitals(adult)).toEqual({ errors: {}, warnings: {} });
    expect(checkVitals({})).toEqual({ errors: {}, warnings: {} });
    expect(checkVitals({ pulse: null, weightKg: undefined })).toEqual({ errors: {}, warnings: {} });
  });

  it('refuses impossible readings and says the possible range', () => {
    const { errors } = checkVitals({ ...adult, pulse: 400, temperatureC: 368, spo2: 101 });
    expect(errors.pulse).toEqual({
      key: 'clinical.vitals.impossible',
      params: { min: 20, max: 300 },
    });
    expect(errors.temperatureC?.key).toBe('clinical.vitals.impossible');
    expect(errors.spo2?.key).toBe('clinical.vitals.impossible');
  });

  it('flags unusual readings without refusing them', () => {
    const result = checkVitals({ ...adult, pulse: 130, spo2: 88, systolic: 190 });
    expect(result.errors).toEqual({});
    expect(result.warnings.pulse).toEqual({
      key: 'clinical.vitals.unusual',
      params: { min: 50, max: 120 },
    });
    expect(Object.keys(result.warnings).sort()).toEqual(['pulse', 'spo2', 'systolic']);
  });

  it('uses child ranges for young children', () => {
    const child = { pulse: 130, respiratoryRate: 35, weightKg: 12, heightCm: 88 };
    expect(checkVitals(child, { ageMonths: 24 })).toEqual({ errors: {}, warnings: {} });
    expect(Object.keys(checkVitals(child, { ageMonths: 240 }).warnings).sort()).toEqual([
      'heightCm',
      'pulse',
      'respiratoryRate',
      'weightKg',
    ]);
  });

  it('requires systolic above diastolic', () => {
    expect(checkVitals({ systolic: 80, diastolic: 90 }).errors.diastolic?.key).toBe(
      'clinical.vitals.diastolicAboveSystolic',
    );
    expect(checkVitals({ systolic: 90, diastolic: 90 }).errors.diastolic?.key).toBe(
      'clinical.vitals.diastolicAboveSystolic',
    );
    expect(checkVitals({ systolic: 120, diastolic: 80 }).errors).toEqual({});
  });

  it('refuses values that are not numbers', () => {
    expect(checkVitals({ pulse: Number.NaN }).errors.pulse?.key).toBe('clinical.vitals.notNumber');
  });

  it('requires a weight for a child under 72 months', () => {
    const missing = checkVitals({ pulse: 110 }, { ageMonths: 30 });
    expect(missing.errors.weightKg).toEqual({
      key: 'clinical.vitals.childWeightRequired',
      params: { months: 72 },
    });
    expect(checkVitals({ pulse: 110, weightKg: 13 }, { ageMonths: 30 }).errors).toEqual({});
    expect(checkVitals({ pulse: 80 }, { ageMonths: 72 }).errors).toEqual({});
    expect(checkVitals({}, { isUnder72Months: true }).errors.weightKg?.key).toBe(
      'clinical.vitals.childWeightRequired',
    );
  });

  it('has usual ranges inside possible ranges', () => {
    for (const field of VITAL_FIELDS) {
      const { possible, usual } = VITAL_RANGES[field];
      const child = CHILD_USUAL_RANGES[field] ?? usual;
      for (const range of [usual, child]) {
        expect(range.min, field).toBeGreaterThanOrEqual(possible.min);
        expect(range.max, field).toBeLessThanOrEqual(possible.max);
        expect(range.min, field).toBeLessThan(range.max);
      }
    }
  });
});

describe('bmi', () => {
  it('is weight over height squared, to one decimal', () => {
    expect(bmi(70, 175)).toBe(22.9);
    expect(bmi(50, 150)).toBe(22.2);
    expect(bmi(90, 160)).toBe(35.2);
  });

  it('is null without both measures', () => {
    expect(bmi(null, 170)).toBeNull();
    expect(bmi(60, undefined)).toBeNull();
    expect(bmi(0, 170)).toBeNull();
    expect(bmi(60, -1)).toBeNull();
  });
});
