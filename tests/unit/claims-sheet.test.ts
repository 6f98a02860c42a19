import { describe, expect, it } from 'vitest';
import {
  MARK_DEVIATIONS,
  SHEET_NUMBERS,
  TABLE_SPECS,
  type TableName,
} from '../../shared/domain/claims/xml130-spec';
import { amendedSize, appendix, gatewaySheet, sheetRequires } from '../helpers/xml130-sheet';

const TABLES = Object.keys(TABLE_SPECS) as TableName[];

describe('Tram’s tables against the insurer’s sheets (../shared/reference/xml130)', () => {
  const sheet = gatewaySheet();
  const appx = appendix();

  it.each(TABLES)('%s has the gateway sheet’s fields, in its order, with its types', (table) => {
    const fields = sheet.book.get(SHEET_NUMBERS[table]) ?? [];
    const spec = TABLE_SPECS[table];
    expect(spec.map((f) => f.name)).toEqual(fields.map((f) => f.name));
    expect(spec.map((f) => f.type)).toEqual(fields.map((f) => (f.type === 'Số' ? 'n' : 's')));
  });

  it.each(TABLES)('%s has the appendix’s field order (QĐ 4750 as amended)', (table) => {
    const fields = appx.book.get(SHEET_NUMBERS[table]) ?? [];
    expect(TABLE_SPECS[table].map((f) => f.name)).toEqual(fields.map((f) => f.name));
  });

  it.each(TABLES)('%s keeps every value within both sheets’ maximum sizes', (table) => {
    const gateway = new Map(
      (sheet.book.get(SHEET_NUMBERS[table]) ?? []).map((f) => [f.name, f.size]),
    );
    const amended = new Map(
      (appx.book.get(SHEET_NUMBERS[table]) ?? []).map((f) => [f.name, amendedSize(f)]),
    );
    for (const field of TABLE_SPECS[table]) {
      const limits = [gateway.get(field.name), amended.get(field.name)]
        .filter((s): s is string => s !== undefined && s !== 'n')
        .map(Number);
      const expected = limits.length === 0 ? null : Math.min(...limits);
      expect({ field: field.name, size: field.size }).toEqual({
        field: field.name,
        size: expected,
      });
    }
  });

  it.each(TABLES)('%s carries the gateway sheet’s mandatory mark on every field', (table) => {
    const marks = new Map(
      (sheet.book.get(SHEET_NUMBERS[table]) ?? []).map((f) => [f.name, f.note]),
    );
    const deviations = new Set(
      MARK_DEVIATIONS.filter((d) => d.table === table).map((d) => d.field),
    );
    for (const field of TABLE_SPECS[table]) {
      if (deviations.has(field.name)) continue;
      expect({ field: field.name, mark: field.mark }).toEqual({
        field: field.name,
        mark: marks.get(field.name),
      });
    }
  });

  it('reads every conditional mark of these tables (or says it is "as QĐ 4210")', () => {
    for (const table of TABLES) {
      for (const field of TABLE_SPECS[table]) {
        expect(() => sheetRequires(field.mark, [])).not.toThrow();
      }
    }
  });

  it('deviates from the sheet only where the decision says otherwise', () => {
    expect(MARK_DEVIATIONS.map((d) => `${d.table}.${d.field}`)).toEqual(['XML3.MA_BENH']);
    const marks = new Map((sheet.book.get('3') ?? []).map((f) => [f.name, f.note]));
    expect(marks.get('MA_BENH')).toBe('x');
    const text = (appx.book.get('3') ?? []).find((f) => f.name === 'MA_BENH');
    expect(text).toBeDefined();
  });

  it('notes where the sheets repeat a row', () => {
    expect(sheet.repeated).toEqual(['2.TT_THAU']);
    expect(appx.repeated).toEqual(['2.TT_THAU', '3.TT_THAU']);
  });
});
