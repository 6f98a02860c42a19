export const ROLES = ['admin', 'doctor', 'nurse', 'pharmacist', 'cashier', 'receptionist'] as const;
export type Role = (typeof ROLES)[number];

export function hasAnyRole(held: readonly Role[], allowed: readonly Role[]): boolean {
  return held.some((role) => allowed.includes(role));
}
