import type Database from 'better-sqlite3';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import type { SyncOptions } from '../../electron/backend/sync/worker';
import type { Backend } from '../../electron/backend/backend';
import type { BundleImportResult, RemovableDrive } from '../../shared/api';
import type { Clock } from '../../electron/backend/clock';
import { ReportFixtures } from './report-fixtures';
import { expectOk, FACILITY, makeBackend, setUpClinic, testClock } from './backend';
import { formatFingerprint } from '../../shared/domain/bundles';
import { fingerprintHex, type Signer } from '../../electron/backend/keys/facility-key';
import {
  packBundle,
  sha256Hex,
  type BundleFile,
  type PackInput,
} from '../../electron/backend/bundles/pack';
import { entriesOf, rawZip } from './raw-zip';

/** An Ed25519 key held in memory: another station, or an impostor. */
export function makeSigner(): Signer {
  const pair = generateKeyPairSync('ed25519');
  const x = pair.publicKey.export({ format: 'jwk' }).x ?? '';
  const publicKey = Buffer.from(x, 'base64url').toString('base64');
  const hex = fingerprintHex(publicKey);
  return {
    publicKey,
    fingerprintHex: hex,
    fingerprint: formatFingerprint(hex),
    createdAt: '2026-01-01T00:00:00.000Z',
    sign: (data) => sign(null, data, pair.privateKey),
  };
}

export interface StationFixture {
  code: string;
  name: string;
  signer: Signer;
}

export function makeStation(code: string, name = `Trạm Y tế ${code}`): StationFixture {
  return { code, name, signer: makeSigner() };
}

/** A dataValueSet as the reports engine writes it (idScheme=code, values as strings). */
export function valueSetJson(
  code: string,
  dataset: string,
  period: string,
  values: Record<string, number>,
): Uint8Array {
  return Buffer.from(
    JSON.stringify({
      dataSet: dataset,
      period,
      orgUnit: code,
      completeDate: '2026-02-03',
      dataValues: Object.entries(values).map(([key, value]) => {
        const [dataElement, combo] = key.split('.');
        return { dataElement, ...(combo && { categoryOptionCombo: combo }), value: String(value) };
      }),
    }),
  );
}

export interface BundleOptions {
  dataset?: string;
  period?: string;
  revision?: number;
  counter?: number;
  previousBundleHash?: string | null;
  values?: Record<string, number>;
  submittedAt?: string;
  firstSubmittedAt?: string;
  files?: BundleFile[];
  bundleId?: string;
}

export const SAMPLE_VALUES: Record<string, number> = {
  'KCB_LUOT.NAM': 120,
  'KCB_LUOT.NU': 150,
  KCB_BHYT: 200,
  KCB_TE6: 40,
  KCB_CHUYEN: 3,
  TC_THU: 1_250_000,
};

/** One signed bundle from a station, made the way the station's export makes it. */
export function bundleFrom(
  station: StationFixture,
  options: BundleOptions = {},
): ReturnType<typeof packBundle> {
  const dataset = options.dataset ?? 'TT37-XA-THANG';
  const period = options.period ?? '202601';
  const values = options.values ?? SAMPLE_VALUES;
  const submittedAt = options.submittedAt ?? '2026-02-03T03:00:00.000Z';
  const input: PackInput = {
    signer: station.signer,
    facility: { code: station.code, name: station.name, kind: 'station' },
    counter: options.counter ?? 1,
    previousBundleHash: options.previousBundleHash ?? null,
    createdAt: '2026-02-04T02:00:00.000Z',
    app: { name: 'Tram', version: '0.0.0-test' },
    definition: { code: dataset, version: 1 },
    report: {
      dataset,
      period,
      orgUnit: station.code,
      revision: options.revision ?? 1,
      submittedAt,
      firstSubmittedAt: options.firstSubmittedAt ?? submittedAt,
    },
    auditHead: { id: 42, hash: sha256Hex('audit') },
    files: options.files ?? [
      { role: 'values', content: valueSetJson(station.code, dataset, period, values) },
      { role: 'adx', content: Buffer.from('<adx xmlns="urn:ihe:qrph:adx:2015"/>\n') },
      { role: 'pdf', content: Buffer.from('%PDF-1.4 test\n') },
    ],
    ...(options.bundleId && { bundleId: options.bundleId }),
  };
  return packBundle(input);
}

type ManifestJson = Record<string, unknown> & {
  files: { path: string; role: string; size: number; sha256: string }[];
};

/**
 * The bundle rebuilt with its manifest (and files) edited, then signed again with `signer`:
 * a forger's best effort, or a newer Tram's bundle when the signer is the station's own.
 */
