/**
 * Insurance as reception knows it offline: a card seen ('verified'), a patient who says they
 * are insured but showed only the chip CCCD (Đề án 06: 'unverified' until the BHXH look-up),
 * or none (fee-paying).
 */
export const INSURANCE_STATUSES = ['none', 'verified', 'unverified'] as const;
export type InsuranceStatus = (typeof INSURANCE_STATUSES)[number];

/** A card wins; then what staff chose; a CCCD alone means insurance still to be checked. */
export function insuranceStatusFor(record: {
  hasCard: boolean;
  hasCccd: boolean;
  chosen?: Exclude<InsuranceStatus, 'verified'> | undefined;
}): InsuranceStatus {
  if (record.hasCard) return 'verified';
  if (record.chosen) return record.chosen;
  return record.hasCccd ? 'unverified' : 'none';
}
