import { z } from 'zod';
import type { UserView } from './auth';
import { mutation, query } from './contract';
import { empty, id, newPassword, personName, roles, username } from './fields';

const cashierSupervisor = z.boolean();
/** The practising certificate number; empty clears it. */
const practitionerCode = z
  .string()
  .trim()
  .max(30)
  .transform((value) => value || null);

export const usersApi = {
  'users.list': query<UserView[]>()({
    input: empty,
    access: ['admin'],
    summary: 'All user accounts.',
  }),
  'users.create': mutation<UserView>()({
    input: z.object({
      username,
      fullName: personName,
      password: newPassword,
      roles,
      cashierSupervisor: cashierSupervisor.default(false),
      practitionerCode: practitionerCode.optional(),
    }),
    access: ['admin'],
    summary: 'Creates a user; the user must choose a new password at first sign-in.',
  }),
  'users.update': mutation<UserView>()({
    input: z.object({
      id,
      fullName: personName.optional(),
      roles: roles.optional(),
      cashierSupervisor: cashierSupervisor.optional(),
      practitionerCode: practitionerCode.optional(),
      active: z.boolean().optional(),
      password: newPassword.optional(),
    }),
    access: ['admin'],
    summary:
      'Renames, changes roles or the cashier supervisor mark, deactivates or reactivates, or resets the password.',
  }),
} as const;
