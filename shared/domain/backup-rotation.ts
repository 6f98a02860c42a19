import { addDays, localDate } from './dates';

export interface RotationPolicy {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

export interface RotatedBackup {
  id: string;
  createdAt: string;
  kind: string;
  verified: boolean;
}

/** Kinds kept outside the daily/weekly/monthly ladder: a way back from a restore. */
const KEPT_APART: Readonly<Record<string, number>> = { 'before-restore': 3 };

/** Monday of the station-local week of a local date (YYYY-MM-DD). */
function weekOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

function newestPer(
  backups: readonly RotatedBackup[],
  bucket: (b: RotatedBackup) => string,
  count: number,
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const backup of backups) {
    const key = bucket(backup);
    if (seen.has(key)) continue;
    if (seen.size >= count) break;
    seen.add(key);
    kept.push(backup.id);
  }
  return kept;
}

/**
 * Grandfather-father-son: the newest good backup of each of the last `keepDaily` days that
 * have one, of the last `keepWeekly` weeks and of the last `keepMonthly` months (station-local
 * dates). The newest day's backups are always kept, and a backup that failed verification
 * never takes a good one's place. Returns the ids to keep.
 */
export function backupsToKeep(
  backups: readonly RotatedBackup[],
  policy: RotationPolicy,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const newest = newestFirst[0];
  const day = (b: RotatedBackup): string => localDate(new Date(b.createdAt));
  // Today's copies all stay: a backup on demand does not push out this morning's.
  if (newest) for (const b of newestFirst) if (day(b) === day(newest)) keep.add(b.id);
  for (const [kind, count] of Object.entries(KEPT_APART)) {
    for (const b of newestFirst.filter((x) => x.kind === kind).slice(0, count)) keep.add(b.id);
  }
  const ladder = newestFirst.filter((b) => b.verified && !(b.kind in KEPT_APART));
  for (const id of newestPer(ladder, day, policy.keepDaily)) keep.add(id);
  for (const id of newestPer(ladder, (b) => weekOf(day(b)), policy.keepWeekly)) keep.add(id);
  for (const id of newestPer(ladder, (b) => day(b).slice(0, 7), policy.keepMonthly)) keep.add(id);
  return keep;
}
