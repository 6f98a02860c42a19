import { z } from 'zod';
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
    }),
    access: ['admin'],
    summary: 'Changes whole sections (facility) or single fields (security, network).',
  }),
} as const;
