export const ROLES = [
  'admin',
  'doctor',
  'nurse',
  'pharmacist',
  'cashier',
  'receptionist',
  'reporter',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Everyone who works with patients. The reporter (the station head's deputy for statistics)
 * sees aggregate reports only, never a patient's record.
 */
export const STAFF_ROLES = ROLES.filter((role) => role !== 'reporter');

export function hasAnyRole(held: readonly Role[], allowed: readonly Role[]): boolean {
  return held.some((role) => allowed.includes(role));
}
