import { unzipSync } from 'fflate';
import { generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBackend } from './bench-backend';
import { packBundle, sha256Hex, type BundleFile } from '../../electron/backend/bundles/pack';
import { BUNDLE_FILES, formatFingerprint } from '../../shared/domain/bundles';
import {
  combosOf,
  dataRows,
  definitionSchema,
  type ReportDefinition,
} from '../../shared/domain/reports/definition';
import { toAdx, toDataValueSet } from '../../shared/domain/reports/dhis2';
import type { DataValue } from '../../shared/domain/reports/value-set';
import { fingerprintHex, type Signer } from '../../electron/backend/keys/facility-key';
import { ReportFixtures } from '../helpers/report-fixtures';
import { percentile, timeIt, type BenchResult } from './measure';
import { random } from './patient-generator';

const DATASET = 'TT37-XA-THANG';
const STATIONS = 30;
const MONTHS = 12;

interface StationFixture {
  code: string;
  name: string;
  signer: Signer;
}

/** A station's key in memory (tests/helpers/bundles has one too, but it needs vitest). */
function makeSigner(): Signer {
  const pair = generateKeyPairSync('ed25519');
  const publicKey = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  const base64 = publicKey.toString('base64');
  const hex = fingerprintHex(base64);
  return {
    publicKey: base64,
    fingerprintHex: hex,
    fingerprint: formatFingerprint(hex),
    createdAt: '2026-01-01T00:00:00.000Z',
    sign: (data) => sign(null, data, pair.privateKey),
  };
}

/** The xlsx and PDF a real station's export holds, so every bundle carries files of real size. */
async function realHumanCopies(dataDir: string): Promise<BundleFile[]> {
  const { backend, invoke } = benchBackend(dataDir, new Date('2026-02-04T02:00:00Z'));
  try {
    const { token } = await invoke('auth.setup', {
      facility: { name: 'Trạm Y tế xã Mẫu', code: '01999', address: '' },
      admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
      setupCode: backend.setupCode ?? '',
    });
    const f = new ReportFixtures(backend.services.sqlite);
    for (let i = 0; i < 300; i++) {
      f.visit({
        patientId: f.patient({ sex: i % 2 ? 'female' : 'male', birthYear: 1940 + (i % 80) }),
        date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
        kind: i % 3 ? 'bhyt' : 'fee',
        diagnoses: [['I10', 'J06.9', 'K29.7', 'E11'][i % 4] ?? 'I10'],
      });
    }
    await invoke('reports.submit', { dataset: DATASET, period: '202601' }, token);
    const file = await invoke('bundles.export', { dataset: DATASET, periods: ['202601'] }, token);
    const entries = unzipSync(Buffer.from(file.content, 'base64'));
    return (['xlsx', 'pdf'] as const).map((role) => ({
      role,
      content: entries[BUNDLE_FILES[role]] ?? new Uint8Array(),
    }));
  } finally {
    backend.close();
  }
}

/** Every row and option combo of the form with a count, as a station's month would have. */
function monthValues(definition: ReportDefinition, rand: () => number): DataValue[] {
  const values: DataValue[] = [];
  for (const row of dataRows(definition)) {
    const combos = combosOf(definition, row);
    let total = 0;
    for (const combo of combos) {
      const value = Math.floor(rand() * 400);
      total += value;
      values.push({
        dataElement: row.dataElement,
        categoryOptionCombo: combo.code,
        value,
        source: 'computed',
      });
    }
    if (combos.length === 0) total = Math.floor(rand() * 400);
    values.push({ dataElement: row.dataElement, value: total, source: 'computed' });
  }
  return values;
}

/**
 * `bundles.import` through the dispatcher (base64 in, as the import page sends it): 30
 * stations × 12 months of TT37-XA-THANG, each bundle with every row filled in, its values
 * JSON and ADX written by the reports engine's writers and a real station's xlsx and PDF.
 * The stations are confirmed beforehand (one earlier bundle each). Then `district.totals`
 * for the year, made from the 360 months.
 */
