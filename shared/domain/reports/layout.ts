import {
  combosForColumn,
  type DefinitionRow,
  type DefinitionSection,
  type ReportDefinition,
} from './definition';
import { valueKey } from './value-set';

export interface LayoutCell {
  /** The one value the cell shows (and edits, on a hand-entered row); absent for a sum. */
  key?: string;
  /** Null when nothing is known yet, or the cell does not apply to the row. */
  value: number | null;
  /** False where the row is not disaggregated by the column's option (printed as "x"). */
  applicable: boolean;
}

export interface LayoutRow {
  row: DefinitionRow;
  /** One per section column; empty on a heading row. */
  cells: LayoutCell[];
}

export interface LayoutSection {
  section: DefinitionSection;
  rows: LayoutRow[];
}

function cellFor(
  definition: ReportDefinition,
  row: DefinitionRow & { dataElement: string },
  columnIndex: number,
  section: DefinitionSection,
  values: ReadonlyMap<string, number>,
): LayoutCell {
  const column = section.columns[columnIndex];
  const combos = column ? combosForColumn(definition, row, column) : null;
  if (combos === null) return { value: null, applicable: false };
  if (combos.length === 0) {
    return { key: row.dataElement, value: values.get(row.dataElement) ?? null, applicable: true };
  }
  const keys = combos.map((combo) => valueKey(row.dataElement, combo.code));
  const known = keys.filter((key) => values.has(key));
  const value =
    known.length === 0 ? null : known.reduce((sum, key) => sum + (values.get(key) ?? 0), 0);
  return { ...(keys.length === 1 && { key: keys[0] }), value, applicable: true };
}

/**
 * The form as printed and shown: per section, per row, one cell per column. A column keeps
 * the row's total or adds up the option combos it names (Nam = Nam dưới 5 + Nam 5–14 + …).
 */
export function formLayout(
  definition: ReportDefinition,
  values: ReadonlyMap<string, number>,
): LayoutSection[] {
  return definition.sections.map((section) => ({
    section,
    rows: section.rows.map((row) => {
      const { dataElement } = row;
      if (dataElement === undefined) return { row, cells: [] };
      return {
        row,
        cells: section.columns.map((_, index) =>
          cellFor(definition, { ...row, dataElement }, index, section, values),
        ),
      };
    }),
  }));
}
