import type { LocalizedText } from '../api/result';
import { ageOn, type Birth } from './age';
import { isBhytValidOn, type BhytValidity } from './bhyt';
import type { InsuranceStatus } from './patient';

/** BHYT visits are claimed from insurance; fee visits are paid by the patient. */
export const VISIT_KINDS = ['bhyt', 'fee'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** Who goes before the others by law: the very young and old, disability, pregnancy, emergency. */
export const PRIORITIES = [
  'none',
  'child',
  'elderly',
  'disability',
  'pregnancy',
  'emergency',
] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A visit's way through the station; later slices (exam, pharmacy, billing) move it along. */
export const VISIT_STATUSES = [
  'waiting',
  'in_exam',
  'awaiting_pharmacy',
  'awaiting_payment',
  'done',
  'cancelled',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/**
 * What each room may do with a visit, by its status: the one place these rules live, so every
 * backend guard (and the screens) ask here instead of listing statuses of their own.
 */
export const VISIT_STATUS_RULES = {
  /** Reception may cancel a visit still at reception or in the exam room; later ones not. */
  cancellable: ['waiting', 'in_exam'],
  /** Vitals may be measured while the patient waits, or by the doctor. */
  takesVitals: ['waiting', 'in_exam'],
  /** The doctor may call the patient in. */
  callable: ['waiting'],
  /** The doctor's record (diagnoses, orders, prescription) is open. */
  inExam: ['in_exam'],
  /** Waiting at the pharmacy for a first hand-over. */
  atPharmacy: ['awaiting_pharmacy'],
  /** The doctor is done: the pharmacy may hand over, take back, or stop owing drugs. */
  dispensable: ['awaiting_pharmacy', 'awaiting_payment', 'done'],
  /** The visit has its bill: priced, payable, refundable. */
  billable: ['awaiting_payment', 'done'],
  /** Waiting at the cash desk. */
  atCashier: ['awaiting_payment'],
  /** Finished: what a claim is made of. */
  claimable: ['done'],
  /** Out of the queue for good. */
  final: ['done', 'cancelled'],
} as const satisfies Record<string, readonly VisitStatus[]>;

export type VisitStatusRule = keyof typeof VISIT_STATUS_RULES;

/** True when a visit in `status` may do what `rule` names. */
export function visitIs(status: VisitStatus, rule: VisitStatusRule): boolean {
  return (VISIT_STATUS_RULES[rule] as readonly VisitStatus[]).includes(status);
}

/** The statuses of a rule, for queries that filter by them. */
export function statusesOf(rule: VisitStatusRule): VisitStatus[] {
  return [...VISIT_STATUS_RULES[rule]];
}

/** Where each step of the station sends a visit (VISIT_TRANSITIONS allows each move). */
export const VISIT_STEPS = {
  /** The doctor calls the patient in. */
  callIn: 'in_exam',
  /** The doctor sends the patient back to the waiting room. */
  sendBack: 'waiting',
  /** The exam ends with drugs to hand over. */
  toPharmacy: 'awaiting_pharmacy',
  /** The exam (or the pharmacy) is done: on to the cashier. */
  toCashier: 'awaiting_payment',
  /** The bill is settled. */
  settle: 'done',
  cancel: 'cancelled',
} as const satisfies Record<string, VisitStatus>;

export const FINAL_STATUSES: readonly VisitStatus[] = VISIT_STATUS_RULES.final;

export const CANCELLABLE_STATUSES: readonly VisitStatus[] = VISIT_STATUS_RULES.cancellable;

export function isFinalStatus(status: VisitStatus): boolean {
  return visitIs(status, 'final');
}

export interface PriorityRules {
  /** Children below this age (years) go first. */
  childUnderYears: number;
  /** People of this age (years) and over go first. */
  elderlyFromYears: number;
}

/**
 * The priority age gives on `date`: a year-only birth counts as a child while the child could
 * still be under the limit (as if born on 31 December), so no small child is missed.
 */
export function priorityFromAge(birth: Birth, date: string, rules: PriorityRules): Priority {
  const age = ageOn(birth, date, { childMonths: rules.childUnderYears * 12 });
  if (!age.ok) return 'none';
  if (age.value.isUnder72Months) return 'child';
  if (age.value.years >= rules.elderlyFromYears) return 'elderly';
  return 'none';
}

/** What staff chose wins; otherwise the age decides. */
export function visitPriority(
  chosen: Priority | undefined,
  birth: Birth,
  date: string,
  rules: PriorityRules,
): Priority {
  if (chosen && chosen !== 'none') return chosen;
  return priorityFromAge(birth, date, rules);
}

/** Emergencies first, then every other priority, then everyone else. */
export function priorityRank(priority: Priority): number {
  if (priority === 'emergency') return 0;
  return priority === 'none' ? 2 : 1;
}

export interface QueueOrderable {
  status: VisitStatus;
  priority: Priority;
  queueNumber: number;
}

/** Open visits before finished ones, then priority, then the number taken at check-in. */
export function compareQueue(a: QueueOrderable, b: QueueOrderable): number {
  return (
    Number(isFinalStatus(a.status)) - Number(isFinalStatus(b.status)) ||
    priorityRank(a.priority) - priorityRank(b.priority) ||
    a.queueNumber - b.queueNumber
  );
}

/**
 * Minutes from check-in until the wait ended (the exam started, or the visit moved on or was
 * cancelled), or until `now` while the patient still waits.
 */
export function waitingMinutes(
  visit: {
    status: VisitStatus;
    createdAt: string;
    examStartedAt: string | null;
    statusChangedAt: string;
  },
  now: Date,
): number {
  const until = visitIs(visit.status, 'callable')
    ? now.getTime()
    : Date.parse(visit.examStartedAt ?? visit.statusChangedAt);
  return Math.max(0, Math.floor((until - Date.parse(visit.createdAt)) / 60_000));
}

/**
 * Why a patient cannot have a BHYT visit on `date` (no card, only a CCCD, card expired or
 * not yet valid), or null when the card covers the day. Shared so the form can say it first.
 */
export function bhytVisitRefusal(
  patient: { card: BhytValidity | null; insuranceStatus: InsuranceStatus },
  date: string,
): LocalizedText | null {
  if (!patient.card) {
    return patient.insuranceStatus === 'unverified'
      ? { key: 'visits.bhyt.unverified' }
      : { key: 'visits.bhyt.noCard' };
  }
  const valid = isBhytValidOn(patient.card, date);
  return valid.ok ? null : valid.error;
}

/**
 * Where a visit may go next. Reception checks in (waiting); the doctor takes the patient
 * (in_exam) and finishes (to the pharmacy when drugs were prescribed, else to the cashier);
 * the pharmacist hands over (to the cashier); the cashier settles the bill (done).
 */
export const VISIT_TRANSITIONS: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  waiting: ['in_exam', 'cancelled'],
  in_exam: ['awaiting_pharmacy', 'awaiting_payment', 'waiting', 'cancelled'],
  awaiting_pharmacy: ['awaiting_payment'],
  awaiting_payment: ['done'],
  done: [],
  cancelled: [],
};

export function canMoveVisit(from: VisitStatus, to: VisitStatus): boolean {
  return VISIT_TRANSITIONS[from].includes(to);
}
