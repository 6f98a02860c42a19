import { z } from 'zod';
import { PERIOD_TYPES } from './periods';

/**
 * A report form as data (resources/reports/*.json, or a file an administrator imports): its
 * data elements, what computes each (a named indicator) or that staff enter it by hand, how it
 * is disaggregated, the checks it must pass and how it is printed. DHIS2's model: the form is
 * a data set, each row a data element, each disaggregation a category combination.
 */
export const DEFINITION_FORMAT = 1;

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
/** Data set codes may carry dashes (TT37-XA-THANG). */
export const DATASET_CODE = /^[A-Z0-9][A-Z0-9_-]{1,49}$/;
export const DATA_ELEMENT_CODE = /^[A-Z][A-Z0-9_]{0,49}$/;
/** Category codes become ADX attribute names, so they must be XML names. */
export const CATEGORY_CODE = /^[A-Z_][A-Z0-9_]{0,29}$/;
export const OPTION_CODE = /^[A-Z0-9]{1,20}$/;
/** Option codes joined by "_" (options themselves hold none). */
export const COMBO_CODE = /^[A-Z0-9]{1,20}(_[A-Z0-9]{1,20}){0,2}$/;
const isoDay = z.iso.date('validation.date');

const optionSchema = z.object({
  code: z.string().regex(OPTION_CODE, 'reports.definition.code'),
  name: text(100),
  /** For a `sex` category. */
  sex: z.enum(['male', 'female']).optional(),
  /** For an `age` category: completed years, from included, to excluded. */
  fromYears: z.number().int().min(0).max(150).optional(),
  toYears: z.number().int().min(1).max(150).optional(),
  /** For an `insurance` category. */
  insured: z.boolean().optional(),
});

/** What the engine reads from a visit to put it under one option; `entered` is by hand only. */
export const CATEGORY_DIMENSIONS = ['sex', 'age', 'insurance', 'entered'] as const;
export type CategoryDimension = (typeof CATEGORY_DIMENSIONS)[number];

const categorySchema = z.object({
  code: z.string().regex(CATEGORY_CODE, 'reports.definition.code'),
  name: text(100),
  dimension: z.enum(CATEGORY_DIMENSIONS),
  options: z.array(optionSchema).min(2).max(20),
});

