import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIsoDate,
  formatLocalDateTime,
  isValidIsoDate,
  localDate,
  localDayEnd,
  localDayStart,
  parseTypedDate,
} from '../../shared/domain/dates';

describe('Vietnamese dates', () => {
  it('puts an instant on the Vietnamese calendar (UTC+7)', () => {
    expect(localDate(new Date('2026-11-25T16:59:59Z'))).toBe('2026-11-25');
    expect(localDate(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
    expect(localDayStart('2026-11-26').toISOString()).toBe('2026-11-25T17:00:00.000Z');
    expect(localDayEnd('2026-11-26').toISOString()).toBe('2026-11-26T17:00:00.000Z');
    expect(formatLocalDateTime('2026-11-25T17:05:00Z')).toBe('26/11/2026 00:05');
  });

  it('knows real calendar dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('2025-1-01')).toBe(false);
  });

  it('reads dates as staff type them', () => {
    expect(parseTypedDate('01/02/1990')).toBe('1990-02-01');
    expect(parseTypedDate('1/2/1990')).toBe('1990-02-01');
    expect(parseTypedDate('01021990')).toBe('1990-02-01');
    expect(parseTypedDate('01.02.1990')).toBe('1990-02-01');
    expect(parseTypedDate('1990-02-01')).toBe('1990-02-01');
    expect(parseTypedDate('31/02/1990')).toBeNull();
    expect(parseTypedDate('1990')).toBeNull();
    expect(parseTypedDate('ngày 1')).toBeNull();
  });

  it('formats and reads back every date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseTypedDate(formatIsoDate(iso))).toBe(iso);
        },
      ),
    );
  });
});
