/**
 * Station → district over HTTPS, two real Trams on loopback: the station in this process, the
 * district as its own `npm run web` process (so it can be killed for real), a proxy between
 * them that breaks the link mid-request and drops a reply after the district committed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { pinnedAgent, request } from '../../electron/workstation/pinned-https';
import type { OutboxRowView, ProcedureName, Result } from '../../shared/api';
import { ADMIN, expectOk, makeBackend, tempDir, testClock } from '../helpers/backend';
import { DISTRICT, setUpDistrict, stationWithJanuary } from '../helpers/bundles';
import { startBreakProxy, type BreakProxy } from '../helpers/break-proxy';
import { startWebProcess, type WebProcess } from '../helpers/web-process';

const DATASET = 'TT37-XA-THANG';
const running: WebProcess[] = [];
const proxies: BreakProxy[] = [];
afterEach(async () => {
  while (running.length) await running.pop()?.stop();
  while (proxies.length) await proxies.pop()?.close();
});

/** A district Tram's data folder: set up, LAN (HTTPS) on, a credential issued to 01001. */
async function districtFolder() {
  const dataDir = tempDir();
  const backend = makeBackend({ dataDir });
  const district = await setUpDistrict(backend);
  expectOk(await district.call('settings.update', { network: { lanEnabled: true } }));
  const { credential } = expectOk(await district.call('stations.credential', { code: '01001' }));
  // The same CA the district will serve with: the proxy's certificate comes from it too.
  const identity = await backend.services.tls.ensure(['127.0.0.1'], DISTRICT.name, new Date());
  backend.close();
  return { dataDir, credential, identity };
}

/** The district as its own process; resolves with its HTTPS port once it listens. */
async function startDistrict(
  dataDir: string,
  port = 0,
): Promise<{ tram: WebProcess; port: number }> {
  // LAN mode (HTTPS with the district's CA) is served on all interfaces, loopback among them.
  const tram = startWebProcess([
    '--data-dir',
    dataDir,
    '--host',
    '0.0.0.0',
    '--port',
    String(port),
  ]);
  running.push(tram);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const match = /is ready: https:\/\/[^\s:]+:(\d+)/.exec(tram.output());
    if (match?.[1]) return { tram, port: Number(match[1]) };
    if (Date.now() > deadline || tram.child.exitCode !== null) {
      throw new Error(`district did not start:\n${tram.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function kill(tram: WebProcess): Promise<void> {
  tram.child.kill('SIGKILL');
  return tram.exited.then(() => undefined);
}

/** Calls the district over HTTPS like any client, trusting its CA only. */
function districtClient(
  port: () => number,
  identity: { caCertificate: string; caFingerprint: string },
) {
  const agent = pinnedAgent(identity);
  let token = '';
  const call = async <T>(name: ProcedureName, input: unknown): Promise<T> => {
    const answer = await request(agent, new URL(`https://127.0.0.1:${port()}/api/${name}`), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(input),
    });
    const result = JSON.parse(answer.body.toString()) as Result<T>;
    return expectOk(result);
  };
  return {
    call,
    login: async () => {
      token = (
        await call<{ token: string }>('auth.login', {
          username: ADMIN.username,
          password: ADMIN.password,
        })
      ).token;
    },
    close: () => agent.destroy(),
  };
}

async function outbox(station: {
  call: (n: 'sync.outbox', i: object) => Promise<Result<OutboxRowView[]>>;
}) {
  return expectOk(await station.call('sync.outbox', {}));
}

/** The district's own record of what it took in, read from its database after it stopped. */
function districtRecord(dataDir: string) {
  const backend: Backend = makeBackend({ dataDir });
  const sqlite = backend.services.sqlite;
  const received = sqlite
    .prepare('SELECT counter, revision, state FROM received_bundles ORDER BY counter')
    .all() as { counter: number; revision: number; state: string }[];
  const report = sqlite
    .prepare('SELECT revision FROM station_reports WHERE station_code = ? AND period = ?')
    .get('01001', '202601') as { revision: number } | undefined;
  const values = sqlite
    .prepare(
      `SELECT data_element, category_option_combo, value FROM station_values
       WHERE station_code = '01001' AND period = '202601'`,
    )
    .all() as { data_element: string; category_option_combo: string; value: number }[];
  backend.close();
  return { received, report, values };
}

