/**
 * A station's submitted reports to DHIS2, against a test double written from DHIS2's Web API
 * documentation (tests/helpers/dhis2-double.ts; no DHIS2 can run here). Every path must end in
 * a sent row with the values counted once, or a failed row with the reason shown.
 */
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataValue } from '../../shared/domain/reports/value-set';
import { expectOk, testClock } from '../helpers/backend';
import { setUpDistrict, stationWithJanuary } from '../helpers/bundles';
import { makeBackend } from '../helpers/backend';
import { startDhis2Double, type Dhis2Double } from '../helpers/dhis2-double';

const DATASET = 'TT37-XA-THANG';
const doubles: Dhis2Double[] = [];
afterEach(async () => {
  while (doubles.length) await doubles.pop()?.close();
});

type Station = Awaited<ReturnType<typeof stationWithJanuary>>;

/** The figures DHIS2 stores for a report: a disaggregated row as its combos only. */
function stored(values: readonly DataValue[]): DataValue[] {
  const split = new Set(values.filter((v) => v.categoryOptionCombo).map((v) => v.dataElement));
  return values.filter((v) => v.categoryOptionCombo || !split.has(v.dataElement));
}

/** The station's January as computed, and a double that knows it under its own codes ("D_…"). */
async function setUp(options: { legacy?: boolean; timeoutMs?: number } = {}) {
  const station = await stationWithJanuary({
    periods: [],
    clock: testClock('2026-02-04T02:00:00.000Z'),
    sync: { timeoutMs: options.timeoutMs ?? 10_000, random: () => 0.5 },
  });
  const computed = expectOk(
    await station.call('reports.compute', { dataset: DATASET, period: '202601' }),
  );
  const values = stored(computed.dataValues);
  const elements = [...new Set(values.map((v) => v.dataElement))];
  const combos = [...new Set(values.flatMap((v) => v.categoryOptionCombo ?? []))];
  const dhis2 = await startDhis2Double({
    metadata: {
      dataSets: { D_TT37: { periodType: 'Monthly' } },
      orgUnits: ['OU_AN_BINH'],
      dataElements: elements.map((e) => `D_${e}`),
      categoryOptionCombos: combos.map((c) => `D_${c}`),
    },
    users: { hoa: 'mat-khau-dhis2' },
    tokens: ['d2p_token'],
    ...(options.legacy && { legacy: true }),
    timeoutMs: 3_000,
  });
  doubles.push(dhis2);
  const csv = [
    'kind,tram,dhis2',
    `dataSet,${DATASET},D_TT37`,
    'orgUnit,01001,OU_AN_BINH',
    ...elements.map((e) => `dataElement,${e},D_${e}`),
    ...combos.map((c) => `categoryOptionCombo,${c},D_${c}`),
  ];
  return { station, values, elements, dhis2, csv };
}

async function addTarget(
  station: Station,
  dhis2: Dhis2Double,
  extra: { mappingCsv: string; password?: string; token?: string },
) {
  return expectOk(
    await station.call('sync.targets.save', {
      name: 'DHIS2 Sở Y tế',
      kind: 'dhis2',
      baseUrl: dhis2.url,
      username: 'hoa',
      password: 'mat-khau-dhis2',
      ...extra,
    }),
  ).id;
}

/** Changes a saved target: what is left out is kept (secrets too). */
async function updateTarget(
  station: Station,
  id: number,
  dhis2: Dhis2Double,
  change: { mappingCsv?: string; password?: string; token?: string },
) {
  expectOk(
    await station.call('sync.targets.save', {
      id,
      name: 'DHIS2 Sở Y tế',
      kind: 'dhis2',
      baseUrl: dhis2.url,
      ...change,
    }),
  );
}

const submit = async (station: Station) =>
  expectOk(await station.call('reports.submit', { dataset: DATASET, period: '202601' }));
const run = async (station: Station) => expectOk(await station.call('sync.run', {}));

/** The double's values, as Tram codes → value: what DHIS2 now holds for the station. */
function heldByDhis2(dhis2: Dhis2Double): Map<string, number> {
  const held = new Map<string, number>();
  for (const [key, value] of dhis2.values) {
    const [de = '', coc = '', period, ou] = key.split('|');
    expect([period, ou]).toEqual(['202601', 'OU_AN_BINH']);
    const tram = `${de.slice(2)}.${coc === 'default' ? '' : coc.slice(2)}`;
    expect(held.has(tram)).toBe(false);
    held.set(tram, Number(value));
  }
  return held;
}

