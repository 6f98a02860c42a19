import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CHRONIC_PRESCRIPTION_DAYS,
  MAX_PRESCRIPTION_DAYS,
  PRESCRIPTION_TYPES,
  CHRONIC_ICD_PREFIXES,
  checkPrescription,
  formatPrescriptionCode,
  isChronicDiagnosis,
  isInBhytScope,
  parsePrescriptionCode,
  nameWithStrength,
  prescriptionDisplayName,
  type PrescriptionCheckInput,
  type PrescriptionType,
} from '../../shared/domain/prescription';

function code(facility: string, sequence: number, type: PrescriptionType, series?: string): string {
  const result = formatPrescriptionCode(facility, sequence, type, series);
  if (!result.ok) throw new Error(`expected a code: ${result.error.key}`);
  return result.value;
}

describe('prescription code', () => {
  it('follows the national format: facility + 7 characters + "-" + type', () => {
    expect(code('01001', 123, 'c', 'R')).toBe('01001R000123-c');
    expect(code('79024', 1, 'n')).toBe('79024A000001-n');
    expect(code('01001', 999_999, 'y', 'Z')).toBe('01001Z999999-y');
  });

  it.each([
    ['0100', 1, 'A', 'clinical.rx.code.badFacility'],
    ['01o01', 1, 'A', 'clinical.rx.code.badFacility'],
    ['01001', 0, 'A', 'clinical.rx.code.badSequence'],
    ['01001', 1.5, 'A', 'clinical.rx.code.badSequence'],
    ['01001', 1_000_000, 'A', 'clinical.rx.code.exhausted'],
    ['01001', 1, 'ab', 'clinical.rx.code.badSeries'],
    ['01001', 1, 'a', 'clinical.rx.code.badSeries'],
  ] as const)('refuses %s / %d / series %s', (facility, sequence, series, key) => {
    const result = formatPrescriptionCode(facility, sequence, 'c', series);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
  });

  const facility = fc.stringMatching(/^[0-9A-Z]{5}$/);
  const series = fc.stringMatching(/^[0-9A-Z]$/);
  const sequence = fc.integer({ min: 1, max: 999_999 });
  const type = fc.constantFrom(...PRESCRIPTION_TYPES);

  it('reads back what it wrote, always 14 printable characters', () => {
    fc.assert(
      fc.property(facility, sequence, type, series, (f, n, t, s) => {
        const text = code(f, n, t, s);
        expect(text).toMatch(/^[0-9A-Z]{12}-[cnhy]$/);
        expect(parsePrescriptionCode(text)).toEqual({
          ok: true,
          value: { facilityCode: f, local: text.slice(5, 12), type: t, series: s, sequence: n },
        });
      }),
    );
  });

  it('gives different codes for different sequences or series of one facility', () => {
    fc.assert(
      fc.property(sequence, sequence, series, series, type, (n1, n2, s1, s2, t) => {
        fc.pre(n1 !== n2 || s1 !== s2);
        expect(code('01001', n1, t, s1)).not.toBe(code('01001', n2, t, s2));
      }),
    );
  });

  it("reads other facilities' codes and tolerates case and spaces", () => {
    expect(parsePrescriptionCode('79024ABC1234-n')).toEqual({
      ok: true,
      value: { facilityCode: '79024', local: 'ABC1234', type: 'n', series: null, sequence: null },
    });
    const typed = parsePrescriptionCode(' 01001r000123-C ');
    expect(typed.ok && typed.value).toMatchObject({
      facilityCode: '01001',
      sequence: 123,
      type: 'c',
    });
  });

  it.each(['01001R00012-c', '01001R000123-x', '01001R000123c', '', '01001R0001234-c'])(
    'refuses %j',
    (text) => {
      const result = parsePrescriptionCode(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.key).toBe('clinical.rx.code.invalid');
    },
  );
});

type Item = PrescriptionCheckInput['items'][number];

const item = (over: Partial<Item> = {}): Item => ({
  drugId: 1,
  ingredients: ['Amlodipin'],
  days: 30,
  quantity: 30,
  onHand: 500,
  inBhytScope: true,
  ...over,
});

function check(
  items: Item[],
  patient: Partial<PrescriptionCheckInput['patient']> = {},
  chronic = false,
): ReturnType<typeof checkPrescription> {
  return checkPrescription({
    patient: { allergyIngredients: [], isBhyt: true, ...patient },
    items,
    limits: {
      maxDays: MAX_PRESCRIPTION_DAYS,
      chronicMaxDays: MAX_CHRONIC_PRESCRIPTION_DAYS,
      chronic,
    },
  });
}

