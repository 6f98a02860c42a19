import type { VisitStatus } from '../../../shared/domain/queue';

/** One colour per visit status, the same on every list of visits. */
export const STATUS_COLORS: Readonly<Record<VisitStatus, string>> = {
  waiting: 'blue',
  in_exam: 'teal',
  awaiting_pharmacy: 'grape',
  awaiting_payment: 'orange',
  done: 'gray',
  cancelled: 'red',
};