function expectHeld(dhis2: Dhis2Double, values: readonly DataValue[]): void {
  const held = heldByDhis2(dhis2);
  expect(held.size).toBe(values.length);
  for (const v of values) {
    expect(held.get(`${v.dataElement}.${v.categoryOptionCombo ?? ''}`), v.dataElement).toBe(
      v.value,
    );
  }
}

describe('sending reports to DHIS2', () => {
  it('dry-runs, imports with idScheme=code and registers completeness, once', async () => {
    const { station, values, dhis2, csv } = await setUp();
    const id = await addTarget(station, dhis2, { mappingCsv: csv.join('\n') });
    const test = expectOk(await station.call('sync.targets.test', { id }));
    expect(test).toMatchObject({ ok: true, detail: { user: 'hoa', version: '2.40.3' } });
    // The password never comes back.
    const [target] = expectOk(await station.call('sync.targets.list', {}));
    expect(target).toMatchObject({
      hasPassword: true,
      hasToken: false,
      mappingRows: csv.length - 1,
    });
    expect(JSON.stringify(target)).not.toContain('mat-khau-dhis2');
    // Stored sealed: the database alone does not give the password away.
    const raw = station.backend.services.sqlite.prepare('SELECT * FROM sync_targets').get();
    expect(JSON.stringify(raw)).not.toContain('mat-khau-dhis2');

    await submit(station);
    const result = await run(station);
    expect(result).toMatchObject({ sent: 1, failed: 0, pending: 0 });
    expect(result.rows[0]?.answer?.importCount).toEqual({
      imported: values.length,
      updated: 0,
      ignored: 0,
      deleted: 0,
    });
    expect(dhis2.imports.map((i) => i.query)).toEqual([
      { idScheme: 'code', importStrategy: 'CREATE_AND_UPDATE', dryRun: 'true' },
      { idScheme: 'code', importStrategy: 'CREATE_AND_UPDATE', dryRun: 'false' },
    ]);
    expect(dhis2.imports[1]?.body).toMatchObject({
      dataSet: 'D_TT37',
      period: '202601',
      orgUnit: 'OU_AN_BINH',
    });
    expectHeld(dhis2, values);
    expect(dhis2.registrations).toEqual([
      { dataSet: 'D_TT37', period: '202601', organisationUnit: 'OU_AN_BINH' },
    ]);
  }, 60_000);

  it('shows a dry-run conflict for an unmapped element, sends after the mapping is fixed', async () => {
    const { station, values, elements, dhis2, csv } = await setUp();
    const missing = elements[0] ?? '';
    const withoutOne = csv.filter((line) => line !== `dataElement,${missing},D_${missing}`);
    const id = await addTarget(station, dhis2, { mappingCsv: withoutOne.join('\n') });
    await submit(station);
    let result = await run(station);
    expect(result).toMatchObject({ sent: 0, failed: 1 });
    const failed = result.rows[0];
    expect(failed?.lastError).toContain(missing);
    expect(failed?.lastError).toMatch(/chạy thử/);
    expect(failed?.answer?.conflicts?.[0]).toMatchObject({ object: missing });
    // The dry run wrote nothing, and no real import was tried.
    expect(dhis2.values.size).toBe(0);
    expect(dhis2.imports.map((i) => i.query.dryRun)).toEqual(['true']);
    // A background round does not touch a failed row.
    expect((await station.backend.services.sync.run({ dueOnly: true })).tried).toEqual([]);

    await updateTarget(station, id, dhis2, { mappingCsv: csv.join('\n') });
    expectOk(await station.call('sync.retry', { outboxId: failed?.id ?? 0 }));
    result = await run(station);
    expect(result).toMatchObject({ sent: 1, failed: 0 });
    expectHeld(dhis2, values);
  }, 60_000);

  it('stops on 401, retries after 500 and a timeout, and counts a lost reply once', async () => {
    const { station, values, dhis2, csv } = await setUp({ timeoutMs: 1_000 });
    const id = await addTarget(station, dhis2, {
      mappingCsv: csv.join('\n'),
      password: 'sai-mat-khau',
    });
    await submit(station);
    // 401: the account is wrong; it fails and is not retried by itself.
    let result = await run(station);
    expect(result).toMatchObject({ failed: 1 });
    expect(result.rows[0]?.lastError).toMatch(/từ chối tài khoản/);
    const [target] = expectOk(await station.call('sync.targets.list', {}));
    expect(target?.lastError).toMatch(/401/);
    await updateTarget(station, id, dhis2, { password: '', token: 'd2p_token' });
    expectOk(await station.call('sync.retry', { outboxId: result.rows[0]?.id ?? 0 }));

    // 500, then a timeout: pending, tried again later with a growing wait.
    dhis2.faults.push(500);
    result = await run(station);
    expect(result).toMatchObject({ pending: 1 });
    expect(result.rows[0]?.lastError).toMatch(/500/);
    const firstWait =
      Date.parse(result.rows[0]?.nextAttemptAt ?? '') - Date.parse('2026-02-04T02:00:00.000Z');
    dhis2.faults.push('timeout');
    result = await run(station);
    expect(result).toMatchObject({ pending: 1 });
    expect(result.rows[0]?.lastError).toMatch(/không trả lời kịp/);
    const secondWait =
      Date.parse(result.rows[0]?.nextAttemptAt ?? '') - Date.parse('2026-02-04T02:00:00.000Z');
    expect(secondWait).toBeGreaterThan(firstWait);
    expect(dhis2.values.size).toBe(0);

    // The values are stored but the reply is lost: pending; the next run changes nothing there.
    dhis2.faults.push('dropAfterStore');
    result = await run(station);
    expect(result).toMatchObject({ pending: 1 });
    expectHeld(dhis2, values);
    result = await run(station);
    expect(result).toMatchObject({ sent: 1 });
    expect(result.rows[0]?.answer?.importCount).toMatchObject({ imported: 0, updated: 0 });
    expectHeld(dhis2, values);
    expect(dhis2.registrations).toHaveLength(1);
  }, 90_000);

  it('reads an older DHIS2’s answers (summary at the top, 200 even with conflicts)', async () => {
    const { station, values, elements, dhis2, csv } = await setUp({ legacy: true });
    const missing = elements.at(-1) ?? '';
    const id = await addTarget(station, dhis2, {
      mappingCsv: csv.filter((l) => l !== `dataElement,${missing},D_${missing}`).join('\n'),
    });
    expect(expectOk(await station.call('sync.targets.test', { id })).detail?.version).toBe(
      '2.36.12',
    );
    await submit(station);
    let result = await run(station);
    expect(result).toMatchObject({ failed: 1 });
    expect(result.rows[0]?.answer).toMatchObject({ httpStatus: 200, status: 'WARNING' });
    await updateTarget(station, id, dhis2, { mappingCsv: csv.join('\n') });
    expectOk(await station.call('sync.retry', { outboxId: result.rows[0]?.id ?? 0 }));
    result = await run(station);
    expect(result).toMatchObject({ sent: 1 });
    expectHeld(dhis2, values);
  }, 60_000);

  it('sends a resubmitted revision as a new row that updates DHIS2’s values', async () => {
    const { station, values, dhis2, csv } = await setUp();
    await addTarget(station, dhis2, { mappingCsv: csv.join('\n') });
    await submit(station);
    expect(await run(station)).toMatchObject({ sent: 1 });
    expectOk(
      await station.call('reports.reopen', {
        dataset: DATASET,
        period: '202601',
        reason: 'Nhập lại',
      }),
    );
    // Resubmitting with the same figures: a new revision, a new row, DHIS2 unchanged.
    await submit(station);
    const result = await run(station);
    expect(result).toMatchObject({ sent: 1 });
    expect(result.rows[0]?.revision).toBe(2);
    expect(result.rows[0]?.answer?.importCount).toMatchObject({
      imported: 0,
      ignored: values.length,
    });
    expectHeld(dhis2, values);
    const rows = expectOk(await station.call('sync.outbox', { status: 'sent' }));
    expect(rows.map((r) => r.idempotencyKey)).toEqual([
      `01001:${DATASET}:202601:2:1`,
      `01001:${DATASET}:202601:1:1`,
    ]);
  }, 60_000);
});

