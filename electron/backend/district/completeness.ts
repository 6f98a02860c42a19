import type { DistrictCompleteness, CompletenessCell } from '../../../shared/api';
import { localDate } from '../../../shared/domain/dates';
import { definitionForPeriod } from '../reports/definitions';
import { deadlineOf } from '../reports/report';
import { readSection } from '../settings/store';
import { districtDefinition, periodRange, type DistrictReader } from './totals';

interface HeldReport {
  station_code: string;
  period: string;
  revision: number;
  first_submitted_at: string;
  received_at: string;
}

/**
 * Stations × periods for one form. A report is on time when its first revision was submitted
 * (the station's signed time) by the form's due date, late after it; revised once a later
 * revision replaced it; missing when the due date has passed without one.
 */
export function completeness(
  reader: DistrictReader & { now: Date },
  dataset: string,
  from: string,
  to: string,
): DistrictCompleteness {
  const periods = periodRange(from, to);
  const first = periods[0];
  if (first) districtDefinition(reader.db, dataset, first);
  const rules = readSection(reader.db, 'reports');
  const due = periods.map((period) => {
    const stored = definitionForPeriod(reader.db, dataset, period);
    return { id: period.id, dueDate: stored ? deadlineOf(stored.definition, period, rules) : '' };
  });
  const ids = periods.map((p) => p.id);
  const held = new Map<string, HeldReport>();
  const rows = reader.sqlite
    .prepare<[string, ...string[]], HeldReport>(
      `SELECT station_code, period, revision, first_submitted_at, received_at
       FROM station_reports WHERE dataset = ? AND period IN (${ids.map(() => '?').join(',')})`,
    )
    .all(dataset, ...ids);
  for (const row of rows) held.set(`${row.station_code}|${row.period}`, row);
  const today = localDate(reader.now);
  const counts: DistrictCompleteness['counts'] = {
    'on-time': 0,
    late: 0,
    missing: 0,
    revised: 0,
    'not-due': 0,
  };
  const stations = reader.sqlite
    .prepare<[], { code: string; name: string }>(
      "SELECT code, name FROM stations WHERE status = 'active' ORDER BY code",
    )
    .all()
    .map((station) => ({
      ...station,
      cells: due.map(({ id, dueDate }): CompletenessCell => {
        const report = held.get(`${station.code}|${id}`);
        if (!report) {
          const state = dueDate && today > dueDate ? 'missing' : 'not-due';
          counts[state] += 1;
          return {
            period: id,
            state,
            late: false,
            revision: null,
            dueDate,
            firstSubmittedAt: null,
            receivedAt: null,
          };
        }
        const late = localDate(new Date(report.first_submitted_at)) > dueDate;
        const state = report.revision > 1 ? 'revised' : late ? 'late' : 'on-time';
        counts[state] += 1;
        return {
          period: id,
          state,
          late,
          revision: report.revision,
          dueDate,
          firstSubmittedAt: report.first_submitted_at,
          receivedAt: report.received_at,
        };
      }),
    }));
  return { dataset, periods: due, stations, counts };
}
