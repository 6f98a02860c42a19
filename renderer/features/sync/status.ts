import type { OutboxStatus } from '../../../shared/domain/sync';

export const STATUS_COLORS: Readonly<Record<OutboxStatus, string>> = {
  pending: 'orange',
  sent: 'teal',
  failed: 'red',
};