describe('checkPrescription', () => {
  it('passes an ordinary prescription', () => {
    const result = check([item(), item({ drugId: 2, ingredients: ['Metformin'], quantity: 60 })]);
    expect(result).toEqual({ errors: [], warnings: [] });
  });

  it('refuses an empty prescription', () => {
    expect(check([]).errors).toEqual([{ key: 'clinical.rx.noItems' }]);
  });

  it('refuses an ingredient the patient is allergic to, whatever the accents and case', () => {
    const result = check(
      [item(), item({ drugId: 2, ingredients: ['Amoxicillin trihydrat', 'Acid clavulanic'] })],
      { allergyIngredients: ['AMOXICILLIN'] },
    );
    expect(result.errors).toEqual([
      {
        itemIndex: 1,
        key: 'clinical.rx.allergy',
        params: { line: 2, ingredient: 'Amoxicillin trihydrat' },
      },
    ]);
    const folded = check([item({ ingredients: ['dong sulfat'] })], {
      allergyIngredients: ['Đồng sulfat'],
    });
    expect(folded.errors.map((e) => e.key)).toEqual(['clinical.rx.allergy']);
  });

  it('does not guess drug classes from an allergy', () => {
    const result = check([item({ ingredients: ['Amoxicillin'] })], {
      allergyIngredients: ['Penicillin', '  '],
    });
    expect(result.errors).toEqual([]);
  });

  it('refuses the same active ingredient on two lines', () => {
    const result = check([
      item({ ingredients: ['Paracetamol'], days: 5, quantity: 10 }),
      item({ drugId: 2, ingredients: ['Paracetamol', 'Codein phosphat'], days: 5, quantity: 10 }),
    ]);
    expect(result.errors).toEqual([
      {
        itemIndex: 1,
        key: 'clinical.rx.duplicateIngredient',
        params: { line: 2, ingredient: 'Paracetamol', otherLine: 1 },
      },
    ]);
  });

  it('limits days to 30, or 90 for a chronic condition', () => {
    expect(check([item({ days: 31, quantity: 31 })]).errors).toEqual([
      { itemIndex: 0, key: 'clinical.rx.tooManyDays', params: { line: 1, days: 31, max: 30 } },
    ]);
    expect(check([item({ days: 90, quantity: 90 })], {}, true).errors).toEqual([]);
    expect(check([item({ days: 91, quantity: 91 })], {}, true).errors).toEqual([
      {
        itemIndex: 0,
        key: 'clinical.rx.tooManyDaysChronic',
        params: { line: 1, days: 91, max: 90 },
      },
    ]);
    expect(check([item({ days: 0 })]).errors.map((e) => e.key)).toEqual(['clinical.rx.badDays']);
  });

  it('refuses a child under 72 months without a weight', () => {
    const key = 'clinical.rx.childWeightRequired';
    expect(check([item()], { ageMonths: 24 }).errors).toEqual([{ key, params: { months: 72 } }]);
    expect(check([item()], { ageMonths: 24, weightKg: 12 }).errors).toEqual([]);
    expect(check([item()], { ageMonths: 24, weightKg: 0 }).errors.map((e) => e.key)).toEqual([key]);
    expect(check([item()], { isUnder72Months: true }).errors.map((e) => e.key)).toEqual([key]);
    expect(check([item()], { ageMonths: 72 }).errors).toEqual([]);
  });

  it('warns when the quantity is more than the stock on hand', () => {
    expect(check([item({ quantity: 30, onHand: 20 })]).warnings).toEqual([
      { itemIndex: 0, key: 'clinical.rx.overStock', params: { line: 1, quantity: 30, onHand: 20 } },
    ]);
    expect(check([item({ quantity: 30, onHand: 30 })]).warnings).toEqual([]);
    expect(check([item({ quantity: 0 })]).errors.map((e) => e.key)).toEqual([
      'clinical.rx.badQuantity',
    ]);
  });

  it('warns that the patient pays for a drug outside BHYT on an insured visit', () => {
    expect(check([item({ inBhytScope: false })]).warnings).toEqual([
      { itemIndex: 0, key: 'clinical.rx.outOfBhytScope', params: { line: 1 } },
    ]);
    expect(check([item({ inBhytScope: false })], { isBhyt: false }).warnings).toEqual([]);
  });
});

