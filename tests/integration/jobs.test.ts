import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimsExport } from '../../shared/api';
import { parseGiamDinhHs } from '../../shared/domain/claims/xml130';
import { expectError, expectOk, makeBackend, setUpClinic, testClock } from '../helpers/backend';
import { NOVEMBER_2026, seedClaimsMonth } from '../helpers/claims-month';
import { serve } from '../helpers/http';

const clock = testClock('2026-12-01T02:00:00.000Z');

describe('background jobs', () => {
  it('sends the XML 130 file over HTTP as its bytes, the same as base64 in JSON, and keeps no copy', async () => {
    const backend = makeBackend({ clock });
    const { adminToken, call } = await setUpClinic(backend);
    await seedClaimsMonth(backend, adminToken, { visits: 12 });
    const { post } = await serve(backend);

    const raw = await post('claims.exportXml130', NOVEMBER_2026, adminToken);
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(raw.headers.get('content-disposition')).toContain(
      'GIAMDINHHS_01001_20261101_20261130.xml',
    );
    const meta = JSON.parse(decodeURIComponent(raw.headers.get('x-tram-file') ?? '')) as Omit<
      ClaimsExport,
      'content'
    >;
    expect(meta).toEqual({
      fileName: 'GIAMDINHHS_01001_20261101_20261130.xml',
      mimeType: 'application/xml',
      count: 12,
      skipped: 0,
      skippedVisitIds: [],
      resentVisitIds: [],
    });
    const bytes = Buffer.from(await raw.arrayBuffer());
    const parsed = parseGiamDinhHs(bytes.toString('utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.value.count).toBe(12);
    expect(parsed.value.records).toHaveLength(12);

    // Callers that ask for JSON (the API, the desktop's IPC) still get base64, byte for byte.
    // (The second export resends the month's HOSO: the same file, each marked resent.)
    const json = expectOk(await call('claims.exportXml130', NOVEMBER_2026));
    expect(Buffer.from(json.content, 'base64').equals(bytes)).toBe(true);
    expect(json.resentVisitIds).toHaveLength(12);
    const tmp = path.join(backend.paths.dataDir, 'tmp');
    expect(fs.existsSync(tmp) ? fs.readdirSync(tmp) : []).toEqual([]);
  });

  it('records an export only if its bills are as the worker read them', async () => {
    const backend = makeBackend({ clock });
    const { adminToken, call } = await setUpClinic(backend);
    await seedClaimsMonth(backend, adminToken, { visits: 3 });
    const { jobs, sqlite } = backend.services;
    const run = jobs.run.bind(jobs);
    // A bill repriced while the worker builds the file (a return at the counter, say).
    jobs.run = (async (kind: never, input: never) => {
      const value: unknown = await run(kind, input);
      sqlite
        .prepare(
          `UPDATE invoices SET total = total + 1000, patient_pays = patient_pays + 1000,
             patient_due = patient_due + 1000 WHERE visit_id = (SELECT min(visit_id) FROM invoices)`,
        )
        .run();
      return value;
    }) as typeof jobs.run;
    const refused = expectError(await call('claims.exportXml130', NOVEMBER_2026), 'CONFLICT');
    expect(refused.messageKey).toBe('claims.changedDuringExport');
    const count = sqlite.prepare('SELECT count(*) AS n FROM claim_exports').get() as { n: number };
    expect(count.n).toBe(0);
    const tmp = path.join(backend.paths.dataDir, 'tmp');
    expect(fs.existsSync(tmp) ? fs.readdirSync(tmp) : []).toEqual([]);
    // Built again from the bills as they are now, the export goes through and is recorded
    // (the hand-edited bill no longer matches its lines, so the claims check holds it back).
    jobs.run = run;
    const sent = expectOk(await call('claims.exportXml130', NOVEMBER_2026));
    expect([sent.count, sent.skippedVisitIds.length]).toEqual([2, 1]);
    const after = sqlite.prepare('SELECT count(*) AS n FROM claim_exports').get() as { n: number };
    expect(after.n).toBe(1);
  });

  it('sends report files as their bytes and errors as JSON with their status', async () => {
    const backend = makeBackend({ clock });
    const { adminToken } = await setUpClinic(backend);
    const { post } = await serve(backend);
    const pdf = await post('stock.movementReport', { ...NOVEMBER_2026, format: 'pdf' }, adminToken);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const xlsx = await post(
      'stock.movementReport',
      { ...NOVEMBER_2026, format: 'xlsx' },
      adminToken,
    );
    // An xlsx is a zip: PK\x03\x04.
    expect([...Buffer.from(await xlsx.arrayBuffer()).subarray(0, 4)]).toEqual([80, 75, 3, 4]);

    const none = await post('claims.exportXml130', NOVEMBER_2026, adminToken);
    expect(none.status).toBe(409);
    const body = (await none.json()) as { ok: false; error: { messageKey: string } };
    // No head's code in the settings yet: the insurer would refuse any file.
    expect(body.error.messageKey).toBe('claims.problem.headCode');
  });

  it('brings expected failures back from the worker as the same errors', async () => {
    const backend = makeBackend({ clock });
    const { call } = await setUpClinic(backend);
    const missing = expectError(await call('stock.count.sheet', { countId: 999 }), 'NOT_FOUND');
    expect(missing.message).not.toBe('');
    expectError(await call('claims.exportXml130', NOVEMBER_2026), 'CONFLICT');
    // The worker survives its jobs' failures and goes on with the next one.
    expect(expectOk(await call('claims.validate', NOVEMBER_2026)).visits).toEqual([]);
  });

  it('starts its worker on the first job, stops it when idle, and starts it again', async () => {
    const backend = makeBackend({ clock, jobIdleMs: 200 });
    const { call } = await setUpClinic(backend);
    const { jobs } = backend.services;
    expect(jobs.alive).toBe(false);
    expectOk(await call('claims.validate', NOVEMBER_2026));
    expect(jobs.alive).toBe(true);
    await expect.poll(() => jobs.alive, { timeout: 5_000 }).toBe(false);
    expectOk(await call('claims.validate', NOVEMBER_2026));
    expect(jobs.workersStarted).toBe(2);
  });

  it('runs jobs one after another and fails the waiting ones when it closes', async () => {
    const backend = makeBackend({ clock });
    await setUpClinic(backend);
    const { jobs } = backend.services;
    const first = jobs.run('claims.validate', NOVEMBER_2026);
    const second = jobs.run('claims.validate', NOVEMBER_2026);
    expect(jobs.busy).toBe(true);
    await expect(first).resolves.toMatchObject({ visits: [] });
    await expect(second).resolves.toMatchObject({ visits: [] });
    const queued = [
      jobs.run('claims.validate', NOVEMBER_2026),
      jobs.run('claims.validate', NOVEMBER_2026),
    ];
    const outcomes = queued.map((job) =>
      job.then(
        () => null,
        (error: unknown) => error,
      ),
    );
    await jobs.close();
    for (const outcome of outcomes) expect(String(await outcome)).toMatch(/closed/);
    await expect(jobs.run('claims.validate', NOVEMBER_2026)).rejects.toThrow(/closed/);
  });
});
