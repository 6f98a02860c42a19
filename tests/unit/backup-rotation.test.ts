import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, type RotatedBackup } from '../../shared/domain/backup-rotation';

const POLICY = { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 };

/** One backup a day at 09:00 Hanoi time (02:00Z) for `days` days up to 2026-11-26. */
function daily(days: number): RotatedBackup[] {
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 26 - i, 2));
    return {
      id: at.toISOString().slice(0, 10),
      createdAt: at.toISOString(),
      kind: 'daily',
      verified: true,
    };
  });
}

describe('backup rotation', () => {
  it('keeps 7 days, 4 weeks and 12 months of a year of daily backups', () => {
    const keep = backupsToKeep(daily(400), POLICY);
    // Hand-counted (26 Nov 2026 is a Thursday): days 20..26 Nov; weeks from Monday: 23 Nov
    // (26, a day already), 16 Nov (22, a day), 9 Nov (15), 2 Nov (8); months: Nov (26),
    // then the last day of each month back to December 2025.
    expect([...keep].sort()).toEqual(
      [
        '2026-11-20',
        '2026-11-21',
        '2026-11-22',
        '2026-11-23',
        '2026-11-24',
        '2026-11-25',
        '2026-11-26',
        '2026-11-15',
        '2026-11-08',
        '2026-10-31',
        '2026-09-30',
        '2026-08-31',
        '2026-07-31',
        '2026-06-30',
        '2026-05-31',
        '2026-04-30',
        '2026-03-31',
        '2026-02-28',
        '2026-01-31',
        '2025-12-31',
      ].sort(),
    );
  });

  it("always keeps the newest day, never lets a failed copy take a good one's place", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 500 }),
            verified: fc.boolean(),
            kind: fc.constantFrom('daily', 'manual', 'before-restore'),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (rows) => {
          const backups = rows.map((r, i) => ({
            id: `b${i}`,
            createdAt: new Date(Date.UTC(2026, 0, 1) + r.day * 86_400_000 + i).toISOString(),
            kind: r.kind,
            verified: r.verified,
          }));
          const keep = backupsToKeep(backups, POLICY);
          const newest = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
          expect(keep.has(newest?.id ?? '')).toBe(true);
          const day = (b: { createdAt: string }) => b.createdAt.slice(0, 10);
          const today = backups.filter((b) => newest && day(b) === day(newest)).length;
          expect(keep.size).toBeLessThanOrEqual(today + 3 + 7 + 4 + 12);
          for (const b of backups) {
            // A restore's way back and today's copies are kept whatever their check said.
            if (keep.has(b.id) && !b.verified && b.kind !== 'before-restore') {
              expect(newest && day(b)).toBe(newest && day(newest));
            }
          }
        },
      ),
    );
  });
});
