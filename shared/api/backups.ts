import { z } from 'zod';
import { mutation, query } from './contract';
import { empty } from './fields';

export const BACKUP_KINDS = [
  'daily',
  'shutdown',
  'migration',
  'manual',
  'before-restore',
  'before-encryption',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Where a copy is: this PC's backups folder, or the second place (another disk, a USB stick). */
export interface BackupPlace {
  place: 'pc' | 'second';
  path: string;
  verified: boolean;
  at: string;
}

export interface BackupView {
  id: string;
  createdAt: string;
  kind: BackupKind;
  bytes: number;
  sha256: string;
  verified: boolean;
  places: BackupPlace[];
  problems: string[];
  rowCounts: Record<string, number>;
  /** The audit chain's last entry in the copy (id and hash). */
  chainHead: { id: number; hash: string } | null;
  schemaVersion: number;
}

export const backupSettingsSchema = z.object({
  keepDaily: z.number().int().min(1).max(60).default(7),
  keepWeekly: z.number().int().min(0).max(52).default(4),
  keepMonthly: z.number().int().min(0).max(120).default(12),
  /** A folder on another disk or a USB stick; null: none. */
  secondPlace: z.string().trim().min(1).max(500).nullable().default(null),
  /** Warn on the home page when the newest good copy outside this PC is older than this. */
  offsiteWarnDays: z.number().int().min(1).max(90).default(7),
});
export type BackupSettings = z.output<typeof backupSettingsSchema>;

/** Only the fields given change (a .partial() of the above would fill in defaults). */
const settingsPatch = z
  .object({
    keepDaily: z.number().int().min(1).max(60),
    keepWeekly: z.number().int().min(0).max(52),
    keepMonthly: z.number().int().min(0).max(120),
    secondPlace: z.string().trim().min(1).max(500).nullable(),
    offsiteWarnDays: z.number().int().min(1).max(90),
  })
  .partial()
  .strict();

export interface IntegrityStatus {
  state: 'running' | 'ok' | 'failed';
  /** 'startup': checked before the first write (after an unclean shutdown); else in the background. */
  how: 'startup' | 'background';
  checkedAt: string | null;
  detail: string | null;
}

export interface BackupStatus {
  settings: BackupSettings;
  lastBackupAt: string | null;
  /** The newest verified copy in the second place. */
  lastOffsiteAt: string | null;
  offsiteStale: boolean;
  secondPlacePresent: boolean;
  running: boolean;
  integrity: IntegrityStatus;
  recoveryCodePending: boolean;
}

const backupId = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z._-]{1,100}$/, 'validation.invalid');

export const backupsApi = {
  'backups.list': query<BackupView[]>()({
    input: empty,
    access: ['admin'],
    summary: 'Backups in this PC and the second place, newest first, with their checks.',
  }),
  'backups.create': mutation<BackupView>()({
    input: empty,
    access: ['admin'],
    summary: 'Takes a verified backup now (in the background; the clinic keeps working).',
  }),
  'backups.verify': query<{ ok: boolean; problems: string[] }>()({
    input: z.object({ id: backupId }),
    access: ['admin'],
    summary: 'Checks a backup again: checksum, opens with the key, quick_check, rows, chain head.',
  }),
  'backups.restore': mutation<{ restored: BackupView; beforeRestore: BackupView }>()({
    input: z.object({ id: backupId }),
    access: ['admin'],
    summary: 'Replaces the database with a verified backup, keeping the current one first.',
  }),
  'backups.settings': mutation<BackupSettings>()({
    input: settingsPatch,
    access: ['admin'],
    summary: 'Changes backup rotation and the second place; an empty input reads them.',
  }),
  'backups.status': query<BackupStatus>()({
    input: empty,
    access: 'authenticated',
    summary: 'Last backups, the off-site warning, the integrity check and the recovery code.',
  }),
  'backups.recoveryCode': query<{ code: string }>()({
    input: empty,
    access: ['admin'],
    summary: 'The recovery code, shown until the admin confirms it is printed and kept.',
  }),
  'backups.recoveryCodeSaved': mutation<{ ok: true }>()({
    input: empty,
    access: ['admin'],
    summary: 'Confirms the recovery code is kept; it is never shown again.',
  }),
} as const;
