import type { LocalizedText } from '../../api/result';
import { describeIssue } from '../../api/validation';
import {
  combosOf,
  dataRows,
  definitionSchema,
  type DefinitionCategory,
  type DefinitionRow,
  type ReportDefinition,
} from './definition';
import { resolveIndicator } from './indicators';
import { splitKey } from './value-set';

/** A mistake in a definition file, where it is ("sections.0.rows.3.indicator") and what. */
export interface DefinitionProblem {
  path: string;
  message: LocalizedText;
}

function problem(path: string, key: LocalizedText['key'], params?: LocalizedText['params']) {
  return { path, message: { key, ...(params && { params }) } };
}

/**
 * Options of a computed category must put every visit under exactly one option, so the parts
 * of a computed row always add up to its total: both sexes, insured and not, ages from 0 up
 * without gap or overlap.
 */
function categoryProblems(category: DefinitionCategory, path: string): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const codes = category.options.map((o) => o.code);
  if (new Set(codes).size !== codes.length) {
    problems.push(problem(`${path}.options`, 'reports.check.duplicateOption'));
  }
  switch (category.dimension) {
    case 'sex': {
      const sexes = category.options.map((o) => o.sex);
      if (sexes.length !== 2 || !sexes.includes('male') || !sexes.includes('female')) {
        problems.push(problem(`${path}.options`, 'reports.check.sexOptions'));
      }
      break;
    }
    case 'insurance': {
      const insured = category.options.map((o) => o.insured);
      if (insured.length !== 2 || !insured.includes(true) || !insured.includes(false)) {
        problems.push(problem(`${path}.options`, 'reports.check.insuranceOptions'));
      }
      break;
    }
    case 'age': {
      let from = 0;
      category.options.forEach((option, index) => {
        const last = index === category.options.length - 1;
        const ok =
          (option.fromYears ?? 0) === from &&
          (last ? option.toYears === undefined : option.toYears !== undefined);
        if (!ok || (option.toYears !== undefined && option.toYears <= from)) {
          problems.push(problem(`${path}.options.${index}`, 'reports.check.ageBands'));
        }
        from = option.toYears ?? from;
      });
      break;
    }
    case 'entered':
      break;
  }
  return problems;
}

function rowProblems(
  definition: ReportDefinition,
  row: DefinitionRow,
  path: string,
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const categories = row.disaggregation.map((code) =>
    definition.categories.find((c) => c.code === code),
  );
  categories.forEach((category, index) => {
    if (!category) {
      problems.push(
        problem(`${path}.disaggregation.${index}`, 'reports.check.unknownCategory', {
          code: row.disaggregation[index] ?? '',
        }),
      );
    }
  });
  if (new Set(row.disaggregation).size !== row.disaggregation.length) {
    problems.push(problem(`${path}.disaggregation`, 'reports.check.duplicateCategory'));
  }
  if (row.dataElement === undefined) {
    if (row.indicator || row.entered) problems.push(problem(path, 'reports.check.headingValue'));
    return problems;
  }
  if (row.entered === (row.indicator !== undefined)) {
    problems.push(problem(path, 'reports.check.source'));
    return problems;
  }
  if (!row.indicator) return problems;
  const indicator = resolveIndicator(row.indicator);
  if (!indicator.ok) {
    problems.push(
      problem(
        `${path}.indicator`,
        indicator.problem === 'unknown' ? 'reports.check.unknownIndicator' : 'reports.check.params',
        { name: indicator.detail ?? '' },
      ),
    );
  } else if (indicator.kind === 'scalar' && row.disaggregation.length > 0) {
    problems.push(problem(`${path}.disaggregation`, 'reports.check.scalarDisaggregated'));
  } else if (categories.some((category) => category?.dimension === 'entered')) {
    problems.push(problem(`${path}.disaggregation`, 'reports.check.enteredCategory'));
  }
  return problems;
}

