import { and, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { patients } from '../../../db/schema';
import type { DuplicateCandidate, DuplicateReason, ParsedInputOf } from '../../../shared/api';
import { normalizeBhytCode, BHYT_CODE_LENGTH } from '../../../shared/domain/bhyt';
import { cccdInfo, normalizeCccd } from '../../../shared/domain/cccd';
import { parseTypedDate } from '../../../shared/domain/dates';
import { searchableName } from '../../../shared/domain/patient-search';
import { validatePhone } from '../../../shared/domain/phone';
import { toSummary } from './rows';

type DuplicatesInput = ParsedInputOf<'patients.duplicates'>;

/** Enough to show the person is known; more is a search, not a duplicate check. */
const PER_REASON = 10;
const BLOCKING: readonly DuplicateReason[] = ['cccd', 'bhyt'];

function draftBirthYear(draft: DuplicatesInput['draft']): number | null {
  const date = draft.birthDate ? parseTypedDate(draft.birthDate) : null;
  if (date) return Number(date.slice(0, 4));
  return typeof draft.birthYear === 'number' ? draft.birthYear : null;
}

/** What in a half-filled form can find a registered person, each with how it would match. */
function draftChecks(draft: DuplicatesInput['draft']): [DuplicateReason, SQL][] {
  const checks: [DuplicateReason, SQL][] = [];
  const cccd = draft.cccd ? normalizeCccd(draft.cccd) : '';
  if (cccdInfo(cccd)) checks.push(['cccd', eq(patients.cccd, cccd)]);
  const card = draft.bhyt?.code ? normalizeBhytCode(draft.bhyt.code) : '';
  if (card.length === BHYT_CODE_LENGTH) checks.push(['bhyt', eq(patients.bhytCode, card)]);
  const name = searchableName(draft.fullName ?? '');
  const year = draftBirthYear(draft);
  if (name && year !== null) {
    checks.push([
      'nameBirthYear',
      sql`${patients.nameFolded} = ${name} AND ${patients.birthYear} = ${year}`,
    ]);
  }
  const phone = draft.phone ? validatePhone(draft.phone) : null;
  if (phone?.ok) checks.push(['phone', eq(patients.phone, phone.value.phone)]);
  return checks;
}

/**
 * Live records a draft may duplicate. Same CCCD or card would be refused on save
 * (`blocking`); same folded name and birth year, or same phone, are for the user to judge.
 */
export function findDuplicates(db: Db, input: DuplicatesInput): DuplicateCandidate[] {
  const found = new Map<number, DuplicateCandidate>();
  for (const [reason, where] of draftChecks(input.draft)) {
    const rows = db
      .select()
      .from(patients)
      .where(
        and(
          where,
          isNull(patients.mergedIntoId),
          input.excludeId === undefined ? undefined : ne(patients.id, input.excludeId),
        ),
      )
      .limit(PER_REASON)
      .all();
    for (const row of rows) {
      const candidate = found.get(row.id) ?? { ...toSummary(row), reasons: [], blocking: false };
      candidate.reasons.push(reason);
      candidate.blocking ||= BLOCKING.includes(reason);
      found.set(row.id, candidate);
    }
  }
  return [...found.values()].sort(
    (a, b) => Number(b.blocking) - Number(a.blocking) || b.reasons.length - a.reasons.length,
  );
}