describe('prescriptionDisplayName', () => {
  const amlodipine = { ingredients: [{ name: 'Amlodipin', strength: '5 mg' }], tradeName: 'Amlor' };
  const combo = {
    ingredients: [
      { name: 'Paracetamol', strength: '500 mg' },
      { name: 'Codein phosphat', strength: '30 mg' },
    ],
    tradeName: 'Efferalgan Codein',
  };

  it('names a single-ingredient drug by INN with the brand in brackets', () => {
    expect(prescriptionDisplayName(amlodipine)).toBe('Amlodipin (Amlor)');
    expect(prescriptionDisplayName(amlodipine, { withStrength: true })).toBe(
      'Amlodipin 5 mg (Amlor)',
    );
    expect(prescriptionDisplayName({ ...amlodipine, tradeName: null })).toBe('Amlodipin');
    expect(
      prescriptionDisplayName({ ingredients: [{ name: 'Paracetamol' }], tradeName: 'PARACETAMOL' }),
    ).toBe('Paracetamol');
  });

  it('says the strength once, never again inside the brand', () => {
    const named = (tradeName: string, strength: string) =>
      prescriptionDisplayName(
        { ingredients: [{ name: 'Amlodipin', strength }], tradeName },
        { withStrength: true },
      );
    expect(named('Amlor 5mg', '5mg')).toBe('Amlodipin 5mg (Amlor)');
    expect(named('Amlor 5 mg', '5mg')).toBe('Amlodipin 5mg (Amlor)');
    expect(named('Amlodipin 5mg', '5mg')).toBe('Amlodipin 5mg');
    expect(named('Amlodipin Stada 5mg', '5 mg')).toBe('Amlodipin 5 mg (Amlodipin Stada)');
    // A number that is not the strength stays in the brand.
    expect(named('Amlor 10', '5mg')).toBe('Amlodipin 5mg (Amlor 10)');
    expect(
      prescriptionDisplayName(
        {
          ingredients: [
            { name: 'Amoxicilin', strength: '500mg' },
            { name: 'Acid clavulanic', strength: '125mg' },
          ],
          tradeName: 'Augmentin 500mg + 125mg',
        },
        { withStrength: true },
      ),
    ).toBe('Augmentin 500mg + 125mg');
    expect(nameWithStrength('Hapacol 500', '500mg')).toBe('Hapacol 500');
    expect(nameWithStrength('Amlodipin Stada', '5mg')).toBe('Amlodipin Stada 5mg');
  });

  it('names a multi-ingredient drug by its trade name', () => {
    expect(prescriptionDisplayName(combo)).toBe('Efferalgan Codein');
    expect(prescriptionDisplayName(combo, { withStrength: true })).toBe(
      'Efferalgan Codein 500 mg + 30 mg',
    );
    expect(prescriptionDisplayName({ ...combo, tradeName: '' })).toBe(
      'Paracetamol + Codein phosphat',
    );
  });
});

describe('isChronicDiagnosis', () => {
  it('matches a code under a listed prefix, not a look-alike', () => {
    expect(isChronicDiagnosis(['J06.9', 'E11.9'], CHRONIC_ICD_PREFIXES)).toBe(true);
    expect(isChronicDiagnosis(['I10'], CHRONIC_ICD_PREFIXES)).toBe(true);
    expect(isChronicDiagnosis(['J06.9', 'I1'], CHRONIC_ICD_PREFIXES)).toBe(false);
    expect(isChronicDiagnosis(['E11'], [''])).toBe(false);
    expect(isChronicDiagnosis([], CHRONIC_ICD_PREFIXES)).toBe(false);
  });
});

describe('isInBhytScope', () => {
  it('needs an insured price and PHAM_VI 1, or 3 on a level-5 card', () => {
    expect(isInBhytScope({ scope: 1, insuredPrice: 1000 }, 4)).toBe(true);
    expect(isInBhytScope({ scope: 1, insuredPrice: null }, 4)).toBe(false);
    expect(isInBhytScope({ scope: 2, insuredPrice: 1000 }, 5)).toBe(false);
    expect(isInBhytScope({ scope: 3, insuredPrice: 1000 }, 4)).toBe(false);
    expect(isInBhytScope({ scope: 3, insuredPrice: 1000 }, 5)).toBe(true);
  });
});