export async function bundlesImport(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tram-bench-bundles-'));
  const started = performance.now();
  const human = await realHumanCopies(path.join(dir, 'station'));
  const definition = definitionSchema.parse(
    JSON.parse(fs.readFileSync(path.join('resources', 'reports', 'tt37-xa-thang.v1.json'), 'utf8')),
  );
  const rand = random(1414);
  const stations: StationFixture[] = Array.from({ length: STATIONS }, (_, i) => ({
    code: `01${String(100 + i).padStart(3, '0')}`,
    name: `Trạm Y tế xã số ${i + 1}`,
    signer: makeSigner(),
  }));
  const chain = new Map<string, { counter: number; hash: string | null }>();
  const bundleOf = (station: StationFixture, period: string): Uint8Array => {
    const last = chain.get(station.code) ?? { counter: 0, hash: null };
    const valueSet = {
      dataset: DATASET,
      period,
      orgUnit: station.code,
      status: 'submitted' as const,
      revision: 1,
      dataValues: monthValues(definition, rand),
    };
    const submittedAt = '2026-02-03T03:00:00.000Z';
    const packed = packBundle({
      signer: station.signer,
      facility: { code: station.code, name: station.name, kind: 'station' },
      counter: last.counter + 1,
      previousBundleHash: last.hash,
      createdAt: submittedAt,
      app: { name: 'Tram', version: 'bench' },
      definition: { code: DATASET, version: definition.version },
      report: {
        dataset: DATASET,
        period,
        orgUnit: station.code,
        revision: 1,
        submittedAt,
        firstSubmittedAt: submittedAt,
      },
      auditHead: { id: 1, hash: sha256Hex('bench') },
      files: [
        {
          role: 'values',
          content: Buffer.from(JSON.stringify(toDataValueSet(valueSet, '2026-02-03'), null, 2)),
        },
        { role: 'adx', content: Buffer.from(toAdx(definition, valueSet, new Date(submittedAt))) },
        ...human,
      ],
    });
    chain.set(station.code, { counter: packed.manifest.counter, hash: packed.hash });
    return packed.bytes;
  };
  const earlier = stations.map((s) => bundleOf(s, '202512'));
  const months = Array.from({ length: MONTHS }, (_, m) => `2026${String(m + 1).padStart(2, '0')}`);
  // On the stick the files sort by name: station by station, month by month.
  const files = stations.flatMap((s) =>
    months.map((period) => ({
      fileName: `${s.code}_${DATASET}_${period}_r1.tram`,
      content: Buffer.from(bundleOf(s, period)).toString('base64'),
    })),
  );
  const bytes = files.reduce((sum, f) => sum + (f.content.length * 3) / 4, 0);

  const { backend, invoke } = benchBackend(
    path.join(dir, 'district'),
    new Date('2027-01-20T02:00:00Z'),
  );
  try {
    const { token } = await invoke('auth.setup', {
      facility: {
        name: 'Trung tâm Y tế khu vực Mẫu',
        code: '01990',
        address: '',
        kind: 'district',
      },
      admin: { username: 'admin', fullName: 'Quản trị', password: 'matkhau-admin' },
      setupCode: backend.setupCode ?? '',
    });
    for (const [i, station] of stations.entries()) {
      const content = Buffer.from(earlier[i] ?? new Uint8Array()).toString('base64');
      await invoke('bundles.import', { fileName: 'truoc.tram', content }, token);
      await invoke('stations.confirm', { code: station.code }, token);
    }
    const setupSeconds = Math.round((performance.now() - started) / 100) / 10;

    const samples: number[] = [];
    const outcomes = new Map<string, number>();
    const cpuStart = process.cpuUsage();
    const t0 = performance.now();
    for (const file of files) {
      const s0 = performance.now();
      const result = await invoke('bundles.import', file, token);
      samples.push(performance.now() - s0);
      outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
    }
    const totalMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpuStart);
    if (outcomes.get('imported') !== files.length) {
      throw new Error(`bundles.import: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    }
    samples.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;

    const cpuTotals: number[] = [];
    const year = await timeIt(
      20,
      async () => {
        const c0 = process.cpuUsage();
        const totals = await invoke('district.totals', { dataset: DATASET, period: '2026' }, token);
        const used = process.cpuUsage(c0);
        cpuTotals.push((used.user + used.system) / 1000);
        if (totals.stations.length !== STATIONS) throw new Error('district.totals: stations');
      },
      3,
    );
    const cpuSorted = cpuTotals.slice(-20).sort((a, b) => a - b);
    const valueRows = backend.services.sqlite
      .prepare("SELECT count(*) AS n FROM station_values WHERE period LIKE '2026%'")
      .get() as { n: number };
    return [
      {
        bench: 'bundles.import',
        n: files.length,
        samples: files.length,
        total_ms: Math.round(totalMs),
        cpu_total_ms: Math.round((cpu.user + cpu.system) / 1000),
        p50_ms: round(percentile(samples, 50)),
        p95_ms: round(percentile(samples, 95)),
        max_ms: round(samples.at(-1) ?? NaN),
        bundle_kb: Math.round(bytes / files.length / 1024),
        setup_s: setupSeconds,
        target_total_ms: 5000,
      },
      {
        bench: 'district.totals.year',
        n: valueRows.n,
        stations: STATIONS,
        months: MONTHS,
        ...year,
        samples: 20,
        cpu_p50_ms: round(percentile(cpuSorted, 50)),
        cpu_p95_ms: round(percentile(cpuSorted, 95)),
        target_p95_ms: 200,
      },
    ];
  } finally {
    backend.close();
    if (process.env.BENCH_KEEP) console.error('kept', dir);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}