export const indicatorRefSchema = z.union([
  z.string().trim().min(1).max(60),
  z.object({
    name: z.string().trim().min(1).max(60),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
]);
export type IndicatorRef = z.infer<typeof indicatorRefSchema>;

const rowSchema = z.object({
  /** Absent on a heading row (text only, e.g. "Trong đó:"). */
  dataElement: z.string().regex(DATA_ELEMENT_CODE, 'reports.definition.code').optional(),
  /** As printed in the form's first column: "1", "1.1", "a". */
  number: z
    .string()
    .trim()
    .max(10)
    .optional()
    .transform((value) => value || undefined),
  name: text(300),
  unit: z.string().trim().max(30).optional(),
  indent: z.number().int().min(0).max(3).default(0),
  /** The indicator that computes the row; absent with `entered` (staff type it in). */
  indicator: indicatorRefSchema.optional(),
  entered: z.boolean().default(false),
  /** Category codes, crossed: ["GIOI_TINH", "TUOI_BENH"] gives NAM_DUOI5, NAM_5DEN14, … */
  disaggregation: z.array(z.string()).max(3).default([]),
  /** How a longer period is made from months for a hand-entered row (a population: last). */
  aggregation: z.enum(['sum', 'last']).default('sum'),
  /** Whether a district may add this row over its stations (a rate or a date may not). */
  summable: z.boolean().default(true),
  /** Both integers; vnd is shown with thousands and the currency. */
  valueType: z.enum(['count', 'vnd']).default('count'),
  note: z.string().trim().max(500).optional(),
});

const columnSchema = z.object({
  label: text(60),
  /** Options the column keeps (all of them, crossed); none is the row's total. */
  options: z.array(z.string()).max(3).default([]),
});

const sectionSchema = z.object({
  code: z.string().regex(DATA_ELEMENT_CODE, 'reports.definition.code'),
  title: text(200),
  columns: z.array(columnSchema).min(1).max(12),
  rows: z.array(rowSchema).min(1).max(400),
});

/** "KCB_LUOT" (the total) or "KCB_LUOT.NAM" (one disaggregation). */
const operand = z.string().regex(/^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)?$/, 'reports.definition.operand');
const ruleBase = {
  code: z.string().regex(DATA_ELEMENT_CODE, 'reports.definition.code'),
  /** Shown with the problem, in the form's words. */
  message: z.string().trim().max(300).optional(),
  severity: z.enum(['error', 'warning']).default('error'),
};

const ruleSchema = z.discriminatedUnion('kind', [
  /** Sum of left ≤ sum of right: a part is never more than its whole. */
  z.object({
    ...ruleBase,
    kind: z.literal('le'),
    left: z.array(operand).min(1).max(30),
    right: z.array(operand).min(1).max(30),
  }),
  /** Sum of left = sum of right. */
  z.object({
    ...ruleBase,
    kind: z.literal('equal'),
    left: z.array(operand).min(1).max(30),
    right: z.array(operand).min(1).max(30),
  }),
  /**
   * A month's figure and its year-to-date figure ("cộng dồn"): the month is at most the
   * year to date, and the year to date is last month's plus this month's.
   */
  z.object({
    ...ruleBase,
    kind: z.literal('yearToDate'),
    dataElement: z.string().regex(DATA_ELEMENT_CODE, 'reports.definition.code'),
    cumulative: z.string().regex(DATA_ELEMENT_CODE, 'reports.definition.code'),
  }),
]);

const printSchema = z.object({
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  /** "Biểu 1/BCX" in the top right corner. */
  formNumber: z.string().trim().max(60).optional(),
  /** "Ban hành kèm theo Thông tư số 37/2019/TT-BYT". */
  issuedWith: z.string().trim().max(200).optional(),
  /** The authority above the station's name ("TTYT KHU VỰC …"); the setting when absent. */
  authority: z.string().trim().max(200).optional(),
  /** "Nơi nhận: …" under the title. */
  recipient: z.string().trim().max(200).optional(),
  signatures: z.array(text(60)).min(1).max(4).default(['Người lập biểu', 'Trạm trưởng']),
});

export const definitionSchema = z.object({
  format: z.literal(DEFINITION_FORMAT),
  code: z.string().regex(DATASET_CODE, 'reports.definition.code'),
  version: z.number().int().min(1).max(9999),
  name: text(200),
  legalBasis: text(500),
  effectiveFrom: isoDay,
  effectiveTo: isoDay.nullable().default(null),
  /** The first is the form's usual period (its deadline tracker follows that one). */
  periodTypes: z.array(z.enum(PERIOD_TYPES)).min(1).max(PERIOD_TYPES.length),
  /** Working days after the period to hand it in; the setting when absent. */
  deadlineWorkingDays: z.number().int().min(1).max(60).optional(),
  description: z.string().trim().max(2000).optional(),
  categories: z.array(categorySchema).max(20).default([]),
  sections: z.array(sectionSchema).min(1).max(40),
  rules: z.array(ruleSchema).max(400).default([]),
  print: printSchema.default({
    orientation: 'portrait',
    signatures: ['Người lập biểu', 'Trạm trưởng'],
  }),
});

export type ReportDefinition = z.output<typeof definitionSchema>;
export type DefinitionInput = z.input<typeof definitionSchema>;
export type DefinitionSection = ReportDefinition['sections'][number];
export type DefinitionRow = DefinitionSection['rows'][number];
export type DefinitionColumn = DefinitionSection['columns'][number];
export type DefinitionCategory = ReportDefinition['categories'][number];
export type CategoryOption = DefinitionCategory['options'][number];
export type DefinitionRule = ReportDefinition['rules'][number];

/** A row that holds a value (not a heading). */
export type DataRow = DefinitionRow & { dataElement: string };

export function dataRows(definition: ReportDefinition): DataRow[] {
  return definition.sections.flatMap((section) =>
    section.rows.filter((row): row is DataRow => row.dataElement !== undefined),
  );
}

export interface Combo {
  /** The category option combo's code: option codes in category order, joined by "_". */
  code: string;
  /** Option code per category code. */
  options: Readonly<Record<string, string>>;
}

/** Every category option combo of a row, crossed in the order its categories are listed. */
export function combosOf(definition: ReportDefinition, row: DefinitionRow): Combo[] {
  let combos: Combo[] = [{ code: '', options: {} }];
  for (const categoryCode of row.disaggregation) {
    const category = definition.categories.find((c) => c.code === categoryCode);
    if (!category) return [];
    combos = combos.flatMap((combo) =>
      category.options.map((option) => ({
        code: combo.code ? `${combo.code}_${option.code}` : option.code,
        options: { ...combo.options, [category.code]: option.code },
      })),
    );
  }
  return row.disaggregation.length === 0 ? [] : combos;
}

/** The category that holds an option code, among a row's categories. */
export function categoryOfOption(
  definition: ReportDefinition,
  row: DefinitionRow,
  optionCode: string,
): DefinitionCategory | undefined {
  return definition.categories.find(
    (category) =>
      row.disaggregation.includes(category.code) &&
      category.options.some((option) => option.code === optionCode),
  );
}

/**
 * The combos a column adds up for a row: all whose options include the column's; null when
 * the column names an option of a category the row is not disaggregated by (a blank cell).
 */
export function combosForColumn(
  definition: ReportDefinition,
  row: DefinitionRow,
  column: DefinitionColumn,
): Combo[] | null {
  if (column.options.length === 0) return [];
  const wanted = new Map<string, string>();
  for (const option of column.options) {
    const category = categoryOfOption(definition, row, option);
    if (!category) return null;
    wanted.set(category.code, option);
  }
  return combosOf(definition, row).filter((combo) =>
    [...wanted].every(([category, option]) => combo.options[category] === option),
  );
}

/** The number a definition is known by in lists and files: "TT37-XA-THANG v1". */
export function definitionLabel(definition: Pick<ReportDefinition, 'code' | 'version'>): string {
  return `${definition.code} v${definition.version}`;
}

/** Whether the definition is in force on a day (YYYY-MM-DD). */
export function inForceOn(
  definition: Pick<ReportDefinition, 'effectiveFrom' | 'effectiveTo'>,
  date: string,
): boolean {
  return (
    definition.effectiveFrom <= date &&
    (definition.effectiveTo === null || date <= definition.effectiveTo)
  );
}
