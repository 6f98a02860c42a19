import { z } from 'zod';
import type { Sex } from '../domain/cccd';
import type { InsuranceStatus } from '../domain/patient';
import type { SearchMatch } from '../domain/patient-search';
import type { Priority, VisitKind, VisitStatus } from '../domain/queue';
import { STAFF_ROLES } from '../domain/roles';
import { mutation, query } from './contract';
import { id, isoDate, personName } from './fields';
import type { FileResult } from './files';

/** Reception work: registering, editing, checking in. */
export const RECEPTION_ROLES = ['receptionist', 'nurse', 'doctor', 'admin'] as const;

/** Text a form may leave blank: trimmed, and '' is "not given". */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .transform((value) => value || undefined)
    .optional();

/** A formatted value a form may leave blank ('' for an empty date or number field). */
const blankable = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal('').transform(() => undefined), schema]).optional();

const birthYear = z.number().int().min(1800, 'validation.tooSmall').max(2999);

export const bhytCardInput = z.object({
  code: z.string().trim().min(1, 'validation.required').max(20),
  validFrom: isoDate,
  validTo: isoDate,
  /** MA_DKBD, 5 characters; checked with the rest of the card. */
  facilityCode: text(10),
  fiveYearDate: blankable(isoDate),
});

export const patientInput = z.object({
  fullName: personName,
  sex: z.enum(['male', 'female'] satisfies Sex[]),
  birthDate: blankable(isoDate),
  birthYear: blankable(birthYear),
  phone: text(20),
  cccd: text(20),
  bhyt: bhytCardInput.optional(),
  /** Without a card: 'unverified' (says insured, card not seen) or 'none'. */
  insuranceStatus: z.enum(['none', 'unverified']).optional(),
  address: z
    .object({
      text: text(300),
      street: text(200),
      wardCode: text(5),
      provinceCode: text(2),
      /** The pre-2025 ward, where the 2025 one took parts of several old districts. */
      oldWardCode: text(5),
    })
    .optional(),
  /** MA_QUOCTICH, 3 digits (TT 07/2016/TT-BCA Phụ lục 2); left out: Việt Nam. */
  nationalityCode: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\d{3}$/, 'patients.nationality.code'),
    ])
    .transform((value) => value || undefined)
    .optional(),
  ethnicityCode: text(2),
  occupation: text(100),
  /** QĐ 34/2020/QĐ-TTg, 5 digits; 00000 for none. */
  occupationCode: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\d{5}$/, 'patients.occupation.code'),
    ])
    .transform((value) => value || undefined)
    .optional(),
  allergies: z
    .object({
      text: text(500),
      ingredients: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
    })
    .optional(),
  guardian: z.object({ name: personName, phone: text(20) }).optional(),
  notes: text(1000),
});

export type PatientInput = z.input<typeof patientInput>;

/** A short view of a person, as lists show it. */
export interface PatientSummary {
  id: number;
  code: string;
  fullName: string;
  sex: Sex;
  birthDate?: string;
  birthYear: number;
  phone?: string;
  cccd?: string;
  bhytCode?: string;
  lastVisitAt?: string;
}

export interface PatientSearchResult extends PatientSummary {
  match: SearchMatch;
}

export interface BhytCardView {
  code: string;
  validFrom: string;
  validTo: string;
  facilityCode?: string;
  fiveYearDate?: string;
}

export interface VisitSummary {
  visitId: number;
  visitDate: string;
  queueNumber: number;
  kind: VisitKind;
  priority: Priority;
  status: VisitStatus;
  reason?: string;
  cancelReason?: string;
  createdAt: string;
}

/** The whole record, shaped like patients.create's input so a form can round-trip it. */
export interface PatientView extends PatientSummary {
  bhyt?: BhytCardView;
  insuranceStatus: InsuranceStatus;
  address: {
    text?: string;
    street?: string;
    wardCode?: string;
    provinceCode?: string;
    wardName?: string;
    provinceName?: string;
    oldWardCode?: string;
    /** "Xã Đông Hòa (Huyện Đông Sơn)": the old ward with its old district. */
    oldWardName?: string;
  };
  /** Left out: Việt Nam. */
  nationalityCode?: string;
  ethnicityCode?: string;
  occupation?: string;
  occupationCode?: string;
  allergies: { text?: string; ingredients: string[] };
  guardian?: { name: string; phone?: string };
  notes?: string;
  /** Set on a record merged into another: open that one instead. */
  mergedInto?: { id: number; code: string };
  createdAt: string;
  updatedAt: string;
  /** The latest visits, newest first. */
  visits: VisitSummary[];
}

export type DuplicateReason = 'cccd' | 'bhyt' | 'nameBirthYear' | 'phone';

export interface DuplicateCandidate extends PatientSummary {
  reasons: DuplicateReason[];
  /** Same CCCD or card: saving would be refused; open this record instead. */
  blocking: boolean;
}

export const patientsApi = {
  'patients.create': mutation<PatientView>()({
    input: patientInput,
    access: RECEPTION_ROLES,
    summary: 'Registers a patient; refuses a CCCD or BHYT card code already registered.',
  }),
  'patients.update': mutation<PatientView>()({
    input: patientInput.extend({
      id,
      /** updatedAt as read: refused if someone saved the record since. */
      expectedUpdatedAt: z.string().max(40).optional(),
    }),
    access: RECEPTION_ROLES,
    summary: 'Replaces a patient record with the whole form (fields left out are cleared).',
  }),
  'patients.get': query<PatientView>()({
    input: z.object({ id }),
    access: STAFF_ROLES,
    summary: 'One patient record with recent visits; writes who looked at it to the audit log.',
  }),
  'patients.search': query<PatientSearchResult[]>()({
    input: z.object({
      q: z.string().trim().max(200),
      birthYear: birthYear.optional(),
      limit: z.number().int().min(1).max(50).default(20),
    }),
    access: STAFF_ROLES,
    summary: 'Finds patients by name words (any accents), phone, CCCD, BHYT code or patient code.',
  }),
  'patients.duplicates': query<DuplicateCandidate[]>()({
    input: z.object({
      draft: z.object({
        fullName: z.string().max(200).optional(),
        birthDate: z.string().max(20).optional(),
        birthYear: z.union([z.number(), z.literal('')]).optional(),
        phone: z.string().max(40).optional(),
        cccd: z.string().max(40).optional(),
        bhyt: z.object({ code: z.string().max(40).optional() }).optional(),
      }),
      /** The record being edited, which is no duplicate of itself. */
      excludeId: id.optional(),
    }),
    access: STAFF_ROLES,
    summary:
      'Registered patients a draft may duplicate: same CCCD, card, name + birth year, phone.',
  }),
  'patients.merge': mutation<PatientView>()({
    input: z.object({ keepId: id, mergeId: id }),
    access: ['admin'],
    summary: 'Merges a duplicate into the kept record: visits move, empty fields are filled.',
  }),
  'patients.card': query<FileResult>()({
    input: z.object({ id }),
    access: STAFF_ROLES,
    returnsFile: true,
    summary: 'The patient card (CR80 PDF) with the patient code as Code128 and QR.',
  }),
} as const;
