import { escapeXml, XML_DECLARATION } from '../claims/xml';
import { combosOf, dataRows, type ReportDefinition } from './definition';
import { adxPeriod, dhis2Period, parsePeriod } from './periods';
import type { DataValue, ValueSet } from './value-set';

/**
 * DHIS2's dataValueSets payload (`POST /api/dataValueSets?idScheme=code`): codes stand for
 * ids, values are strings, a value without a category option combo uses the default one.
 */
export interface Dhis2DataValueSet {
  dataSet: string;
  period: string;
  orgUnit: string;
  completeDate?: string;
  dataValues: { dataElement: string; categoryOptionCombo?: string; value: string }[];
}

/**
 * The values DHIS2 stores: a data element is disaggregated by one category combination, so a
 * disaggregated row sends its combos and DHIS2 adds them up; its total would clash with them.
 */
export function storedValues(values: readonly DataValue[]): DataValue[] {
  const disaggregated = new Set(
    values.filter((v) => v.categoryOptionCombo).map((v) => v.dataElement),
  );
  return values.filter((v) => v.categoryOptionCombo || !disaggregated.has(v.dataElement));
}

/** Null for a period DHIS2 has no type for (nine months: send the months instead). */
export function toDataValueSet(
  valueSet: ValueSet,
  completeDate?: string,
): Dhis2DataValueSet | null {
  const period = parsePeriod(valueSet.period);
  const id = period && dhis2Period(period);
  if (!id) return null;
  return {
    dataSet: valueSet.dataset,
    period: id,
    orgUnit: valueSet.orgUnit,
    ...(completeDate && { completeDate }),
    dataValues: storedValues(valueSet.dataValues).map((v) => ({
      dataElement: v.dataElement,
      ...(v.categoryOptionCombo && { categoryOptionCombo: v.categoryOptionCombo }),
      value: String(v.value),
    })),
  };
}

export const ADX_NAMESPACE = 'urn:ihe:qrph:adx:2015';

const attribute = (name: string, value: string): string => `${name}="${escapeXml(value)}"`;

/**
 * ADX (IHE QRPH, `urn:ihe:qrph:adx:2015`): one group per report, each value's disaggregation
 * as named attributes (GIOI_TINH="NAM"), so the receiver needs no option-combo ids.
 */
export function toAdx(
  definition: ReportDefinition,
  valueSet: ValueSet,
  exported: Date,
  completeDate?: string,
): string {
  const period = parsePeriod(valueSet.period);
  if (!period) throw new RangeError(`toAdx: period ${valueSet.period}`);
  const combos = new Map<string, Readonly<Record<string, string>>>();
  for (const row of dataRows(definition)) {
    for (const combo of combosOf(definition, row)) {
      combos.set(`${row.dataElement}.${combo.code}`, combo.options);
    }
  }
  const lines = storedValues(valueSet.dataValues).map((v) => {
    const options = v.categoryOptionCombo
      ? combos.get(`${v.dataElement}.${v.categoryOptionCombo}`)
      : {};
    if (!options)
      throw new Error(`toAdx: ${v.dataElement}.${v.categoryOptionCombo} not in definition`);
    const attributes = [
      attribute('dataElement', v.dataElement),
      ...Object.entries(options).map(([category, option]) => attribute(category, option)),
      attribute('value', String(v.value)),
    ];
    return `    <dataValue ${attributes.join(' ')}/>`;
  });
  const group = [
    attribute('dataSet', valueSet.dataset),
    attribute('orgUnit', valueSet.orgUnit),
    attribute('period', adxPeriod(period)),
    ...(completeDate ? [attribute('completeDate', completeDate)] : []),
  ];
  return [
    XML_DECLARATION,
    `<adx xmlns="${ADX_NAMESPACE}" ${attribute('exported', exported.toISOString())}>`,
    `  <group ${group.join(' ')}>`,
    ...lines,
    '  </group>',
    '</adx>',
    '',
  ].join('\n');
}
