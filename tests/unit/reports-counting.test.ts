import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../shared/domain/age';
import {
  COUNTED_VISIT_STATUSES,
  icdChapter,
  inIcdRanges,
  parseIcdRange,
  statisticalAge,
} from '../../shared/domain/reports/counting';
import { SOURCE_ROOT } from '../../electron/backend/paths';

const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
  'XXII',
];

describe('what reports count', () => {
  it('puts every code of the MoH ICD-10 list (QĐ 4469) in its chapter', () => {
    // The ministry's own list (tests/fixtures: chapter in Roman numerals, then the code).
    const lines = fs
      .readFileSync(
        path.join(SOURCE_ROOT, 'tests', 'fixtures', 'icd10-chapters-qd4469.tsv'),
        'utf8',
      )
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    let checked = 0;
    for (const line of lines) {
      const [roman = '', code = ''] = line.split('\t');
      expect(icdChapter(code), code).toBe(ROMAN.indexOf(roman) + 1);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(12_000);
    expect(icdChapter('D49')).toBeNull();
  });

  it('counts a visit once the doctor has finished it, never a cancelled one', () => {
    expect([...COUNTED_VISIT_STATUSES].sort()).toEqual([
      'awaiting_payment',
      'awaiting_pharmacy',
      'done',
    ]);
  });

  it('matches three-character ranges, both ends included', () => {
    const ranges = ['I10-I15', 'J06'].map(parseIcdRange);
    expect(inIcdRanges('I10', ranges)).toBe(true);
    expect(inIcdRanges('I15.9', ranges)).toBe(true);
    expect(inIcdRanges('I16', ranges)).toBe(false);
    expect(inIcdRanges('J06.9', ranges)).toBe(true);
    expect(inIcdRanges('J07', ranges)).toBe(false);
    expect(inIcdRanges('S52.5', [parseIcdRange('S00-T14')])).toBe(true);
    expect(inIcdRanges('T15', [parseIcdRange('S00-T14')])).toBe(false);
  });

  it('takes the best estimate of age for a year-only birth', () => {
    expect(statisticalAge({ birthDate: '2020-12-20' }, '2026-11-10')).toEqual({
      years: 5,
      underSix: true,
    });
    expect(statisticalAge({ birthYear: 2020 }, '2026-11-10')).toEqual({
      years: 6,
      underSix: false,
    });
    expect(statisticalAge({ birthDate: '1966-11-20' }, '2026-11-19')?.years).toBe(59);
    expect(statisticalAge({ birthDate: '1966-11-20' }, '2026-11-20')?.years).toBe(60);
    expect(statisticalAge({ birthYear: 2030 }, '2026-11-10')).toBeNull();
  });
});

describe('statistical age', () => {
  it('agrees with ageOn (the prescription and queue rule) on every full birth date', () => {
    const day = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (birthDate, visit) => {
        const oracle = ageOn({ birthDate }, visit);
        const counted = statisticalAge({ birthDate }, visit);
        if (!oracle.ok) {
          expect(counted).toBeNull();
          return;
        }
        expect(counted).toEqual({
          years: oracle.value.years,
          underSix: (oracle.value.months ?? Infinity) < 72,
        });
      }),
      { numRuns: 5000 },
    );
  });
});
