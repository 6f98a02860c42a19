import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { seedClaimsMonth } from '../helpers/claims-month';
import { generatePatients } from './patient-generator';

/** Who signs in to the benches' clinic. */
export const BENCH_ADMIN = { username: 'admin', password: 'matkhau-admin' };
export const BENCH_RECEPTIONIST = { username: 'letan', password: 'matkhau-letan' };

const CACHE_DIR = path.join(SOURCE_ROOT, 'test-output', 'bench-cache');

/** What a cached folder depends on: a change to any of these builds it again. */
function fingerprint(patients: number, visits: number): string {
  const hash = createHash('sha256').update(`${patients}/${visits}`);
  const sources = [
    'tests/bench/patient-generator.ts',
    'tests/helpers/claims-month.ts',
    'tests/helpers/billing-seed.ts',
  ];
  for (const file of sources) hash.update(fs.readFileSync(path.join(SOURCE_ROOT, file)));
  for (const file of fs.readdirSync(path.join(SOURCE_ROOT, 'db', 'migrations')).sort()) {
    hash.update(file);
  }
  return hash.digest('hex').slice(0, 12);
}

async function build(dataDir: string, patients: number, visits: number): Promise<void> {
  const backend = createBackend({ dataDir, version: 'bench' });
  try {
    const invoke = async (name: string, input: unknown, token?: string): Promise<unknown> => {
      const result = await backend.dispatcher.call(name, input, token ? { token } : {});
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value;
    };
    const { token } = (await invoke('auth.setup', {
      facility: { name: 'Trạm Y tế xã An Bình', code: '01001', address: '' },
      admin: { fullName: 'Quản trị', ...BENCH_ADMIN },
      setupCode: backend.setupCode ?? '',
    })) as { token: string };
    await invoke(
      'users.create',
      {
        username: BENCH_RECEPTIONIST.username,
        fullName: 'Lê Thị Tiếp Đón',
        password: 'tam-thoi-123',
        roles: ['receptionist'],
      },
      token,
    );
    const first = (await invoke('auth.login', {
      username: BENCH_RECEPTIONIST.username,
      password: 'tam-thoi-123',
    })) as { token: string };
    await invoke(
      'auth.changePassword',
      { currentPassword: 'tam-thoi-123', newPassword: BENCH_RECEPTIONIST.password },
      first.token,
    );
    if (visits > 0) await seedClaimsMonth(backend, token, { visits, patients });
    else if (patients > 0) {
      backend.services.sqlite.pragma('synchronous = OFF'); // generation only
      generatePatients(backend.services.sqlite, patients);
      backend.services.sqlite.pragma('synchronous = FULL');
    }
    backend.services.sqlite.exec('ANALYZE');
    backend.services.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    backend.close();
  }
}

/**
 * A copy of a clinic's data folder with `patients` registered and a November of `visits` finished
 * insured visits, built once with the patient generator and kept in test-output/bench-cache;
 * each run gets its own copy (signing in and searching write audit entries).
 */
export async function clinicFolder(
  patients: number,
  visits: number,
): Promise<{ dataDir: string; dispose: () => void }> {
  const cached = await cachedClinic(patients, visits);
  const dataDir = fs.mkdtempSync(`${cached}-run-`);
  // The whole folder: the encrypted database needs its key file, the audit chain its anchors.
  fs.cpSync(cached, dataDir, {
    recursive: true,
    filter: (source) => path.basename(source) !== 'backups',
  });
  return { dataDir, dispose: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

/** The cached folder itself, built if missing (read it, never open it for writing). */
export async function cachedClinic(
  patients: number,
  visits: number,
  log = (line: string) => console.error(line),
): Promise<string> {
  const name = `clinic-${patients}-${visits}-${fingerprint(patients, visits)}`;
  const cached = path.join(CACHE_DIR, name);
  if (!fs.existsSync(path.join(cached, 'tram.sqlite'))) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const building = `${cached}.building-${process.pid}`;
    fs.rmSync(building, { recursive: true, force: true });
    log(`bench: building ${name} (once; cached in test-output/bench-cache)…`);
    const started = performance.now();
    await build(building, patients, visits);
    fs.rmSync(path.join(building, 'tmp'), { recursive: true, force: true });
    fs.renameSync(building, cached);
    log(`bench: built ${name} in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  return cached;
}
