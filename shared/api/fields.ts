import { z } from 'zod';
import { PASSWORD_MIN } from '../domain/accounts';
import { ROLES } from '../domain/roles';

export const empty = z.object({}).default({});
export const id = z.number().int().positive();
export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, 'validation.usernameFormat');
export const newPassword = z
  .string()
  .min(PASSWORD_MIN, 'validation.passwordTooShort')
  .max(128, 'validation.tooLong');
export const anyPassword = z.string().min(1, 'validation.required').max(128);
export const personName = z.string().trim().min(1, 'validation.required').max(100);
export const facilityCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{5}$/, 'validation.facilityCode');
export const roles = z.array(z.enum(ROLES)).min(1, 'users.rolesRequired').max(ROLES.length);
/** Calendar date as YYYY-MM-DD that exists (no 31 February). */
export const isoDate = z.iso.date('validation.date');
export const isoDateTime = z.iso.datetime({ offset: true, message: 'validation.date' });
/**
 * The id a client makes up for one write that moves money or stock, sent again unchanged when
 * it retries: the backend answers a repeat with the first result instead of doing it twice.
 */
export const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'validation.requestId');
