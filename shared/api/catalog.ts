import type { Sex } from '../domain/cccd';
import { z } from 'zod';
import { ITEM_CODE, insuredWithinPrice } from '../domain/catalog-rows';
import type { Scope } from '../domain/coverage';
import { PRESCRIPTION_TYPES, type PrescriptionType } from '../domain/prescription';
import { isUnitPrice } from '../domain/unit-price';
import type { Role } from '../domain/roles';
import type { LocalizedText } from './result';
import { mutation, query } from './contract';
import { empty, id } from './fields';

export const ICD_SOURCES = ['starter', 'import'] as const;
export type IcdSource = (typeof ICD_SOURCES)[number];
export const SERVICE_CATEGORIES = ['exam', 'lab', 'imaging', 'procedure', 'other'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
export const CATALOG_KINDS = ['icd', 'drugs', 'services'] as const;
export type CatalogKindName = (typeof CATALOG_KINDS)[number];

/** Who may import each catalogue: catalog.import admits them all, its handler checks the kind. */
export const IMPORT_ROLES: Readonly<Record<CatalogKindName, readonly Role[]>> = {
  icd: ['admin'],
  drugs: ['admin', 'pharmacist'],
  services: ['admin'],
};

/** The largest catalogue file accepted (the full MoH ICD-10 workbook is a few MB). */
export const MAX_IMPORT_FILE_BYTES = 18 * 1024 * 1024;
/** Rows of a dry run shown as they would be saved. */
export const IMPORT_PREVIEW_ROWS = 20;
/** Rejected rows listed in a result; the count covers them all. */
export const IMPORT_REJECTED_LISTED = 1000;
export const SEARCH_LIMIT_MAX = 100;

export interface IcdView {
  code: string;
  name: string;
  nameEn: string | null;
  chapter: string | null;
  group: string | null;
  isCategory: boolean;
  /** False for codes QĐ 4469 (appendix A2) never allows as the main diagnosis. */
  mainAllowed: boolean;
  /** QĐ 4469 appendix A4: a disease of one sex only. */
  sexOnly: Sex | null;
  /** QĐ 4469 appendix A3 age lists the code is on (bounds: shared/domain/icd-rules.ts). */
  ageLists: string[];
  active: boolean;
  source: IcdSource;
  /** In the caller's favourites. */
  favourite: boolean;
}

export interface DrugView {
  id: number;
  /** MA_THUOC. */
  code: string;
  /** Active ingredients as one line: "Paracetamol + Codein phosphat". */
  ingredient: string;
  ingredients: { name: string; strength: string }[];
  /** Trade name (TEN_THUOC). */
  name: string;
  strength: string;
  dosageForm: string | null;
  unit: string;
  route: string | null;
  routeCode: string | null;
  registrationNo: string | null;
  /** TT_THAU: decision;package;group;year. */
  tenderInfo: string | null;
  /** The prescription type letter it gives (TT 26/2025). */
  rxType: PrescriptionType;
  /** Dong, up to 3 decimals. */
  price: number;
  insuredPrice: number | null;
  insuranceRatio: number;
  scope: Scope;
  multiIngredient: boolean;
  active: boolean;
  updatedAt: string;
  /** What will hold claims back (claims/catalog-checks.ts): the form and the list say so. */
  claimWarnings: LocalizedText[];
}

export interface ServiceView {
  id: number;
  code: string;
  name: string;
  unit: string | null;
  category: ServiceCategory;
  /** Dong, up to 3 decimals. */
  price: number;
  insuredPrice: number | null;
  /** MA_DICH_VU of the shared list: XML3 carries it; a service without one cannot be claimed. */
  bhxhCode: string | null;
  /** A starter row whose code and price are examples. */
  example: boolean;
  /** What a result measures (XML4); empty: a text result. */
  resultIndices: ResultIndexView[];
  insuranceRatio: number;
  scope: Scope;
  active: boolean;
  updatedAt: string;
  /** What will hold claims back: no BHXH code. */
  claimWarnings: LocalizedText[];
}

export interface ResultIndexView {
  /** MA_CHI_SO (QĐ 7603 Phụ lục 11); '' where the list has none yet. */
  code: string;
  name: string;
  unit: string;
}

export interface ImportRejection {
  /** The row number as the spreadsheet shows it. */
  row: number;
  /** In the caller's language. */
  reason: string;
  reasonKey: LocalizedText;
}

export type ImportRowStatus = 'new' | 'changed' | 'unchanged';

export interface ImportPreviewRow {
  row: number;
  status: ImportRowStatus;
  code: string;
  name: string;
  /** Drugs: the active ingredients and strength; ICD-10: the English name. */
  detail: string | null;
  unit: string | null;
  price: number | null;
  insuredPrice: number | null;
}

export interface ImportResult {
  kind: CatalogKindName;
  dryRun: boolean;
  format: 'xlsx' | 'csv';
  /** Data rows read from the file (blank rows skipped). */
  rows: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejectedCount: number;
  /** The first IMPORT_REJECTED_LISTED rejected rows, in file order. */
  rejected: ImportRejection[];
  /** With dryRun: the first rows as they would be saved. */
  preview: ImportPreviewRow[];
}

export interface CatalogSummary {
  icd: { total: number; active: number; imported: number; favourites: number };
  drugs: { total: number; active: number };
  services: { total: number; active: number };
}

const searchLimit = z.number().int().min(1).max(SEARCH_LIMIT_MAX).default(20);
const searchText = z.string().trim().max(100);
/** Dong with up to 3 decimals, as BHXH writes unit prices (DON_GIA 735.5). */
const unitPrice = z
  .number()
  .min(0)
  .max(1_000_000_000)
  .refine(isUnitPrice, 'catalog.price.decimals');
const itemCode = z.string().trim().regex(ITEM_CODE, 'catalog.code.invalid');
const shortText = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
/** What drugs and services carry for invoices and claims: prices, TYLE_TT_BH, PHAM_VI. */
const billing = {
  price: unitPrice,
  insuredPrice: unitPrice.nullish().transform((v) => v ?? null),
  insuranceRatio: z.number().int('validation.integer').min(0).max(100).default(100),
  scope: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
  active: z.boolean().default(true),
};
/** The refinement both item inputs share: the rule itself lives with the import's row checks. */
const insuredCheck = {
  check: (item: { price: number; insuredPrice: number | null }): boolean =>
    insuredWithinPrice(item.price, item.insuredPrice),
  issue: { message: 'catalog.insuredAbovePrice', path: ['insuredPrice'] },
};

export const drugInput = z
  .object({
    id: id.optional(),
    code: itemCode,
    name: shortText(300).min(1, 'validation.required'),
    ingredients: z
      .array(
        z.object({
          name: shortText(200).min(1, 'validation.required'),
          strength: shortText(100).default(''),
        }),
      )
      .min(1, 'catalog.drug.ingredientRequired')
      .max(10),
    dosageForm: optionalText(100),
    unit: shortText(50).min(1, 'validation.required'),
    route: optionalText(100),
    routeCode: optionalText(20),
    registrationNo: optionalText(50),
    tenderInfo: optionalText(50),
    rxType: z.enum(PRESCRIPTION_TYPES).default('c'),
    ...billing,
  })
  .refine(insuredCheck.check, insuredCheck.issue);

export const serviceInput = z
  .object({
    id: id.optional(),
    code: itemCode,
    name: shortText(300).min(1, 'validation.required'),
    unit: optionalText(50),
    category: z.enum(SERVICE_CATEGORIES).default('other'),
    bhxhCode: z
      .string()
      .trim()
      .max(50)
      .regex(/^[0-9A-Za-z._-]*$/, 'catalog.service.bhxhCodeInvalid')
      .nullish()
      .transform((v) => (v ? v : null)),
    resultIndices: z
      .array(
        z.object({
          code: shortText(50).default(''),
          name: shortText(255).min(1, 'validation.required'),
          unit: shortText(50).default(''),
        }),
      )
      .max(50)
      .default([]),
    ...billing,
  })
  .refine(insuredCheck.check, insuredCheck.issue);

const anyone = 'authenticated' as const;

export const catalogApi = {
  'catalog.summary': query<CatalogSummary>()({
    input: empty,
    access: ['admin', 'pharmacist', 'doctor'],
    summary: 'How many ICD-10 codes, drugs and services the catalogues hold.',
  }),
  'catalog.icd.search': query<IcdView[]>()({
    input: z.object({
      q: searchText,
      limit: searchLimit,
      includeInactive: z.boolean().default(false),
    }),
    access: anyone,
    summary:
      'ICD-10 codes by code prefix ("I1", "j06") or folded words; the caller\'s favourites first. An empty q lists the favourites.',
  }),
  'catalog.icd.favourite': mutation<IcdView>()({
    input: z.object({
      code: z.string().trim().toUpperCase().min(1).max(10),
      favourite: z.boolean(),
    }),
    access: ['doctor'],
    summary: "Adds an ICD-10 code to the caller's favourites or takes it off.",
  }),
  'catalog.drugs.search': query<DrugView[]>()({
    input: z.object({
      q: searchText.default(''),
      limit: searchLimit,
      includeInactive: z.boolean().default(false),
    }),
    access: anyone,
    summary:
      'Drugs whose folded active ingredient or trade name starts with the words typed, or whose MA_THUOC starts with q.',
  }),
  'catalog.drugs.get': query<DrugView>()({
    input: z.object({ id }),
    access: anyone,
    summary: 'One drug.',
  }),
  'catalog.drugs.save': mutation<DrugView>()({
    input: drugInput,
    access: ['admin', 'pharmacist'],
    summary:
      'Creates a drug, or edits one when id is given. A BHYT drug whose price differs from its insured price is refused (XML2 has one price); a route code outside the MoH list is refused; a BHYT drug without tender information saves with a warning.',
  }),
  'catalog.services.search': query<ServiceView[]>()({
    input: z.object({
      q: searchText.default(''),
      limit: searchLimit,
      includeInactive: z.boolean().default(false),
    }),
    access: anyone,
    summary: 'Services by code prefix or folded words of the name; all of them when q is empty.',
  }),
  'catalog.services.get': query<ServiceView>()({
    input: z.object({ id }),
    access: anyone,
    summary: 'One service.',
  }),
  'catalog.services.save': mutation<ServiceView>()({
    input: serviceInput,
    access: ['admin'],
    summary:
      'Creates a service, or edits one when id is given; one without a BHXH code (MA_DICH_VU) saves with a warning, as claims will hold its visits back.',
  }),
  'catalog.import': mutation<ImportResult>()({
    input: z.object({
      kind: z.enum(CATALOG_KINDS),
      fileName: z.string().trim().min(1).max(255),
      content: z
        .base64('catalog.file.notBase64')
        .max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4, 'catalog.file.tooLarge'),
      dryRun: z.boolean().default(false),
    }),
    access: ['admin', 'pharmacist'],
    // Base64 adds a third to the file's size.
    maxBodyBytes: Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 64 * 1024,
    summary:
      'Imports an xlsx or csv catalogue (ICD-10, BHXH drug layout, services): new rows added, known ones updated in place, bad rows reported. dryRun previews without writing. Pharmacists may import drugs only.',
  }),
} as const;
