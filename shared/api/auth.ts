import { z } from 'zod';
import { FACILITY_KINDS } from '../domain/facility-kind';
import type { Role } from '../domain/roles';
import type { Locale } from '../i18n';
import { mutation, query } from './contract';
import { anyPassword, empty, facilityCode, newPassword, personName, username } from './fields';
import type { Settings } from './settings';

export interface UserView {
  id: number;
  username: string;
  fullName: string;
  roles: Role[];
  /** May void payments alongside admins. */
  cashierSupervisor: boolean;
  /** MA_BAC_SI in claims (practising certificate number). */
  practitionerCode: string | null;
  active: boolean;
  mustChangePassword: boolean;
  /** The person has chosen their own password at least once (false for a new account). */
  passwordChosen: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface SessionView {
  token: string;
  user: UserView;
  /** Minutes without input before the screen locks. */
  idleLockMinutes: number;
}

export interface AuthStatus {
  setUp: boolean;
  facilityName: string | null;
}

export interface Me {
  user: UserView;
  facility: Settings['facility'];
  idleLockMinutes: number;
}

export const facilityDetails = z.object({
  name: z.string().trim().min(1, 'validation.required').max(200),
  code: facilityCode,
  address: z.string().trim().max(300).default(''),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9 +().-]{0,20}$/, 'validation.invalid')
    .default(''),
});

/** The facility as setup records it and settings keep it. */
export const facilitySection = facilityDetails.extend({
  kind: z.enum(FACILITY_KINDS).default('station'),
});

export const authApi = {
  'auth.status': query<AuthStatus>()({
    input: empty,
    access: 'public',
    summary: 'Whether first-run setup is done, and the facility name for the sign-in page.',
  }),
  'auth.setup': mutation<SessionView>()({
    input: z.object({
      facility: facilitySection,
      admin: z.object({ username, fullName: personName, password: newPassword }),
      /** The one-time code Tram printed at start (the desktop app passes it itself). */
      setupCode: z.string().trim().min(1, 'validation.required').max(100),
    }),
    access: 'public',
    summary:
      'First run only, with the printed setup code: records the facility and creates the administrator, signed in.',
  }),
  'auth.login': mutation<SessionView>()({
    input: z.object({
      username: z.string().trim().toLowerCase().min(1, 'validation.required').max(64),
      password: anyPassword,
      locale: z.enum(['vi', 'en'] satisfies Locale[]).optional(),
    }),
    access: 'public',
    summary: 'Signs in; returns a bearer token. Locks the account after repeated failures.',
  }),
  'auth.logout': mutation<{ ok: true }>()({
    input: empty,
    access: 'authenticated',
    whileLocked: true,
    beforePasswordChange: true,
    summary: 'Ends this session.',
  }),
  'auth.me': query<Me>()({
    input: empty,
    access: 'authenticated',
    beforePasswordChange: true,
    summary: 'The signed-in user and the facility.',
  }),
  'auth.lock': mutation<{ ok: true }>()({
    input: empty,
    access: 'authenticated',
    beforePasswordChange: true,
    summary: 'Locks this session until auth.unlock (idle lock).',
  }),
  'auth.unlock': mutation<{ ok: true }>()({
    input: z.object({ password: anyPassword }),
    access: 'authenticated',
    whileLocked: true,
    beforePasswordChange: true,
    summary: "Unlocks this session with the user's password.",
  }),
  'auth.changePassword': mutation<{ ok: true }>()({
    input: z.object({ currentPassword: anyPassword, newPassword }),
    access: 'authenticated',
    beforePasswordChange: true,
    summary: "Changes the signed-in user's password.",
  }),
} as const;
