import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntegrityStatus } from '../../shared/api';
import { DatabaseOpenError } from '../../db/open';
import {
  CHECK_FAILED_MARKER,
  createBackend,
  RUNNING_MARKER,
  type Backend,
} from '../../electron/backend/backend';
import { ADMIN, expectOk, setUpClinic, tempDir, TEST_SCRYPT } from '../helpers/backend';

const PAGE = 4096;

function start(dataDir: string): Backend {
  return createBackend({
    dataDir,
    version: '0.0.0-test',
    scryptCost: TEST_SCRYPT,
    background: true,
  });
}

async function stop(backend: Backend): Promise<void> {
  await backend.backups.idle();
  backend.close();
}

/** The admin's page reads this; polled until the background check has answered. */
async function settled(backend: Backend, token: string): Promise<IntegrityStatus> {
  for (let i = 0; i < 600; i++) {
    const status = expectOk(await backend.dispatcher.invoke('backups.status', {}, { token }));
    if (status.integrity.state !== 'running') return status.integrity;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return expect.fail('the background check never answered');
}

/** A station with a table of filler written last, so its pages sit at the end of the file. */
async function station(): Promise<{ dataDir: string; file: string }> {
  const dataDir = tempDir();
  const backend = start(dataDir);
  await setUpClinic(backend);
  backend.services.sqlite.exec('CREATE TABLE filler (id integer PRIMARY KEY, body text)');
  const insert = backend.services.sqlite.prepare('INSERT INTO filler (body) VALUES (?)');
  for (let i = 0; i < 2000; i++) insert.run(`dòng số ${i} `.repeat(10));
  await stop(backend);
  return { dataDir, file: path.join(dataDir, 'tram.sqlite') };
}

const sha = (file: string): string =>
  createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function refusal(run: () => unknown): DatabaseOpenError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  return expect.fail('expected the open to be refused');
}

describe('integrity at start', () => {
  it('after a clean shutdown opens on the cheap signal and checks in full in the background', async () => {
    const { dataDir } = await station();
    expect(fs.existsSync(path.join(dataDir, RUNNING_MARKER))).toBe(false);
    const backend = start(dataDir);
    expect(backend.database.fullyChecked).toBe(false);
    const { adminToken } = await signInAdmin(backend);
    const integrity = await settled(backend, adminToken);
    expect(integrity).toMatchObject({ state: 'ok', how: 'background', detail: null });
    expect(integrity.checkedAt).not.toBeNull();
    await stop(backend);
  });

  it('after a crash (the running marker left) checks the whole file before any write', async () => {
    const { dataDir } = await station();
    fs.writeFileSync(path.join(dataDir, RUNNING_MARKER), '12345\n');
    const backend = start(dataDir);
    expect(backend.database.fullyChecked).toBe(true);
    const { adminToken } = await signInAdmin(backend);
    expect(await settled(backend, adminToken)).toMatchObject({ state: 'ok', how: 'startup' });
    await stop(backend);
  });

  it('finds damage deep in a cleanly closed file in the background, then refuses it at the next start, untouched', async () => {
    const { dataDir, file } = await station();
    const bytes = fs.readFileSync(file);
    const victim = bytes.length / PAGE - 5; // a filler page: the cheap signal does not read it
    bytes.fill(0x5a, PAGE * victim + 8, PAGE * victim + 300);
    fs.writeFileSync(file, bytes);

    const backend = start(dataDir);
    const { adminToken } = await signInAdmin(backend);
    const integrity = await settled(backend, adminToken);
    expect(integrity.state).toBe('failed');
    expect(integrity.detail).toBeTruthy();
    await stop(backend);
    expect(fs.existsSync(path.join(dataDir, CHECK_FAILED_MARKER))).toBe(true);

    // The next start checks in full before anything writes, and refuses.
    const before = sha(file);
    expect(refusal(() => start(dataDir)).kind).toBe('corrupt');
    expect(sha(file)).toBe(before);
  });

  it('refuses a truncated file on the cheap signal, before any write', async () => {
    const { dataDir, file } = await station();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / PAGE / 2) * PAGE);
    const before = sha(file);
    const error = refusal(() => start(dataDir));
    expect(error.kind).toBe('corrupt');
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(path.join(dataDir, RUNNING_MARKER))).toBe(false);
  });

  it('refuses a file whose first page is damaged on the cheap signal, untouched', async () => {
    const { dataDir, file } = await station();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 100, 600);
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    expect(refusal(() => start(dataDir)).kind).toBe('not-a-database');
    expect(sha(file)).toBe(before);
  });
});

/** Signs the station's admin in (the clinic was set up by station()). */
async function signInAdmin(backend: Backend): Promise<{ adminToken: string }> {
  const login = expectOk(await backend.dispatcher.invoke('auth.login', ADMIN));
  return { adminToken: login.token };
}
