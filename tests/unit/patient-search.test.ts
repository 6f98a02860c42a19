import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insuranceStatusFor } from '../../shared/domain/patient';
import {
  compareResults,
  matchName,
  rankResults,
  searchableName,
  type Rankable,
} from '../../shared/domain/patient-search';
import { nameTokens } from '../../shared/domain/text';

describe('searchableName', () => {
  it('keeps the words FTS indexes, folded, one space apart', () => {
    expect(searchableName('  Đặng  Thị Mỹ-Lệ ')).toBe('dang thi my le');
    expect(searchableName('NGUYỄN VĂN ĐẠT')).toBe('nguyen van dat');
  });
});

describe('matchName', () => {
  const name = searchableName('Nguyễn Văn An');

  it('tells a full-name match from a prefix match, in any accent form', () => {
    expect(matchName(name, nameTokens('nguyen van an'))).toBe('fullName');
    expect(matchName(name, nameTokens('Nguyễn Văn An'))).toBe('fullName');
    expect(matchName(name, nameTokens('ng v an'))).toBe('prefix');
    expect(matchName(name, nameTokens('an nguyen'))).toBe('prefix');
    expect(matchName(searchableName('Nguyễn Văn Anh'), nameTokens('nguyen van an'))).toBe('prefix');
    expect(matchName(searchableName('Đặng Thị Hoa'), nameTokens('dang'))).toBe('prefix');
  });

  it('needs every query word to start some word of the name', () => {
    expect(matchName(name, nameTokens('nguyen thi'))).toBeNull();
    expect(matchName(name, nameTokens('guyen'))).toBeNull();
    expect(matchName(name, [])).toBeNull();
  });
});

describe('ranking', () => {
  const row = (id: number, match: Rankable['match'], lastVisitAt: string | null = null) => ({
    id,
    match,
    lastVisitAt,
  });

  it('puts exact identifiers, then full names, then prefixes; recent visitors first on ties', () => {
    const ranked = rankResults(
      [
        row(1, 'prefix', '2026-11-20T01:00:00Z'),
        row(2, 'prefix'),
        row(3, 'fullName'),
        row(4, 'fullName', '2026-01-01T00:00:00Z'),
        row(5, 'phone'),
        row(6, 'prefix', '2026-11-25T01:00:00Z'),
        row(7, 'prefix'),
      ],
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual([5, 4, 3, 6, 1, 7, 2]);
  });

  it('keeps one row per person, the best way it matched, and at most the limit', () => {
    const ranked = rankResults([row(1, 'prefix'), row(1, 'cccd'), row(2, 'prefix')], 1);
    expect(ranked).toEqual([row(1, 'cccd')]);
  });

  it('is a total order: sorting any shuffle gives the same list', () => {
    const arbitraryRow = fc.record({
      id: fc.integer({ min: 1, max: 50 }),
      match: fc.constantFrom<Rankable['match']>('code', 'phone', 'fullName', 'prefix'),
      lastVisitAt: fc.option(
        fc.integer({ min: 0, max: 10 }).map((d) => `2026-11-${String(10 + d)}T00:00:00Z`),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryRow, { selector: (r) => r.id }), (rows) => {
        const once = [...rows].sort(compareResults);
        const twice = [...rows].reverse().sort(compareResults);
        expect(twice).toEqual(once);
      }),
    );
  });
});

describe('insurance status', () => {
  it('is verified with a card, unverified with only a CCCD, none otherwise unless chosen', () => {
    expect(insuranceStatusFor({ hasCard: true, hasCccd: true, chosen: 'none' })).toBe('verified');
    expect(insuranceStatusFor({ hasCard: false, hasCccd: true })).toBe('unverified');
    expect(insuranceStatusFor({ hasCard: false, hasCccd: true, chosen: 'none' })).toBe('none');
    expect(insuranceStatusFor({ hasCard: false, hasCccd: false })).toBe('none');
    expect(insuranceStatusFor({ hasCard: false, hasCccd: false, chosen: 'unverified' })).toBe(
      'unverified',
    );
  });
});
