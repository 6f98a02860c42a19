import type { LocalizedText } from '../../api/result';
import { groupThousands } from '../money';
import { combosOf, dataRows, type DataRow, type ReportDefinition } from './definition';
import type { Period } from './periods';
import { splitKey, valueKey } from './value-set';

/** A check a report fails, with the cells to mark on the screen. */
export interface ReportProblem {
  /** The definition's rule code, or DISAGGREGATION / NOT_ENTERED for the built-in checks. */
  rule: string;
  severity: 'error' | 'warning';
  /** Value keys ("KCB_LUOT", "DS_TONG.NAM") the problem is about. */
  cells: string[];
  message: LocalizedText;
  /** The definition's own words for the rule, when it has some. */
  note?: string;
}

export interface ValidationContext {
  period: Period;
  /** Values of the period before (same type), for year-to-date checks. */
  previous?: ReadonlyMap<string, number>;
}

/** How a value key reads to people: "1. Dân số của xã – Nam" for "DS_TONG.NAM". */
export function valueLabeller(definition: ReportDefinition): (key: string) => string {
  const rows = new Map(dataRows(definition).map((row) => [row.dataElement, row]));
  const options = definition.categories.flatMap((c) => c.options);
  return (key) => {
    const { dataElement, categoryOptionCombo } = splitKey(key);
    const row = rows.get(dataElement);
    if (!row) return key;
    const name = `${row.number ? `${row.number}. ` : ''}${row.name}`;
    if (!categoryOptionCombo) return name;
    const parts = categoryOptionCombo
      .split('_')
      .map((code) => options.find((option) => option.code === code)?.name ?? code);
    return `${name} – ${parts.join(', ')}`;
  };
}

/** Sum of the operands, or null when one of them has no value yet (checked once entered). */
function sumOf(values: ReadonlyMap<string, number>, operands: readonly string[]): number | null {
  let sum = 0;
  for (const operand of operands) {
    const value = values.get(operand);
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

function disaggregationProblems(
  definition: ReportDefinition,
  row: DataRow,
  values: ReadonlyMap<string, number>,
): ReportProblem[] {
  const combos = combosOf(definition, row);
  if (combos.length === 0) return [];
  const keys = combos.map((combo) => valueKey(row.dataElement, combo.code));
  const present = keys.filter((key) => values.has(key));
  if (present.length === 0) return [];
  const total = values.get(row.dataElement);
  const parts = present.reduce((sum, key) => sum + (values.get(key) ?? 0), 0);
  if (total === undefined) {
    return [
      {
        rule: 'DISAGGREGATION',
        severity: 'error',
        cells: [row.dataElement],
        message: { key: 'reports.problem.noTotal', params: { row: row.name } },
      },
    ];
  }
  if (present.length === keys.length && parts === total) return [];
  if (present.length < keys.length && parts <= total) {
    return [
      {
        rule: 'DISAGGREGATION',
        severity: 'error',
        cells: keys.filter((key) => !values.has(key)),
        message: { key: 'reports.problem.partsMissing', params: { row: row.name } },
      },
    ];
  }
  return [
    {
      rule: 'DISAGGREGATION',
      severity: 'error',
      cells: [row.dataElement, ...present],
      message: {
        key: 'reports.problem.partsSum',
        params: { row: row.name, parts: groupThousands(parts), total: groupThousands(total) },
      },
    },
  ];
}

/**
 * Checks a report's values before it is handed in: each disaggregated row adds up to its
 * total, hand-entered rows are filled in, and the definition's own rules hold.
 */
export function validateValues(
  definition: ReportDefinition,
  values: ReadonlyMap<string, number>,
  context: ValidationContext,
): ReportProblem[] {
  const rows = new Map(dataRows(definition).map((row) => [row.dataElement, row]));
  const label = valueLabeller(definition);
  const problems: ReportProblem[] = [];
  for (const row of rows.values()) {
    if (
      row.entered &&
      !values.has(row.dataElement) &&
      combosOf(definition, row).every((combo) => !values.has(valueKey(row.dataElement, combo.code)))
    ) {
      problems.push({
        rule: 'NOT_ENTERED',
        severity: 'warning',
        cells: [row.dataElement],
        message: { key: 'reports.problem.notEntered', params: { row: row.name } },
      });
      continue;
    }
    problems.push(...disaggregationProblems(definition, row, values));
  }

  for (const rule of definition.rules) {
    const base = {
      rule: rule.code,
      severity: rule.severity,
      ...(rule.message && { note: rule.message }),
    };
    if (rule.kind === 'yearToDate') {
      if (context.period.type !== 'month') continue;
      const month = values.get(rule.dataElement);
      const cumulative = values.get(rule.cumulative);
      if (month === undefined || cumulative === undefined) continue;
      const cells = [rule.dataElement, rule.cumulative];
      if (month > cumulative) {
        problems.push({
          ...base,
          cells,
          message: {
            key: 'reports.problem.monthOverYear',
            params: {
              month: label(rule.dataElement),
              monthValue: groupThousands(month),
              cumulative: label(rule.cumulative),
              cumulativeValue: groupThousands(cumulative),
            },
          },
        });
        continue;
      }
      const before = context.period.index === 1 ? 0 : context.previous?.get(rule.cumulative);
      if (before !== undefined && before + month !== cumulative) {
        problems.push({
          ...base,
          severity: 'warning',
          cells,
          message: {
            key: 'reports.problem.yearToDate',
            params: {
              cumulative: label(rule.cumulative),
              cumulativeValue: groupThousands(cumulative),
              expected: groupThousands(before + month),
            },
          },
        });
      }
      continue;
    }
    const left = sumOf(values, rule.left);
    const right = sumOf(values, rule.right);
    if (left === null || right === null) continue;
    const failed = rule.kind === 'le' ? left > right : left !== right;
    if (!failed) continue;
    problems.push({
      ...base,
      cells: [...rule.left, ...rule.right],
      message: {
        key: rule.kind === 'le' ? 'reports.problem.le' : 'reports.problem.equal',
        params: {
          left: rule.left.map(label).join(' + '),
          leftValue: groupThousands(left),
          right: rule.right.map(label).join(' + '),
          rightValue: groupThousands(right),
        },
      },
    });
  }
  return problems;
}
