import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { readDefinition } from '../../shared/domain/reports/check';
import { combosOf, dataRows, type ReportDefinition } from '../../shared/domain/reports/definition';
import { icdChapter } from '../../shared/domain/reports/counting';
import type { VisitFact } from '../../shared/domain/reports/indicators';
import { storedValues } from '../../shared/domain/reports/dhis2';
import { computeValues, valueKey, valueMap } from '../../shared/domain/reports/value-set';

function shipped(file: string): ReportDefinition {
  const reading = readDefinition(
    JSON.parse(fs.readFileSync(path.join(SOURCE_ROOT, 'resources', 'reports', file), 'utf8')),
  );
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  return reading.definition;
}

const DEFINITIONS = ['tt37-xa-thang.v1.json', 'ttyt-kv-thang.v1.json'].map(shipped);
const CODES = [
  'I10',
  'I11.9',
  'E11',
  'E14.9',
  'J06.9',
  'J20.9',
  'A09',
  'K29.7',
  'S61.9',
  'T63.4',
  'V43.5',
  'Z00.0',
  'O80',
  'P07.3',
  'U07.1',
  'C50.9',
  'F32.9',
  'H10.9',
  'H66.9',
  'L30.9',
  'M54.5',
  'N39.0',
  'Q21.0',
  'R50.9',
  'G43.9',
  'D50.9',
];

const fact: fc.Arbitrary<VisitFact> = fc
  .record({
    sex: fc.constantFrom('male' as const, 'female' as const),
    years: fc.integer({ min: 0, max: 110 }),
    underSixMonths: fc.boolean(),
    insured: fc.boolean(),
    emergency: fc.boolean(),
    referred: fc.boolean(),
    diagnoses: fc.array(fc.constantFrom(...CODES), { minLength: 1, maxLength: 4 }),
    labTests: fc.integer({ min: 0, max: 5 }),
    prescribed: fc.boolean(),
    billTotal: fc.integer({ min: 0, max: 2_000_000 }),
    insuredPart: fc.integer({ min: 0, max: 100 }),
  })
  .map((v) => ({
    date: '2026-11-15',
    sex: v.sex,
    age: { years: v.years, underSix: v.years < 6 && (v.years < 5 || v.underSixMonths) },
    insured: v.insured,
    emergency: v.emergency,
    referred: v.referred,
    diagnoses: v.diagnoses,
    primaryChapter: icdChapter(v.diagnoses[0] ?? ''),
    labTests: v.labTests,
    prescribed: v.prescribed,
    insurancePays: v.insured ? Math.floor((v.billTotal * v.insuredPart) / 100) : 0,
    billTotal: v.billTotal,
  }));

describe('computed value sets', () => {
  it('load from the shipped definitions, with the data element codes other tools read', () => {
    const codes = dataRows(DEFINITIONS[0] as ReportDefinition).map((row) => row.dataElement);
    const required = [
      'KCB_LUOT',
      'KCB_BHYT',
      'KCB_TE6',
      'KCB_CAOTUOI',
      'KCB_CHUYEN',
      'BENH_THA',
      'BENH_DTD',
      'BENH_HHCT',
      'DUOC_XUAT_GT',
      'TC_THU',
      'TC_BHYT',
      ...Array.from({ length: 22 }, (_, i) => `BENH_CH${String(i + 1).padStart(2, '0')}`),
    ];
    expect(codes).toEqual(expect.arrayContaining(required));
    const tt37 = DEFINITIONS[0] as ReportDefinition;
    const luot = dataRows(tt37).find((r) => r.dataElement === 'KCB_LUOT');
    if (!luot) throw new Error('no KCB_LUOT');
    expect(combosOf(tt37, luot).map((c) => c.code)).toEqual(['NAM', 'NU']);
  });

  it('add up: every disaggregation sums to its total, and the chapters to the visits', () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 60 }), (facts) => {
        for (const definition of DEFINITIONS) {
          const values = valueMap(computeValues(definition, facts, {}));
          for (const row of dataRows(definition)) {
            const combos = combosOf(definition, row);
            if (row.entered || combos.length === 0) continue;
            const parts = combos.reduce(
              (sum, combo) => sum + (values.get(valueKey(row.dataElement, combo.code)) ?? NaN),
              0,
            );
            expect(parts, row.dataElement).toBe(values.get(row.dataElement));
          }
        }
        const tt37 = valueMap(computeValues(DEFINITIONS[0] as ReportDefinition, facts, {}));
        let chapters = 0;
        for (let chapter = 1; chapter <= 22; chapter++) {
          chapters += tt37.get(`BENH_CH${String(chapter).padStart(2, '0')}`) ?? 0;
        }
        expect(chapters).toBe(facts.length);
        expect(tt37.get('KCB_LUOT')).toBe(facts.length);
      }),
      { numRuns: 200 },
    );
  });

  it('send DHIS2 the combos of a disaggregated row and the total of the others', () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 20 }), (facts) => {
        const values = computeValues(DEFINITIONS[0] as ReportDefinition, facts, {});
        const stored = storedValues(values);
        expect(stored.some((v) => v.dataElement === 'KCB_LUOT' && !v.categoryOptionCombo)).toBe(
          false,
        );
        expect(
          stored.filter((v) => v.dataElement === 'KCB_LUOT').map((v) => v.categoryOptionCombo),
        ).toEqual(['NAM', 'NU']);
        expect(stored.filter((v) => v.dataElement === 'KCB_CAPCUU')).toHaveLength(1);
        // Nothing is lost: each disaggregated total is the sum of what is sent.
        const sent = valueMap(stored);
        for (const value of values.filter((v) => !v.categoryOptionCombo)) {
          const parts = stored.filter(
            (v) => v.dataElement === value.dataElement && v.categoryOptionCombo,
          );
          if (parts.length === 0) expect(sent.get(value.dataElement)).toBe(value.value);
          else expect(parts.reduce((s, v) => s + v.value, 0)).toBe(value.value);
        }
      }),
      { numRuns: 50 },
    );
  });
});
