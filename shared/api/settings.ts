import { z } from 'zod';
import { CHILD_AGE_MONTHS } from '../domain/age';
import { DEFAULT_WEDGE_SETTINGS as WEDGE } from '../domain/scanner-wedge';
import { mutation, query } from './contract';
import { empty } from './fields';
import { facilityDetails } from './auth';

/** Each section is stored as one row and read through its schema, so new fields get defaults. */
export const settingsSections = {
  facility: facilityDetails,
  security: z.object({
    idleLockMinutes: z.number().int().min(1).max(240).default(10),
    lockoutAttempts: z.number().int().min(3).max(20).default(5),
    lockoutMinutes: z.number().int().min(1).max(1440).default(15),
  }),
  network: z.object({
    lanEnabled: z.boolean().default(false),
    lanPort: z.number().int().min(1024).max(65535).default(8717),
  }),
  /** Keyboard-wedge scanners (see shared/domain/scanner-wedge.ts for what each field does). */
  scanner: z.object({
    prefix: z.string().min(1).max(20).optional(),
    suffix: z.string().min(1).max(20).default(WEDGE.suffix),
    maxAvgIntervalMs: z.number().int().min(5).max(200).default(WEDGE.maxAvgIntervalMs),
    maxGapMs: z.number().int().min(20).max(2000).default(WEDGE.maxGapMs),
    minLength: z.number().int().min(2).max(100).default(WEDGE.minLength),
    hexMode: z.boolean().default(WEDGE.hexMode),
  }),
  /** Queue priority by age (law: under 6, 80 and over) and when a guardian is needed. */
  reception: z.object({
    childPriorityUnderYears: z.number().int().min(0).max(18).default(6),
    elderlyPriorityFromYears: z.number().int().min(50).max(120).default(80),
    guardianUnderMonths: z.number().int().min(0).max(216).default(CHILD_AGE_MONTHS),
  }),
} as const;

export type SettingsSection = keyof typeof settingsSections;
export type Settings = { [K in SettingsSection]: z.output<(typeof settingsSections)[K]> };

export const settingsApi = {
  'settings.get': query<Settings>()({
    input: empty,
    access: 'authenticated',
    summary: 'All settings, with defaults filled in.',
  }),
  'settings.update': mutation<Settings>()({
    input: z.object({
      facility: settingsSections.facility.optional(),
      security: settingsSections.security.partial().optional(),
      network: settingsSections.network.partial().optional(),
      scanner: settingsSections.scanner.partial().optional(),
      reception: settingsSections.reception.partial().optional(),
    }),
    access: ['admin'],
    summary: 'Changes whole sections (facility) or single fields (the others).',
  }),
} as const;
