import type {
  DoseText,
  DrugView,
  InputOf,
  PrescriptionReview,
  PrescriptionView,
  RxIssue,
} from '../../../shared/api';
import { prescribedQuantity, usageText, type DoseResult } from '../../../shared/domain/dosing';
import { prescriptionDisplayName } from '../../../shared/domain/prescription';
import type { Locale } from '../../../shared/i18n';

/** What a line needs to know of its drug to show itself. */
export interface RxDrug {
  id: number;
  displayName: string;
  unit: string;
  route: string | null;
}

/** One line of the prescription as the doctor types it. */
export interface RxLineState {
  /** Stable across edits, for React keys and focus. */
  key: string;
  drug: RxDrug;
  dose: DoseText;
  /** '' while the field is empty. */
  days: number | '';
  note: string;
}

export const EMPTY_DOSE: DoseText = { morning: '', noon: '', afternoon: '', evening: '' };
/** Days a new line starts with when there is no line above to copy. */
export const DEFAULT_DAYS = 7;

let keys = 0;
const nextKey = (): string => `rx-${++keys}`;

export function rxDrugOf(drug: DrugView): RxDrug {
  return {
    id: drug.id,
    displayName: prescriptionDisplayName(
      { ingredients: drug.ingredients, tradeName: drug.name },
      { withStrength: true },
    ),
    unit: drug.unit,
    route: drug.route,
  };
}

/** A new line for a drug: no dose yet, the days of the line above (a course is usually one). */
export function newLine(drug: RxDrug, previous?: RxLineState): RxLineState {
  return { key: nextKey(), drug, dose: EMPTY_DOSE, days: previous?.days || DEFAULT_DAYS, note: '' };
}

export function linesFromPrescription(prescription: PrescriptionView | null): RxLineState[] {
  return (prescription?.items ?? []).map((item) => ({
    key: nextKey(),
    drug: {
      id: item.drugId,
      displayName: item.displayName,
      unit: item.unit,
      route: item.route,
    },
    dose: item.dose,
    days: item.days,
    note: item.note ?? '',
  }));
}

/** Quantity to dispense as typed (rounded up), computed here so it shows at once. */
export function lineQuantity(line: RxLineState): DoseResult<number> {
  return prescribedQuantity({ dose: line.dose, days: line.days === '' ? 0 : line.days });
}

export function lineUsage(line: RxLineState, locale: Locale): string {
  return usageText(line.dose, line.drug.unit, { route: line.drug.route, note: line.note }, locale);
}

/** prescriptions.save's input; a line still without days is sent as 0 and refused there. */
export function rxInput(
  visitId: number,
  lines: readonly RxLineState[],
): InputOf<'prescriptions.save'> {
  return {
    visitId,
    items: lines.map((line) => ({
      drugId: line.drug.id,
      dose: line.dose,
      days: line.days === '' ? 0 : line.days,
      note: line.note.trim() || null,
    })),
  };
}

/** Whether the server would take the lines at all (checks need whole positive days). */
export function checkable(lines: readonly RxLineState[]): boolean {
  return lines.every((line) => line.days !== '' && Number.isInteger(line.days) && line.days >= 1);
}

export interface LineIssues {
  errors: RxIssue[];
  warnings: RxIssue[];
}

/** The review's findings per line; findings about the whole prescription under -1. */
export function issuesByLine(review: PrescriptionReview | undefined): Map<number, LineIssues> {
  const map = new Map<number, LineIssues>();
  const add = (issue: RxIssue, kind: keyof LineIssues) => {
    const index = issue.itemIndex ?? -1;
    const entry = map.get(index) ?? { errors: [], warnings: [] };
    entry[kind].push(issue);
    map.set(index, entry);
  };
  for (const issue of review?.errors ?? []) add(issue, 'errors');
  for (const issue of review?.warnings ?? []) add(issue, 'warnings');
  return map;
}