describe('a station sends its reports to the district Tram over the network', () => {
  it('delivers exactly once through a killed district and a lost reply', async () => {
    const folder = await districtFolder();
    let district = await startDistrict(folder.dataDir);
    const proxy = await startBreakProxy({
      key: folder.identity.key,
      cert: folder.identity.cert,
      caCertificate: folder.identity.caCertificate,
      target: district.port,
    });
    proxies.push(proxy);
    const admin = districtClient(() => district.port, folder.identity);
    await admin.login();

    const station = await stationWithJanuary({
      periods: [],
      clock: testClock('2026-02-04T02:00:00.000Z'),
      sync: { timeoutMs: 10_000, random: () => 0.5 },
    });
    // The station's admin types what the district gave: address, fingerprint, credential.
    const { id: targetId } = expectOk(
      await station.call('sync.targets.save', {
        name: 'TTYT khu vực Đông Anh',
        kind: 'tram',
        baseUrl: `127.0.0.1:${proxy.port}`,
        fingerprint: folder.identity.caFingerprint,
        credential: folder.credential,
      }),
    );
    const test = expectOk(await station.call('sync.targets.test', { id: targetId }));
    expect(test.ok, test.message).toBe(true);
    expect(test.detail?.stationCode).toBe('01001');

    // 1. Submitted: queued in the same transaction, delivered by "Gửi ngay".
    expectOk(await station.call('reports.submit', { dataset: DATASET, period: '202601' }));
    const [queued] = await outbox(station);
    expect(queued).toMatchObject({ status: 'pending', revision: 1, attempts: 0 });
    expect(queued?.idempotencyKey).toBe(`01001:${DATASET}:202601:1:${targetId}`);
    let run = expectOk(await station.call('sync.run', {}));
    expect(run).toMatchObject({ sent: 1, failed: 0, pending: 0 });
    expect(run.rows[0]?.answer?.outcome).toBe('pending-station');
    // The district trusts the station's key (first use), and the waiting bundle goes in.
    const confirmed = await admin.call<{ imported: { outcome: string }[] }>('stations.confirm', {
      code: '01001',
    });
    expect(confirmed.imported.map((r) => r.outcome)).toEqual(['imported']);

    // 2. Reopened, resubmitted; the district dies while the request is half there.
    const reopen = async (reason: string) => {
      expectOk(
        await station.call('reports.reopen', { dataset: DATASET, period: '202601', reason }),
      );
      expectOk(await station.call('reports.submit', { dataset: DATASET, period: '202601' }));
    };
    await reopen('Sửa số lượt khám');
    proxy.mode = 'cutRequest';
    proxy.onBreak = () => kill(district.tram);
    run = expectOk(await station.call('sync.run', {}));
    expect(run).toMatchObject({ sent: 0, failed: 0, pending: 1 });
    const waiting = run.rows[0];
    expect(waiting?.attempts).toBe(1);
    expect(waiting?.lastError).toMatch(/thử lại/);
    expect(Date.parse(waiting?.nextAttemptAt ?? '')).toBeGreaterThan(
      Date.parse('2026-02-04T02:00:00.000Z'),
    );
    // A background round leaves it alone until it is due; the district is still down anyway.
    expect((await station.backend.services.sync.run({ dueOnly: true })).tried).toEqual([]);

    // The district comes back on the same port; "Gửi ngay" delivers revision 2 once.
    district = await startDistrict(folder.dataDir, district.port);
    proxy.mode = 'pass';
    run = expectOk(await station.call('sync.run', {}));
    expect(run).toMatchObject({ sent: 1, pending: 0 });
    expect(run.rows[0]?.answer?.outcome).toBe('imported');

    // 3. Resubmitted again; the district commits but its reply is lost on the way back.
    await reopen('Bổ sung lượt khám');
    proxy.mode = 'dropReply';
    proxy.onBreak = () => undefined;
    run = expectOk(await station.call('sync.run', {}));
    expect(run).toMatchObject({ sent: 0, pending: 1 });
    proxy.mode = 'pass';
    run = expectOk(await station.call('sync.run', {}));
    // The district already had it: "duplicate", nothing changes there, the station marks it sent.
    expect(run).toMatchObject({ sent: 1, pending: 0 });
    expect(run.rows[0]?.answer?.outcome).toBe('duplicate');
    expect(proxy.breaks).toEqual(['/api/bundles.receive', '/api/bundles.receive']);

    const rows = await outbox(station);
    expect(rows.map((r) => [r.revision, r.status])).toEqual([
      [3, 'sent'],
      [2, 'sent'],
      [1, 'sent'],
    ]);
    const stationValues = expectOk(
      await station.call('reports.compute', { dataset: DATASET, period: '202601' }),
    ).dataValues;

    admin.close();
    await running.pop()?.stop();
    const record = districtRecord(folder.dataDir);
    // Exactly one import of each revision took effect: three bundles, all applied, in order.
    expect(record.received.map((r) => [r.revision, r.state])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
      [3, 'applied'],
    ]);
    expect(record.report?.revision).toBe(3);
    const held = new Map(
      record.values.map((v) => [`${v.data_element}.${v.category_option_combo}`, v.value]),
    );
    // What a disaggregated row stores is its combos (DHIS2's model); the rest as they are.
    const split = new Set(
      stationValues.filter((v) => v.categoryOptionCombo).map((v) => v.dataElement),
    );
    const stored = stationValues.filter((v) => v.categoryOptionCombo || !split.has(v.dataElement));
    expect(held.size).toBe(stored.length);
    for (const v of stored) {
      expect(held.get(`${v.dataElement}.${v.categoryOptionCombo ?? ''}`), v.dataElement).toBe(
        v.value,
      );
    }
    // Counted once: the 12 visits of the station's January, over the district's combos.
    const visits = record.values
      .filter((v) => v.data_element === 'KCB_LUOT')
      .reduce((sum, v) => sum + v.value, 0);
    expect(visits).toBe(12);
  }, 240_000);

  it('refuses a wrong credential, a bundle signed by another station, and a wrong pin', async () => {
    const district = makeBackend({ dataDir: tempDir() });
    const clinic = await setUpDistrict(district);
    const { credential } = expectOk(await clinic.call('stations.credential', { code: '01002' }));
    const station = await stationWithJanuary({ periods: ['202601'] });
    const bundle = expectOk(
      await station.call('bundles.export', { dataset: DATASET, periods: ['202601'] }),
    );
    // Public procedure: no session, the credential is the key.
    const wrong = await district.dispatcher.invoke(
      'bundles.receive',
      {
        credential: `tram-sc.${'A'.repeat(43)}`,
        fileName: bundle.fileName,
        content: bundle.content,
      },
      {},
    );
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.code).toBe('UNAUTHENTICATED');
    // 01001's bundle with 01002's credential: refused, nothing recorded.
    const other = expectOk(
      await district.dispatcher.invoke(
        'bundles.receive',
        { credential, fileName: bundle.fileName, content: bundle.content },
        {},
      ),
    );
    expect(other).toMatchObject({ outcome: 'rejected', reasonCode: 'notCredentialStation' });
    expect(district.services.sqlite.prepare('SELECT count(*) FROM stations').pluck().get()).toBe(0);
    // A new credential revokes the old one.
    expectOk(await clinic.call('stations.credential', { code: '01002' }));
    const revoked = await district.dispatcher.invoke('sync.hello', { credential }, {});
    expect(revoked.ok).toBe(false);

    // A pin that is not the receiver's CA: nothing is sent, the row fails with the reason.
    const identity = await district.services.tls.ensure(['127.0.0.1'], DISTRICT.name, new Date());
    expectOk(await clinic.call('settings.update', { network: { lanEnabled: true } }));
    const { serve } = await import('../helpers/http');
    const http = await serve(district, {
      tls: { key: identity.key, cert: identity.cert },
      caCertificate: identity.caCertificate,
    });
    const { id } = expectOk(
      await station.call('sync.targets.save', {
        name: 'Giả mạo',
        kind: 'tram',
        baseUrl: `https://127.0.0.1:${http.port}`,
        fingerprint: 'AB'.repeat(32),
        credential,
      }),
    );
    const test = expectOk(await station.call('sync.targets.test', { id }));
    expect(test.ok).toBe(false);
    expect(test.message).toMatch(/không khớp dấu vân tay/);
    // Nothing was queued before the target existed; a new revision goes to it and fails on the pin.
    expectOk(
      await station.call('reports.reopen', { dataset: DATASET, period: '202601', reason: 'Thử' }),
    );
    expectOk(await station.call('reports.submit', { dataset: DATASET, period: '202601' }));
    const run = expectOk(await station.call('sync.run', {}));
    expect(run).toMatchObject({ sent: 0, failed: 1 });
    expect(run.rows[0]?.lastError).toMatch(/không khớp dấu vân tay/);
    expect(
      district.services.sqlite.prepare('SELECT count(*) FROM received_bundles').pluck().get(),
    ).toBe(0);
  }, 120_000);
});
