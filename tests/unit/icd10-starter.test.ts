import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import starter from '../../resources/catalogs/icd10-starter.json';
import { ICD_AGE_LISTS } from '../../shared/domain/icd-rules';
import { dotted, QD4469_CSV, QD4469_XLSX, readQd4469 } from '../helpers/icd10-reference';
import { corrected, ICD10_CORRECTIONS } from '../tools/icd10-corrections';

/** A CSV reader written for this test (quotes, doubled quotes, commas and newlines in fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('the shipped ICD-10 list', () => {
  it('holds every code once, with every rule on a code of the list', () => {
    const codes = starter.codes.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const known = new Set(codes);
    const ruled = [
      ...starter.rules.common,
      ...starter.rules.notMain,
      ...starter.rules.sexOnly.female,
      ...starter.rules.sexOnly.male,
      ...Object.values(starter.rules.ageLists).flat(),
    ];
    expect(ruled.filter((code) => !known.has(code))).toEqual([]);
    expect(Object.keys(starter.rules.ageLists).sort()).toEqual(Object.keys(ICD_AGE_LISTS).sort());
    // Spot checks a doctor would know.
    expect(starter.rules.sexOnly.male).toContain('N40');
    expect(starter.rules.sexOnly.female).toContain('C53.9');
    expect(starter.rules.notMain).toContain('B95.0');
    expect(starter.rules.ageLists['A3.1']).toContain('P07.3');
  });
});

describe.skipIf(!QD4469_XLSX)('the shipped list against the Ministry’s workbook', () => {
  it('is the workbook: every code, name, chapter, group and rule sheet', async () => {
    const list = await readQd4469();
    const known = new Set(list.codes.map((c) => c.code));
    const inList = (codes: string[]) => [...new Set(codes)].filter((c) => known.has(c)).sort();
    expect(list.rows).toBe(12_219);
    expect(starter.codes).toEqual(corrected(list.codes));
    // Each correction still starts from what the workbook says (a new edition is noticed).
    for (const fix of ICD10_CORRECTIONS) {
      expect(list.codes.find((c) => c.code === fix.code)?.nameEn, fix.code).toBe(fix.source);
    }
    expect(starter.chapters).toEqual(list.chapters);
    expect(starter.groups).toEqual(list.groups);
    expect(starter.rules.notMain).toEqual(inList(list.notMain));
    expect(starter.rules.sexOnly.female).toEqual(inList(list.sexOnly.female));
    expect(starter.rules.sexOnly.male).toEqual(inList(list.sexOnly.male));
    for (const [name, codes] of Object.entries(list.ageLists)) {
      expect(starter.rules.ageLists[name as keyof typeof starter.rules.ageLists]).toEqual(
        inList(codes),
      );
    }
  }, 120_000);

  it('agrees with the CSV export, read without the workbook library', () => {
    const rows = parseCsv(fs.readFileSync(QD4469_CSV ?? '', 'utf8').replace(/^\uFEFF/, ''));
    const header = rows[0] ?? [];
    const codeAt = header.indexOf('MÃ BỆNH');
    const nameAt = header.indexOf('TÊN BỆNH');
    const data = rows.slice(1).filter((row) => /^[A-Z]\d{2}/.test(row[codeAt] ?? ''));
    expect(data).toHaveLength(12_219);
    const first = new Map<string, string>();
    for (const row of data) {
      const code = dotted(row[codeAt] ?? '');
      if (!first.has(code)) first.set(code, (row[nameAt] ?? '').trim());
    }
    expect(first.size).toBe(starter.codes.length);
    for (const code of starter.codes) expect(first.get(code.code), code.code).toBe(code.name);
  });
});
