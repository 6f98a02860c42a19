import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { DEFAULT_SCRYPT_COST } from '../../electron/backend/auth/passwords';
import { applyImport, parseCatalogFile, planImport } from '../../electron/backend/catalog/import';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { summarize, timeIt, type BenchResult, type Timing } from './measure';

/** The MoH ICD-10 list has about 12,000 codes; a provincial drug list a few thousand rows. */
const ICD_ROWS = 12_000;
const DRUG_ROWS = 5_000;

const WORDS = (
  'viêm nhiễm trùng cấp mạn tính đường hô hấp trên dưới tăng huyết áp đái tháo bệnh tim ' +
  'phổi gan thận không đặc hiệu do vi rút khuẩn rối loạn chức năng dạ dày ruột da xương ' +
  'khớp đau sốt ho họng mũi tai mắt thiếu máu suy dinh dưỡng nguyên phát thứ biến chứng'
).split(' ');
const INGREDIENTS = (
  'Paracetamol Amlodipin Metformin Omeprazol Amoxicilin Cefuroxim Ibuprofen Losartan ' +
  'Gliclazid Salbutamol Prednisolon Vitamin Loratadin Cetirizin Diclofenac Atorvastatin'
).split(' ');

/** A seeded generator, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function words(next: () => number, min: number, max: number): string {
  const count = min + Math.floor(next() * (max - min + 1));
  return Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

/** Codes A00–Z99, each with up to ten subcodes, until `count` rows. */
function icdRows(count: number): string[][] {
  const next = random(7);
  const rows: string[][] = [['MA_BENH', 'TEN_BENH', 'CHUONG', 'NHOM']];
  for (let letter = 0; letter < 26 && rows.length <= count; letter++) {
    for (let n = 0; n < 100 && rows.length <= count; n++) {
      const category = `${String.fromCharCode(65 + letter)}${String(n).padStart(2, '0')}`;
      rows.push([category, words(next, 3, 8), String(letter + 1), category]);
      for (let sub = 0; sub < 4 && rows.length <= count; sub++) {
        rows.push([`${category}.${sub}`, words(next, 4, 10), String(letter + 1), category]);
      }
    }
  }
  return rows;
}

function drugRows(count: number): string[][] {
  const next = random(11);
  const rows = [
    [
      'MA_THUOC',
      'TEN_HOAT_CHAT',
      'TEN_THUOC',
      'DON_VI_TINH',
      'HAM_LUONG',
      'SO_DANG_KY',
      'DON_GIA',
      'DON_GIA_BH',
    ],
  ];
  for (let i = 0; i < count; i++) {
    const ingredient = INGREDIENTS[i % INGREDIENTS.length] ?? 'Paracetamol';
    const price = String(500 + Math.floor(next() * 20_000));
    rows.push([
      `40.${i}`,
      ingredient,
      `${ingredient} ${words(next, 1, 2)}`,
      'Viên',
      '500mg',
      `VD-${i}-20`,
      price,
      price,
    ]);
  }
  return rows;
}

