import {
  combosOf,
  dataRows,
  type CategoryOption,
  type Combo,
  type DataRow,
  type DefinitionCategory,
  type ReportDefinition,
} from './definition';
import {
  resolveIndicator,
  type ScalarIndicatorName,
  type VisitFact,
  type VisitMeasure,
} from './indicators';

/**
 * A report's figures in DHIS2's model: (data set, period, org unit) and for each data element
 * and category option combo a value. A value without a combo is the row's total; a
 * disaggregated row carries its total and each combo. Every later piece (files, USB bundles,
 * district totals, upstream sync) takes one of these.
 */
export interface DataValue {
  dataElement: string;
  categoryOptionCombo?: string;
  value: number;
  source: 'computed' | 'entered';
}

export interface ValueSet {
  dataset: string;
  period: string;
  /** The facility code (MA_CSKCB), or a district's code. */
  orgUnit: string;
  revision?: number;
  status: 'draft' | 'submitted';
  dataValues: DataValue[];
}

/** "KCB_LUOT" or "KCB_LUOT.NAM": how values are keyed in maps, rules and the screen. */
export function valueKey(dataElement: string, categoryOptionCombo?: string): string {
  return categoryOptionCombo ? `${dataElement}.${categoryOptionCombo}` : dataElement;
}

export function splitKey(key: string): { dataElement: string; categoryOptionCombo?: string } {
  const dot = key.indexOf('.');
  return dot < 0
    ? { dataElement: key }
    : { dataElement: key.slice(0, dot), categoryOptionCombo: key.slice(dot + 1) };
}

export function valueMap(values: readonly DataValue[]): Map<string, number> {
  return new Map(values.map((v) => [valueKey(v.dataElement, v.categoryOptionCombo), v.value]));
}

function optionFor(category: DefinitionCategory, visit: VisitFact): CategoryOption | undefined {
  switch (category.dimension) {
    case 'sex':
      return category.options.find((o) => o.sex === visit.sex);
    case 'age':
      return category.options.find(
        (o) =>
          (o.fromYears === undefined || visit.age.years >= o.fromYears) &&
          (o.toYears === undefined || visit.age.years < o.toYears),
      );
    case 'insurance':
      return category.options.find((o) => o.insured === visit.insured);
    case 'entered':
      return undefined;
  }
}

/**
 * Each visit's option combo code for one disaggregation ("NAM_DUOI5"), worked out once per
 * disaggregation rather than once per row: a year holds tens of thousands of visits.
 */
function comboCodes(
  definition: ReportDefinition,
  disaggregation: readonly string[],
  facts: readonly VisitFact[],
): (string | null)[] {
  const categories = disaggregation.flatMap(
    (code) => definition.categories.find((c) => c.code === code) ?? [],
  );
  return facts.map((visit) => {
    let code = '';
    for (const category of categories) {
      const option = optionFor(category, visit);
      if (!option) return null;
      code = code ? `${code}_${option.code}` : option.code;
    }
    return code;
  });
}

function visitRowValues(
  definition: ReportDefinition,
  row: DataRow,
  measure: VisitMeasure,
  facts: readonly VisitFact[],
  codes: readonly (string | null)[],
): DataValue[] {
  const combos = combosOf(definition, row);
  const byCombo = new Map<string, number>(combos.map((combo) => [combo.code, 0]));
  const { filter, measure: amountOf = one } = measure;
  let total = 0;
  facts.forEach((visit, index) => {
    if (!filter(visit)) return;
    const amount = amountOf(visit);
    total += amount;
    const code = codes[index];
    if (combos.length > 0 && code) byCombo.set(code, (byCombo.get(code) ?? 0) + amount);
  });
  return [
    { dataElement: row.dataElement, value: total, source: 'computed' },
    ...combos.map((combo: Combo) => ({
      dataElement: row.dataElement,
      categoryOptionCombo: combo.code,
      value: byCombo.get(combo.code) ?? 0,
      source: 'computed' as const,
    })),
  ];
}

const one = (): number => 1;

/**
 * The computed rows of a definition from the period's visit facts and scalar figures (money
 * and stock, by indicator name). Pure: the same facts give the same values anywhere.
 */
export function computeValues(
  definition: ReportDefinition,
  facts: readonly VisitFact[],
  scalars: Readonly<Partial<Record<ScalarIndicatorName, number>>>,
): DataValue[] {
  const values: DataValue[] = [];
  const codesBy = new Map<string, (string | null)[]>();
  const codesFor = (disaggregation: readonly string[]): (string | null)[] => {
    const key = disaggregation.join(',');
    let codes = codesBy.get(key);
    if (!codes) {
      codes = comboCodes(definition, disaggregation, facts);
      codesBy.set(key, codes);
    }
    return codes;
  };
  for (const row of dataRows(definition)) {
    if (row.entered || !row.indicator) continue;
    const indicator = resolveIndicator(row.indicator);
    if (!indicator.ok) throw new Error(`${row.dataElement}: indicator not checked`);
    if (indicator.kind === 'scalar') {
      values.push({
        dataElement: row.dataElement,
        value: scalars[indicator.name] ?? 0,
        source: 'computed',
      });
    } else {
      values.push(
        ...visitRowValues(definition, row, indicator.measure, facts, codesFor(row.disaggregation)),
      );
    }
  }
  return values;
}

export interface ValueDifference {
  dataElement: string;
  categoryOptionCombo?: string;
  /** Absent when one side has no value. */
  before?: number;
  after?: number;
}

/** Values that differ between two sets (frozen and recomputed), in the order of `before`. */
export function diffValues(
  before: readonly DataValue[],
  after: readonly DataValue[],
): ValueDifference[] {
  const later = valueMap(after);
  const differences: ValueDifference[] = [];
  const seen = new Set<string>();
  for (const value of before) {
    const key = valueKey(value.dataElement, value.categoryOptionCombo);
    seen.add(key);
    const now = later.get(key);
    if (now === value.value) continue;
    differences.push({
      dataElement: value.dataElement,
      ...(value.categoryOptionCombo && { categoryOptionCombo: value.categoryOptionCombo }),
      before: value.value,
      ...(now !== undefined && { after: now }),
    });
  }
  for (const value of after) {
    const key = valueKey(value.dataElement, value.categoryOptionCombo);
    if (seen.has(key)) continue;
    differences.push({
      dataElement: value.dataElement,
      ...(value.categoryOptionCombo && { categoryOptionCombo: value.categoryOptionCombo }),
      after: value.value,
    });
  }
  return differences;
}

/** Values in definition order (rows, then each row's total before its combos). */
export function sortValues(
  definition: ReportDefinition,
  values: readonly DataValue[],
): DataValue[] {
  const order = new Map<string, number>();
  for (const row of dataRows(definition)) {
    order.set(row.dataElement, order.size);
    for (const combo of combosOf(definition, row)) {
      order.set(valueKey(row.dataElement, combo.code), order.size);
    }
  }
  const rank = (v: DataValue): number =>
    order.get(valueKey(v.dataElement, v.categoryOptionCombo)) ?? Number.MAX_SAFE_INTEGER;
  return [...values].sort((a, b) => rank(a) - rank(b));
}
