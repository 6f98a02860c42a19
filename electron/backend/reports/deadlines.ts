import type { Db } from '../../../db/client';
import type { DeadlineRow } from '../../../shared/api/reports';
import { localDate } from '../../../shared/domain/dates';
import { recentPeriods } from '../../../shared/domain/reports/periods';
import { readSection } from '../settings/store';
import { allDefinitions, definitionInForceOn } from './definitions';
import { deadlineOf, deadlineState } from './report';
import { frozenRevision, historyOf, revisionsOf } from './state';

/** Periods shown per form: the running one and the last three. */
const SHOWN = 3;

/**
 * Each form in force today, by its usual period type: the running period and the last few,
 * each with its due date and whether it was handed in (and on time).
 */
export function deadlines(db: Db, now: Date): DeadlineRow[] {
  const today = localDate(now);
  const rules = readSection(db, 'reports');
  const definitions = allDefinitions(db);
  const codes = [...new Set(definitions.map((d) => d.definition.code))];
  return codes.flatMap((code) => {
    const current = definitionInForceOn(definitions, code, today);
    if (!current) return [];
    const { definition } = current;
    const type = definition.periodTypes[0] ?? 'month';
    return recentPeriods(type, today, SHOWN, true).map((period): DeadlineRow => {
      const revisions = revisionsOf(db, code, period.id);
      const frozen = frozenRevision(revisions);
      const due = frozen?.submission.dueDate ?? deadlineOf(definition, period, rules);
      const info = frozen ? historyOf(db, [frozen])[0] : undefined;
      return {
        dataset: code,
        name: definition.name,
        period: period.id,
        dueDate: due,
        state: deadlineState(today, period, due, frozen !== null),
        ...(info && { revision: info.revision, submittedAt: info.submittedAt, late: info.late }),
      };
    });
  });
}