function knownOperand(
  definition: ReportDefinition,
  rows: ReadonlyMap<string, DefinitionRow>,
  operand: string,
): boolean {
  const { dataElement, categoryOptionCombo } = splitKey(operand);
  const row = rows.get(dataElement);
  if (!row) return false;
  return (
    categoryOptionCombo === undefined ||
    combosOf(definition, row).some((combo) => combo.code === categoryOptionCombo)
  );
}

/**
 * What the schema cannot say: codes unique, categories and indicators known, computed
 * disaggregations that add up, rules that name real values, columns that name real options.
 */
export function checkDefinition(definition: ReportDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (definition.effectiveTo !== null && definition.effectiveTo < definition.effectiveFrom) {
    problems.push(problem('effectiveTo', 'reports.check.effectiveTo'));
  }
  const categoryCodes = new Set<string>();
  const optionCodes = new Set<string>();
  definition.categories.forEach((category, index) => {
    const path = `categories.${index}`;
    if (categoryCodes.has(category.code)) {
      problems.push(
        problem(`${path}.code`, 'reports.check.duplicateCode', { code: category.code }),
      );
    }
    categoryCodes.add(category.code);
    for (const option of category.options) optionCodes.add(option.code);
    problems.push(...categoryProblems(category, path));
  });

  const rows = new Map<string, DefinitionRow>();
  definition.sections.forEach((section, s) => {
    section.columns.forEach((column, c) => {
      for (const option of column.options) {
        if (!optionCodes.has(option)) {
          problems.push(
            problem(`sections.${s}.columns.${c}.options`, 'reports.check.unknownOption', {
              code: option,
            }),
          );
        }
      }
    });
    section.rows.forEach((row, r) => {
      const path = `sections.${s}.rows.${r}`;
      if (row.dataElement !== undefined) {
        if (rows.has(row.dataElement)) {
          problems.push(
            problem(`${path}.dataElement`, 'reports.check.duplicateCode', {
              code: row.dataElement,
            }),
          );
        }
        rows.set(row.dataElement, row);
      }
      problems.push(...rowProblems(definition, row, path));
    });
  });
  if (dataRows(definition).length === 0) problems.push(problem('sections', 'reports.check.noRows'));

  definition.rules.forEach((rule, index) => {
    const path = `rules.${index}`;
    const operands =
      rule.kind === 'yearToDate'
        ? [rule.dataElement, rule.cumulative]
        : [...rule.left, ...rule.right];
    for (const operand of operands) {
      if (!knownOperand(definition, rows, operand)) {
        problems.push(problem(path, 'reports.check.unknownOperand', { code: operand }));
      }
    }
  });
  return problems;
}

export type DefinitionReading =
  { ok: true; definition: ReportDefinition } | { ok: false; problems: DefinitionProblem[] };

/** A definition from parsed JSON (a file's or an xlsx's), with every problem found. */
export function readDefinition(value: unknown): DefinitionReading {
  const parsed = definitionSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 50).map((issue) => ({
        path: issue.path.join('.'),
        message: describeIssue(issue),
      })),
    };
  }
  const problems = checkDefinition(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}

/**
 * Where a problem is, in the words of the form ("Mục 1, dòng 11 (indicator)") rather than
 * as a JSON path; null when the path is not one of the form's parts.
 */
export function problemPlace(path: string): LocalizedText | null {
  const fieldOf = (field: string | undefined): string => (field ? ` (${field})` : '');
  const row = /^sections\.(\d+)\.rows\.(\d+)(?:\.(.+))?$/.exec(path);
  if (row) {
    return {
      key: 'reports.place.row',
      params: { section: Number(row[1]) + 1, row: Number(row[2]) + 1, field: fieldOf(row[3]) },
    };
  }
  const part = /^(sections|rules|categories)\.(\d+)(?:\.(.+))?$/.exec(path);
  if (!part) return null;
  const key =
    part[1] === 'rules'
      ? 'reports.place.rule'
      : part[1] === 'categories'
        ? 'reports.place.category'
        : 'reports.place.section';
  return { key, params: { index: Number(part[2]) + 1, field: fieldOf(part[3]) } };
}
