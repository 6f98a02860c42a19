import { z } from 'zod';
import type { BackupKind } from './backups';
import { mutation, query } from './contract';
import { empty } from './fields';

/** A backup the error screen can offer, found in the data folder or the second place. */
export interface RecoveryBackup {
  id: string;
  place: 'pc' | 'second';
  createdAt: string;
  kind: BackupKind;
  bytes: number;
  verified: boolean;
}

export interface RecoveryStatus {
  /** Why the database cannot be opened; null when Tram is running normally. */
  failure: { kind: string; message: string } | null;
  backups: RecoveryBackup[];
  /** This PC has no key for the database: restoring (or unlocking) needs the recovery code. */
  keyMissing: boolean;
  secondPlace: string | null;
}

const target = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z._-]{1,100}$/, 'validation.invalid'),
  place: z.enum(['pc', 'second']),
  /** Needed when this PC has no key (another PC, a lost key file). */
  code: z.string().trim().max(200).optional(),
});

/**
 * The start-up error screen's procedures: answered by the small recovery server (web) or the
 * desktop shell when the database cannot be opened. A running Tram refuses them.
 */
export const recoveryApi = {
  'recovery.status': query<RecoveryStatus>()({
    input: empty,
    access: 'public',
    summary: 'Why Tram could not open its database, and the backups it can restore.',
  }),
  'recovery.verify': query<{ ok: boolean; problems: string[] }>()({
    input: target,
    access: 'public',
    summary: 'Checks one backup from the error screen.',
  }),
  'recovery.restore': mutation<{ ok: true }>()({
    input: target,
    access: 'public',
    summary: 'Restores one backup from the error screen, then Tram starts on it.',
  }),
  'recovery.secondPlace': mutation<RecoveryStatus>()({
    input: z.object({ path: z.string().trim().min(1).max(500) }),
    access: 'public',
    summary: 'Looks for backups in another folder (a USB stick) from the error screen.',
  }),
  'recovery.unlock': mutation<{ ok: true }>()({
    input: z.object({ code: z.string().trim().min(1).max(200) }),
    access: 'public',
    summary: 'Opens the database with the recovery code when this PC lost its key.',
  }),
} as const;