describe('a district pushes its totals to DHIS2', () => {
  it("queues the totals it exports and sends them under Tram's own codes when unmapped", async () => {
    const station = await stationWithJanuary();
    const bundle = expectOk(
      await station.call('bundles.export', { dataset: DATASET, periods: ['202601'] }),
    );
    const backend = makeBackend({ clock: testClock('2026-02-10T02:00:00.000Z') });
    const district = await setUpDistrict(backend);
    await district.importBundle(Buffer.from(bundle.content, 'base64'));
    expectOk(await district.call('stations.confirm', { code: '01001' }));
    const totals = expectOk(
      await district.call('district.totals', { dataset: DATASET, period: '202601' }),
    );
    const values = stored(totals.dataValues);
    const dhis2 = await startDhis2Double({
      metadata: {
        dataSets: { [DATASET]: { periodType: 'Monthly' } },
        orgUnits: ['01990'],
        dataElements: [...new Set(values.map((v) => v.dataElement))],
        categoryOptionCombos: [...new Set(values.flatMap((v) => v.categoryOptionCombo ?? []))],
      },
      tokens: ['d2p_district'],
    });
    doubles.push(dhis2);
    expectOk(
      await district.call('sync.targets.save', {
        name: 'DHIS2 tỉnh',
        kind: 'dhis2',
        baseUrl: dhis2.url,
        token: 'd2p_district',
      }),
    );
    expectOk(await district.call('bundles.export', { dataset: DATASET, periods: ['202601'] }));
    const result = expectOk(await district.call('sync.run', {}));
    expect(result).toMatchObject({ sent: 1, failed: 0 });
    const held = new Map(
      [...dhis2.values].map(([key, value]) => {
        const [de, coc, period, ou] = key.split('|');
        expect([period, ou]).toEqual(['202601', '01990']);
        return [`${de}.${coc === 'default' ? '' : coc}`, Number(value)];
      }),
    );
    expect(held.size).toBe(values.length);
    for (const v of values) {
      expect(held.get(`${v.dataElement}.${v.categoryOptionCombo ?? ''}`)).toBe(v.value);
    }
  }, 60_000);
});