async function xlsx(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ICD10');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

function csv(rows: string[][]): string {
  return Buffer.from(rows.map((row) => row.join(',')).join('\n')).toString('base64');
}

async function withBackend<T>(run: (backend: Backend, token: string) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-bench-'));
  const backend = createBackend({ dataDir, version: 'bench', scryptCost: DEFAULT_SCRYPT_COST });
  try {
    const setup = await backend.dispatcher.invoke('auth.setup', {
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: '' },
      admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
      setupCode: backend.setupCode ?? '',
    });
    if (!setup.ok) throw new Error(setup.error.message);
    return await run(backend, setup.value.token);
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Imports of a file into one fresh station: each pass of the first import needs its own. */
const FIRST_IMPORTS = 3;
const REPEATS = 5;

/**
 * A full-size import through the dispatcher (catalog.import: the file read, then the write
 * transaction every other write waits for, and its audit entry), into an empty catalogue and
 * again with the same file; and the dry run that previews it. n is the file's rows.
 */
export async function catalogImport(): Promise<BenchResult[]> {
  const cases = [
    ['icd', 'icd10.xlsx', await xlsx(icdRows(ICD_ROWS)), ICD_ROWS],
    ['drugs', 'thuoc.csv', csv(drugRows(DRUG_ROWS)), DRUG_ROWS],
  ] as const;
  const results: BenchResult[] = [];
  for (const [kind, fileName, content, rows] of cases) {
    const size = { n: rows, kind, file_kb: Math.round((content.length * 3) / 4 / 1024) };
    const input = { kind, fileName, content };
    const first: number[] = [];
    const repeats: { again: Timing; dryRun: Timing }[] = [];
    for (let k = 0; k < FIRST_IMPORTS; k++) {
      const repeat = await withBackend(async (backend, token) => {
        const call = async (dryRun: boolean) => {
          const result = await backend.dispatcher.invoke(
            'catalog.import',
            { ...input, dryRun },
            { token },
          );
          if (!result.ok) throw new Error(result.error.message);
        };
        const t0 = performance.now();
        await call(false);
        first.push(performance.now() - t0);
        if (k > 0) return null;
        return {
          again: await timeIt(REPEATS, () => call(false), 1),
          dryRun: await timeIt(REPEATS, () => call(true), 1),
        };
      });
      if (repeat) repeats.push(repeat);
    }
    const [repeat] = repeats;
    if (!repeat) throw new Error('no repeat figures');
    results.push(
      { bench: 'catalog.import', ...size, pass: 'first import', ...summarize(first) },
      { bench: 'catalog.import', ...size, pass: 'same file again', ...repeat.again },
      { bench: 'catalog.import', ...size, pass: 'dry run', ...repeat.dryRun },
    );
  }
  return results;
}

const TABLES = {
  'catalog.icd.search': 'icd10',
  'catalog.drugs.search': 'drugs',
  'catalog.services.search': 'services',
} as const;

/** Searches while typing against full-size catalogues; n is the catalogue's rows. */
export async function catalogSearch(): Promise<BenchResult[]> {
  return withBackend(async (backend, token) => {
    const { db, sqlite } = backend.services;
    for (const [kind, content] of [
      ['icd', csv(icdRows(ICD_ROWS))],
      ['drugs', csv(drugRows(DRUG_ROWS))],
    ] as const) {
      const parsed = await parseCatalogFile(kind, `${kind}.csv`, content);
      sqlite.transaction(() => applyImport(db, planImport(db, parsed), new Date().toISOString()))();
    }
    const meta = { token };
    const cases = [
      ['catalog.icd.search', 'words', { q: 'viem duong ho hap' }],
      ['catalog.icd.search', 'one short word', { q: 'v' }],
      ['catalog.icd.search', 'code prefix', { q: 'J0' }],
      ['catalog.drugs.search', 'ingredient prefix', { q: 'para' }],
      ['catalog.drugs.search', 'no match', { q: 'zzz' }],
      ['catalog.services.search', 'words', { q: 'duong huyet' }],
    ] as const;
    const results: BenchResult[] = [];
    for (const [procedure, query, input] of cases) {
      const n = sqlite.prepare(`SELECT count(*) FROM ${TABLES[procedure]}`).pluck().get() as number;
      const figures = await timeIt(2000, () => backend.dispatcher.invoke(procedure, input, meta));
      results.push({ bench: 'catalog.search', n, procedure, query, ...figures });
    }
    return results;
  });
}

/**
 * The shipped ICD-10 starter (the whole MoH list) against the 213-code list Tram shipped
 * before: searches as the doctor types, and what seeding the list costs a new database.
 */
export async function icdStarterSearch(): Promise<BenchResult[]> {
  const fixture = JSON.parse(
    fs.readFileSync(path.join(SOURCE_ROOT, 'tests', 'fixtures', 'icd10-starter-213.json'), 'utf8'),
  ) as { codes: string[] };
  const results: BenchResult[] = [];
  for (const list of ['full', 'before-213'] as const) {
    const started = performance.now();
    await withBackend(async (backend, token) => {
      const startMs = Math.round(performance.now() - started);
      const { sqlite } = backend.services;
      if (list === 'before-213') {
        const keep = new Set(fixture.codes);
        const remove = sqlite.prepare('DELETE FROM icd10 WHERE code = ?');
        sqlite.transaction(() => {
          for (const { code } of sqlite.prepare('SELECT code FROM icd10').all() as {
            code: string;
          }[]) {
            if (!keep.has(code)) remove.run(code);
          }
        })();
      }
      const codes = (sqlite.prepare('SELECT count(*) AS n FROM icd10').get() as { n: number }).n;
      const n = 2000;
      for (const q of ['tang huyet ap', 'dai thao duong', 'viem', 'v', 'i1', 'E11']) {
        const figures = await timeIt(n, () =>
          backend.dispatcher.invoke('catalog.icd.search', { q, limit: 12 }, { token }),
        );
        results.push({ bench: 'catalog.icdStarter', n, list, codes, query: q, ...figures });
      }
      results.push({
        bench: 'catalog.icdStarter.start',
        n: 1,
        samples: 1,
        list,
        codes,
        start_ms: startMs,
      });
    });
  }
  return results;
}
