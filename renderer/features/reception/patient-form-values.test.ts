import { describe, expect, it } from 'vitest';
import type { ParsedCardView, PatientView } from '../../../shared/api';
import {
  emptyPatientValues,
  formProblems,
  inputFromValues,
  needsGuardian,
  valuesFromPatient,
  valuesWithCard,
} from './patient-form-values';

const CCCD_SCAN: ParsedCardView = {
  kind: 'cccd',
  fields: {
    cccd: '001085123456',
    fullName: 'Nguyễn Văn An',
    birthDate: '1985-03-12',
    birthYear: 1985,
    sex: 'male',
    address: 'Tổ 3, Phường 12, Quận Gò Vấp, TP Hồ Chí Minh',
  },
  addressUnits: { provinceCode: '79', wardCode: '26882', street: 'Tổ 3' },
};

const BHYT_SCAN: ParsedCardView = {
  kind: 'bhyt',
  fields: {
    bhytCode: 'DN4010120878811',
    fullName: 'Nguyễn Văn An',
    birthYear: 1985,
    sex: 'male',
    facilityCode: '01001',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
  },
};

describe('the registration form and the API', () => {
  it('fills from a CCCD scan: identity, address placed among the 2025 units, insurance to check', () => {
    const values = valuesWithCard(emptyPatientValues(), CCCD_SCAN);
    expect(values).toMatchObject({
      fullName: 'Nguyễn Văn An',
      sex: 'male',
      birthDate: '1985-03-12',
      cccd: '001085123456',
      insuranceStatus: 'unverified',
      address: {
        text: 'Tổ 3, Phường 12, Quận Gò Vấp, TP Hồ Chí Minh',
        provinceCode: '79',
        wardCode: '26882',
        street: 'Tổ 3',
      },
    });
    expect(inputFromValues(values)).toMatchObject({
      birthDate: '1985-03-12',
      insuranceStatus: 'unverified',
      address: { wardCode: '26882' },
    });
    expect(inputFromValues(values).bhyt).toBeUndefined();
  });

  it('adds a BHYT card scanned after the CCCD, keeping the full birth date', () => {
    const values = valuesWithCard(valuesWithCard(emptyPatientValues(), CCCD_SCAN), BHYT_SCAN);
    expect(values.bhyt).toEqual({
      code: 'DN4010120878811',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      facilityCode: '01001',
      fiveYearDate: null,
    });
    expect(values.birthDate).toBe('1985-03-12');
    const input = inputFromValues(values);
    expect(input.bhyt).toMatchObject({ code: 'DN4010120878811', fiveYearDate: '' });
    expect(input.insuranceStatus).toBeUndefined();
  });

  it('round-trips a saved record through the form', () => {
    const patient: PatientView = {
      id: 7,
      code: '01001-2026-000007',
      fullName: 'Vũ Thị Lan',
      sex: 'female',
      birthYear: 1941,
      phone: '0912345678',
      insuranceStatus: 'none',
      address: { wardCode: '00004', provinceCode: '01', wardName: 'Phường Ba Đình' },
      nationalityCode: '040',
      occupationCode: '00000',
      allergies: { ingredients: ['Penicillin'] },
      guardian: { name: 'Vũ Văn Hải' },
      createdAt: '2026-11-26T02:00:00.000Z',
      updatedAt: '2026-11-26T02:00:00.000Z',
      visits: [],
    };
    const values = valuesFromPatient(patient);
    expect(values.birthYear).toBe(1941);
    expect(inputFromValues(values)).toEqual({
      fullName: 'Vũ Thị Lan',
      sex: 'female',
      birthYear: 1941,
      phone: '0912345678',
      cccd: '',
      insuranceStatus: 'none',
      address: { text: '', street: '', wardCode: '00004', provinceCode: '01', oldWardCode: '' },
      nationalityCode: '040',
      ethnicityCode: '',
      occupation: '',
      occupationCode: '00000',
      allergies: { text: '', ingredients: ['Penicillin'] },
      guardian: { name: 'Vũ Văn Hải', phone: '' },
      notes: '',
    });
  });

  it('asks for a guardian for small children only', () => {
    const child = { ...emptyPatientValues(), birthDate: '2022-05-01' };
    expect(needsGuardian(child, '2026-11-26', 72)).toBe(true);
    expect(needsGuardian({ ...child, birthDate: '2019-05-01' }, '2026-11-26', 72)).toBe(false);
    expect(needsGuardian(emptyPatientValues(), '2026-11-26', 72)).toBe(false);
  });
});

describe('the registration form finds every problem in one round', () => {
  const rules = { today: '2026-06-01', guardianUnderMonths: 72 };

  it('keeps an impossible date as typed and reports it with all the others', () => {
    const values = emptyPatientValues();
    values.birthDate = '31/02/1990';
    values.phone = '12345';
    values.cccd = '001085123456';
    values.bhyt = {
      code: 'XX123',
      validFrom: '2026-01-01',
      validTo: '30/02/2026',
      facilityCode: 'AB',
      fiveYearDate: null,
    };
    const problems = formProblems(values, rules);
    expect(Object.keys(problems).sort()).toEqual([
      'bhyt.code',
      'bhyt.facilityCode',
      'bhyt.validTo',
      'birthDate',
      'fullName',
      'phone',
      'sex',
    ]);
    expect(problems.birthDate).toEqual({ key: 'validation.date' });
    expect(problems['bhyt.validTo']).toEqual({ key: 'validation.date' });
    // The value is still what was typed: nothing was erased.
    expect(values.birthDate).toBe('31/02/1990');
  });

  it('checks the CCCD against the sex and birth year chosen, as the server does', () => {
    const values = emptyPatientValues();
    values.fullName = 'Trần Thị B';
    values.sex = 'female';
    values.birthDate = '1985-03-12';
    values.cccd = '001085123456';
    expect(formProblems(values, rules).cccd?.key).toMatch(/^patients\.cccd\./);
    values.sex = 'male';
    expect(formProblems(values, rules)).toEqual({});
  });

  it('asks for a guardian for a small child', () => {
    const values = emptyPatientValues();
    values.fullName = 'Bé Na';
    values.sex = 'female';
    values.birthDate = '2025-01-01';
    expect(formProblems(values, rules)['guardian.name']?.key).toBe('patients.guardian.required');
  });
});