describe('nothing patient-level leaves', () => {
  it('queues only aggregate figures: no name, code, id number, phone or address in any payload', async () => {
    const station = await stationWithJanuary({ periods: [] });
    const sqlite = station.backend.services.sqlite;
    // Every patient gets personal data that would be unmistakable in a payload.
    sqlite
      .prepare(
        `UPDATE patients SET full_name = 'Bí Mật ' || id, phone = '09' || printf('%08d', id),
           cccd = '0010' || printf('%08d', id),
           address_text = 'Số ' || id || ' ngõ Riêng Tư', guardian_name = 'Người Nhà ' || id,
           notes = 'ghi chú kín ' || id`,
      )
      .run();
    const patients = sqlite
      .prepare('SELECT code, full_name, phone, cccd, address_text FROM patients')
      .all() as Record<string, string>[];
    expect(patients.length).toBeGreaterThan(0);
    for (const [kind, extra] of [
      ['tram', { fingerprint: 'AB'.repeat(32), credential: `tram-sc.${'x'.repeat(43)}` }],
      ['dhis2', { username: 'u', password: 'p' }],
    ] as const) {
      expectOk(
        await station.call('sync.targets.save', {
          name: kind,
          kind,
          baseUrl: 'https://127.0.0.1:9',
          ...extra,
        } as never),
      );
    }
    expectOk(await station.call('reports.submit', { dataset: DATASET, period: '202601' }));
    const payloads = sqlite
      .prepare('SELECT payload_type AS type, payload FROM sync_outbox')
      .all() as { type: string; payload: Buffer }[];
    expect(payloads.map((p) => p.type).sort()).toEqual(['bundle', 'dataValueSet']);
    const texts = payloads.flatMap((p) =>
      p.type === 'bundle'
        ? Object.values(unzipSync(p.payload)).map((bytes) => Buffer.from(bytes).toString('utf8'))
        : [p.payload.toString('utf8')],
    );
    for (const text of texts) {
      for (const patient of patients) {
        for (const value of Object.values(patient)) expect(text).not.toContain(value);
      }
      expect(text).not.toMatch(/Bí Mật|Riêng Tư|Người Nhà|ghi chú kín/);
    }
    // DHIS2's payload is exactly the aggregate shape: set, period, unit and coded counts.
    const set = JSON.parse(
      payloads.find((p) => p.type === 'dataValueSet')?.payload.toString() ?? '{}',
    ) as Record<string, unknown>;
    expect(Object.keys(set).sort()).toEqual([
      'completeDate',
      'dataSet',
      'dataValues',
      'orgUnit',
      'period',
    ]);
    for (const v of set.dataValues as Record<string, string>[]) {
      expect(
        Object.keys(v).every((k) => ['dataElement', 'categoryOptionCombo', 'value'].includes(k)),
      ).toBe(true);
      expect(v.value).toMatch(/^\d+$/);
    }
  }, 60_000);
});