export function resign(
  bytes: Uint8Array,
  signer: Signer,
  edit: (manifest: ManifestJson, files: Map<string, Uint8Array>) => void = () => undefined,
): Buffer {
  const files = new Map(entriesOf(bytes).map((e) => [e.name, e.data]));
  const manifest = JSON.parse(
    Buffer.from(files.get('manifest.json') ?? '').toString(),
  ) as ManifestJson;
  edit(manifest, files);
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  files.set('manifest.json', manifestBytes);
  files.set('manifest.sig', Buffer.from(`${signer.sign(manifestBytes).toString('base64')}\n`));
  return rawZip([...files].map(([name, data]) => ({ name, data })));
}

/** Replaces a file and keeps the manifest's size and SHA-256 of it right. */
export function replaceFile(
  manifest: ManifestJson,
  files: Map<string, Uint8Array>,
  name: string,
  content: Uint8Array,
): void {
  files.set(name, content);
  const entry = manifest.files.find((f) => f.path === name);
  if (entry) {
    entry.size = content.length;
    entry.sha256 = sha256Hex(content);
  }
}

export const DISTRICT = {
  name: 'Trung tâm Y tế khu vực Đông Anh',
  code: '01990',
  address: 'Thị trấn Đông Anh',
  kind: 'district' as const,
};

/** A district Tram, set up; `call` runs as its admin unless given another token. */
export async function setUpDistrict(
  backend: Backend,
  overrides: Partial<typeof DISTRICT> = {},
): Promise<
  Awaited<ReturnType<typeof setUpClinic>> & {
    importBundle: (bytes: Uint8Array, fileName?: string) => Promise<BundleImportResult>;
  }
> {
  const clinic = await setUpClinic(backend, { ...DISTRICT, ...overrides });
  return {
    ...clinic,
    importBundle: async (bytes, fileName = 'goi.tram') =>
      expectOk(
        await clinic.call('bundles.import', {
          fileName,
          content: Buffer.from(bytes).toString('base64'),
        }),
      ),
  };
}

/** Every row of the district's own tables, hashed: equal before and after means untouched. */
export function districtTablesHash(sqlite: Database.Database): string {
  const tables = [
    'stations',
    'received_bundles',
    'station_reports',
    'station_values',
    'bundle_exports',
  ];
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`${table}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().iterate()) {
      hash.update(
        JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)),
      );
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

const chains = new WeakMap<StationFixture, { counter: number; hash: string }>();

/** The station's next bundle in its chain: counter + 1, naming the previous one's hash. */
export function nextBundle(
  station: StationFixture,
  options: Omit<BundleOptions, 'counter' | 'previousBundleHash'> = {},
): ReturnType<typeof packBundle> {
  const last = chains.get(station);
  const bundle = bundleFrom(station, {
    ...options,
    counter: (last?.counter ?? 0) + 1,
    previousBundleHash: last?.hash ?? null,
  });
  chains.set(station, { counter: bundle.manifest.counter, hash: bundle.hash });
  return bundle;
}

/**
 * A station whose January 2026 is done and submitted: `visits` finished visits (men and
 * women in turn, every third insured, every fifth a child under 6, one referral per ten).
 * Its clock stands on 4 February 2026, before the form's due date.
 */
export async function stationWithJanuary(
  options: {
    code?: string;
    name?: string;
    visits?: number;
    dataDir?: string;
    drives?: () => Promise<RemovableDrive[]>;
    clock?: Clock;
    periods?: string[];
    sync?: SyncOptions;
  } = {},
): Promise<{ backend: Backend } & Awaited<ReturnType<typeof setUpClinic>>> {
  const backend = makeBackend({
    clock: options.clock ?? testClock('2026-02-04T02:00:00.000Z'),
    ...(options.dataDir && { dataDir: options.dataDir }),
    ...(options.drives && { bundles: { listDrives: options.drives } }),
    ...(options.sync && { sync: options.sync }),
  });
  const clinic = await setUpClinic(backend, {
    ...FACILITY,
    code: options.code ?? FACILITY.code,
    name: options.name ?? FACILITY.name,
  });
  const fixtures = new ReportFixtures(backend.services.sqlite);
  const count = options.visits ?? 12;
  for (let i = 0; i < count; i++) {
    const patientId = fixtures.patient({
      sex: i % 2 === 0 ? 'male' : 'female',
      birthYear: i % 5 === 0 ? 2023 : 1970,
    });
    fixtures.visit({
      patientId,
      date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      kind: i % 3 === 0 ? 'bhyt' : 'fee',
      ...(i % 10 === 9 && {
        referral: {
          toFacilityCode: '01990',
          toFacilityName: 'TTYT khu vực',
          reason: 'Chuyển tuyến',
        },
      }),
    });
  }
  for (const period of options.periods ?? ['202601']) {
    expectOk(await clinic.call('reports.submit', { dataset: 'TT37-XA-THANG', period }));
  }
  return { backend, ...clinic };
}
