import { z } from 'zod';
import { CHILD_AGE_MONTHS } from '../domain/age';
import {
  CHRONIC_ICD_PREFIXES,
  DEFAULT_PRESCRIPTION_SERIES,
  MAX_CHRONIC_PRESCRIPTION_DAYS,
  MAX_PRESCRIPTION_DAYS,
} from '../domain/prescription';
import { DEFAULT_WEDGE_SETTINGS as WEDGE } from '../domain/scanner-wedge';
import { mutation, query } from './contract';
import {
  cashierSettings,
  claimsSettings,
  coveragePatch,
  coverageSettings,
} from './billing-settings';
import { scannerDevicesSettings } from './devices';
import { empty, isoDate } from './fields';
import { facilityDetails, facilitySection } from './auth';
import { printingSettings } from './documents';

/** Each section is stored as one row and read through its schema, so new fields get defaults. */
export const settingsSections = {
  facility: facilitySection,
  security: z.object({
    idleLockMinutes: z.number().int().min(1).max(240).default(10),
    lockoutAttempts: z.number().int().min(3).max(20).default(5),
    lockoutMinutes: z.number().int().min(1).max(1440).default(15),
    /** A session ends this long after sign-in, however busy (besides the idle timeout). */
    sessionMaxHours: z.number().int().min(1).max(72).default(12),
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
    scanTimeoutMs: z.number().int().min(200).max(10_000).default(WEDGE.scanTimeoutMs),
  }),
  /** HID POS and USB-COM scanners the backend opens; saved through devices.scanners.save. */
  scannerDevices: scannerDevicesSettings,
  /** Queue priority by age (law: under 6, 80 and over) and when a guardian is needed. */
  reception: z.object({
    childPriorityUnderYears: z.number().int().min(0).max(18).default(6),
    elderlyPriorityFromYears: z.number().int().min(50).max(120).default(80),
    guardianUnderMonths: z.number().int().min(0).max(216).default(CHILD_AGE_MONTHS),
    /** Print the queue ticket as soon as the visit is created (receipt printer or OS printer). */
    autoPrintTicket: z.boolean().default(false),
  }),
  /** OS printers for PDFs printed without a dialog in the desktop app. */
  printing: printingSettings,
  /**
   * Prescribing limits (TT 26/2025): days allowed, the chronic conditions (ICD-10 prefixes)
   * that allow longer, the series letter of this station's prescription codes; the exam fee.
   */
  clinical: z.object({
    maxPrescriptionDays: z.number().int().min(1).max(90).default(MAX_PRESCRIPTION_DAYS),
    chronicMaxPrescriptionDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .default(MAX_CHRONIC_PRESCRIPTION_DAYS),
    chronicIcdPrefixes: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]\d{2}(\.\d{1,2})?$/, 'validation.invalid'),
      )
      .max(1000)
      .default([...CHRONIC_ICD_PREFIXES]),
    prescriptionSeries: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-Z]$/, 'validation.invalid')
      .default(DEFAULT_PRESCRIPTION_SERIES),
    /**
     * The services-catalogue code of the exam fee, ordered when the doctor takes a visit
     * (the starter catalogue's KB01); empty orders nothing.
     */
    examServiceCode: z.string().trim().max(30).default('KB01'),
  }),
  /** Pharmacy alerts and the dispensing list. */
  pharmacy: z.object({
    /** Batches expiring within this many days show as alerts. */
    expiryAlertDays: z.number().int().min(1).max(730).default(90),
    /** Prescriptions with drugs still owed stay on the dispensing list this many days. */
    owedListDays: z.number().int().min(1).max(365).default(30),
  }),
  /** BHYT rule numbers with effective dates, and this facility's route rule. */
  coverage: coverageSettings,
  /** Bank for VietQR, receipt book, shift rule. */
  cashier: cashierSettings,
  /** Codes for the XML 130 claim files. */
  claims: claimsSettings,
  /** Statistics reports: when they are due, and the authority printed above the station. */
  reports: z.object({
    /** Working days after a period ends to hand its report in (a form may set its own). */
    deadlineWorkingDays: z.number().int().min(1).max(60).default(5),
    /** Public holidays (YYYY-MM-DD) that do not count as working days. */
    holidays: z.array(isoDate).max(100).default([]),
    /** The line above the station's name on printed reports ("TTYT KHU VỰC …"). */
    authority: z.string().trim().max(200).default(''),
  }),
} as const;

type NoDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type Patch<S extends z.ZodRawShape> = z.ZodObject<{
  [K in keyof S]: z.ZodOptional<NoDefault<S[K]>>;
}>;

/**
 * Every field optional and without its default. zod's .partial() keeps defaults, so a missing
 * field would come back as its default and overwrite the saved value: an update must change
 * only the fields it names.
 */
function patchOf<S extends z.ZodRawShape>(section: z.ZodObject<S>): Patch<S> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(section.shape)) {
    shape[key] = z.optional(field instanceof z.ZodDefault ? field.unwrap() : field);
  }
  return z.object(shape) as unknown as Patch<S>;
}

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
      // The kind is chosen at setup only: an update keeps it.
      facility: facilityDetails.optional(),
      security: patchOf(settingsSections.security).optional(),
      network: patchOf(settingsSections.network).optional(),
      // null clears the prefix (JSON cannot send "undefined").
      scanner: patchOf(settingsSections.scanner)
        .extend({ prefix: z.string().min(1).max(20).nullable().optional() })
        .optional(),
      reception: patchOf(settingsSections.reception).optional(),
      printing: printingSettings.optional(),
      clinical: patchOf(settingsSections.clinical).optional(),
      pharmacy: patchOf(settingsSections.pharmacy).optional(),
      coverage: coveragePatch.optional(),
      cashier: patchOf(settingsSections.cashier).optional(),
      claims: patchOf(settingsSections.claims).optional(),
      reports: patchOf(settingsSections.reports).optional(),
    }),
    access: ['admin'],
    summary: 'Changes whole sections (facility) or single fields (the others).',
  }),
} as const;
