import { describe, expect, it } from 'vitest';
import {
  adxPeriod,
  dhis2Period,
  dueDate,
  monthsOf,
  parsePeriod,
  periodContaining,
  periodLabel,
  previousPeriod,
  recentPeriods,
} from '../../shared/domain/reports/periods';

const period = (id: string) => {
  const parsed = parsePeriod(id);
  if (!parsed) throw new Error(`no period ${id}`);
  return parsed;
};

describe('reporting periods', () => {
  it('reads DHIS2 ids and the nine months', () => {
    expect(period('202611')).toMatchObject({
      type: 'month',
      start: '2026-11-01',
      end: '2026-11-30',
    });
    expect(period('202802')).toMatchObject({ end: '2028-02-29' });
    expect(period('2026Q4')).toMatchObject({
      type: 'quarter',
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(period('2026S1')).toMatchObject({
      type: 'half',
      start: '2026-01-01',
      end: '2026-06-30',
    });
    expect(period('2026NM')).toMatchObject({
      type: 'nineMonths',
      start: '2026-01-01',
      end: '2026-09-30',
    });
    expect(period('2026')).toMatchObject({ type: 'year', start: '2026-01-01', end: '2026-12-31' });
    for (const bad of [
      '202613',
      '202600',
      '2026Q5',
      '2026S3',
      '2026NM1',
      '26',
      'x2026',
      '2026-11',
    ]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it('steps back across years and splits into months', () => {
    expect(previousPeriod(period('202601')).id).toBe('202512');
    expect(previousPeriod(period('2026Q1')).id).toBe('2025Q4');
    expect(previousPeriod(period('2026S2')).id).toBe('2026S1');
    expect(previousPeriod(period('2026NM')).id).toBe('2025NM');
    expect(monthsOf(period('2026NM')).map((m) => m.id)).toEqual([
      '202601',
      '202602',
      '202603',
      '202604',
      '202605',
      '202606',
      '202607',
      '202608',
      '202609',
    ]);
    expect(periodContaining('quarter', '2026-08-15').id).toBe('2026Q3');
    expect(recentPeriods('month', '2026-12-03', 2, true).map((p) => p.id)).toEqual([
      '202612',
      '202611',
      '202610',
    ]);
  });

  it('writes ADX durations and DHIS2 ids (no DHIS2 type for nine months)', () => {
    expect(adxPeriod(period('202611'))).toBe('2026-11-01/P1M');
    expect(adxPeriod(period('2026Q4'))).toBe('2026-10-01/P3M');
    expect(adxPeriod(period('2026S2'))).toBe('2026-07-01/P6M');
    expect(adxPeriod(period('2026NM'))).toBe('2026-01-01/P9M');
    expect(adxPeriod(period('2026'))).toBe('2026-01-01/P1Y');
    expect(dhis2Period(period('2026Q4'))).toBe('2026Q4');
    expect(dhis2Period(period('2026NM'))).toBeNull();
  });

  // Due dates worked out on a calendar: 30/11/2026 is a Monday, 31/10/2026 a Saturday.
  it('counts working days after the period, skipping weekends and holidays', () => {
    expect(dueDate(period('202611'), 5)).toBe('2026-12-07');
    expect(dueDate(period('202611'), 5, ['2026-12-02'])).toBe('2026-12-08');
    expect(dueDate(period('202610'), 5)).toBe('2026-11-06');
    expect(dueDate(period('2026Q4'), 5, ['2027-01-01'])).toBe('2027-01-08');
    expect(dueDate(period('2026Q3'), 15)).toBe('2026-10-21');
  });

  it('names periods as the forms do', () => {
    expect(periodLabel(period('202611'))).toBe('Tháng 11/2026');
    expect(periodLabel(period('2026Q4'))).toBe('Quý IV/2026');
    expect(periodLabel(period('2026S2'))).toBe('6 tháng cuối năm 2026');
    expect(periodLabel(period('2026NM'))).toBe('9 tháng đầu năm 2026');
    expect(periodLabel(period('2026'))).toBe('Năm 2026');
    expect(periodLabel(period('2026Q4'), 'en')).toBe('Quarter IV 2026');
  });
});
