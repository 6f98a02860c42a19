import { describe, expect, it } from 'vitest';
import type { Result, SessionView } from '../../shared/api';
import type { Backend } from '../../electron/backend/backend';
import { receiptContent } from '../../electron/backend/billing/receipt-content';
import { receiptPrintDocument } from '../../electron/backend/billing/receipt-layouts';
import { renderDocument } from '../../electron/devices/print/render';
import { readWorkstationConfig, writeWorkstationConfig } from '../../electron/workstation/config';
import { desktopTargets } from '../../electron/workstation/desktop-link';
import { pairWithServer, PairingError } from '../../electron/workstation/pairing';
import { pinnedAgent, request } from '../../electron/workstation/pinned-https';
import { RemoteTram } from '../../electron/workstation/remote';
import { WorkstationRouter } from '../../electron/workstation/router';
import { pairingProof } from '../../electron/backend/workstations/proof';
import { ADMIN, expectOk, makeBackend, tempDir } from '../helpers/backend';
import { billingClinic, paidVisit } from '../helpers/billing';
import { tcpPrinter } from '../helpers/devices';
import { serve } from '../helpers/http';
import { decodeJob, fakePrinter, sameBitmap } from '../helpers/printer';
import { databaseFingerprint } from '../helpers/snapshot';

/** A Tram server in LAN mode on loopback: its own CA, HTTPS only. */
async function lanServer(backend: Backend, adminToken: string, port = 0) {
  expectOk(
    await backend.dispatcher.invoke(
      'settings.update',
      { network: { lanEnabled: true } },
      { token: adminToken },
    ),
  );
  const identity = await backend.services.tls.ensure(['127.0.0.1'], 'Trạm', new Date());
  const http = await serve(backend, {
    port,
    tls: { key: identity.key, cert: identity.cert },
    caCertificate: identity.caCertificate,
  });
  return { ...http, identity };
}

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('a desktop workstation of another Tram, over HTTPS on loopback', () => {
  it('pairs, pins the server, prints on its own printer, and stops when revoked', async () => {
    const clinic = await billingClinic();
    const server = await lanServer(clinic.backend, clinic.adminToken);
    const code = expectOk(await clinic.call('workstations.pairingCode', {}));
    expect(code.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(code.caFingerprint).toBe(server.identity.caFingerprint);

    // A wrong code is refused by the server, and no workstation is made.
    await expect(
      pairWithServer(
        { address: `127.0.0.1:${server.port}`, code: 'AAAA-BBBB-CCCC', name: 'X' },
        new Date(),
      ),
    ).rejects.toBeInstanceOf(PairingError);
    const config = await pairWithServer(
      { address: `127.0.0.1:${server.port}`, code: code.code.toLowerCase(), name: 'Quầy thu ngân' },
      new Date(),
    );
    expect(config.caFingerprint).toBe(server.identity.caFingerprint);
    expect(config.url).toBe(`https://127.0.0.1:${server.port}/`);
    // The code was spent.
    await expect(
      pairWithServer(
        { address: `127.0.0.1:${server.port}`, code: code.code, name: 'Y' },
        new Date(),
      ),
    ).rejects.toBeInstanceOf(PairingError);

    // The workstation keeps its pairing owner-only beside its own small database.
    const local = makeBackend();
    writeWorkstationConfig(local.paths.dataDir, config);
    expect(readWorkstationConfig(local.paths.dataDir)).toEqual(config);
    const router = new WorkstationRouter(new RemoteTram(config), local, () => undefined);
    const login = (username: string, password: string) =>
      router.call('auth.login', { username, password }, undefined);
    const admin = valueOf<SessionView>(await login(ADMIN.username, ADMIN.password));
    const cashier = valueOf<SessionView>(
      await login(clinic.cashier.username, clinic.cashier.password),
    );

    // Patient data comes from the server.
    const awaiting = valueOf<unknown[]>(await router.call('billing.awaiting', {}, cashier.token));
    expect(Array.isArray(awaiting)).toBe(true);

    // The receipt printer is this PC's own (a network printer standing in for USB).
    const printer = await fakePrinter();
    valueOf<{ id: number }>(
      await router.call(
        'devices.printers.save',
        tcpPrinter(printer.port, { roles: ['receipt'] }),
        admin.token,
      ),
    );
    expect(
      (await router.call('devices.printers.save', tcpPrinter(printer.port), cashier.token)).ok,
    ).toBe(false); // the server's roles apply on the workstation too
    const { paymentId } = await paidVisit(clinic);
    const serverJobs = () =>
      clinic.backend.services.sqlite.prepare('SELECT count(*) FROM print_jobs').pluck().get();
    const before = serverJobs();
    valueOf(
      await router.call(
        'devices.print',
        { document: { kind: 'receipt', id: paymentId } },
        cashier.token,
      ),
    );
    expect(printer.jobs()).toHaveLength(1);
    expect(serverJobs()).toBe(before);
    const localJobs = valueOf<{ documentKind: string; documentId: number }[]>(
      await router.call('devices.printJobs.list', {}, cashier.token),
    );
    expect(localJobs[0]).toMatchObject({ documentKind: 'receipt', documentId: paymentId });
    // What came out is the server's receipt, laid out at this printer's width.
    const expected = renderDocument(
      receiptPrintDocument(receiptContent(clinic.backend.services.db, paymentId)),
      { widthDots: 576 },
    );
    const printed = await decodeJob(printer.jobs()[0]!);
    expect(printed.bitmap && sameBitmap(printed.bitmap, expected)).toBe(true);

    // The admin sees it: name, address, who, when.
    const [listed] = expectOk(await clinic.call('workstations.list', {}));
    expect(listed).toMatchObject({
      name: 'Quầy thu ngân',
      lastAddress: '127.0.0.1',
      revokedAt: null,
    });
    expect(listed?.lastUsername).toMatch(/^(admin|user\d+)$/);
    expect(listed?.lastSeenAt).not.toBeNull();

    // A session opened through the workstation is no good without its credential.
    const direct = await request(pinnedAgent(config), new URL('/api/auth.me', config.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cashier.token}` },
      body: '{}',
    });
    expect(direct.status).toBe(401);
    expect((await router.call('auth.me', {}, cashier.token)).ok).toBe(true);

    // Revoked: every call from it is refused, its sessions are over.
    expectOk(await clinic.call('workstations.revoke', { id: config.workstationId }));
    const refused = await router.call('billing.awaiting', {}, cashier.token);
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'workstations.revoked' } });
    expect((await login(clinic.cashier.username, clinic.cashier.password)).ok).toBe(false);
    router.close();
  }, 120_000);

  it('refuses a server with another certificate at the same address, sending it nothing', async () => {
    const a = await billingClinic();
    const serverA = await lanServer(a.backend, a.adminToken);
    const { code } = expectOk(await a.call('workstations.pairingCode', {}));
    const config = await pairWithServer(
      { address: `127.0.0.1:${serverA.port}`, code, name: 'Quầy tiếp đón' },
      new Date(),
    );
    const router = new WorkstationRouter(new RemoteTram(config), makeBackend(), () => undefined);
    expect((await router.call('auth.status', {}, undefined)).ok).toBe(true);

    // Server A goes; an impostor with its own CA answers on the same address and port.
    const port = serverA.port;
    await serverA.close();
    const b = await billingClinic();
    const serverB = await lanServer(b.backend, b.adminToken, port);
    expect(serverB.identity.caFingerprint).not.toBe(config.caFingerprint);
    const before = databaseFingerprint(b.backend.services.sqlite);
    const answer = await router.call(
      'auth.login',
      { username: ADMIN.username, password: ADMIN.password },
      undefined,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { messageKey: 'workstation.certificateChanged', reason: 'certificateChanged' },
    });
    expect(databaseFingerprint(b.backend.services.sqlite)).toBe(before);
    router.close();
  }, 120_000);

  it('refuses a proof made over another CA (a machine in the middle), spending attempts', async () => {
    const clinic = await billingClinic();
    await lanServer(clinic.backend, clinic.adminToken);
    const { code } = expectOk(await clinic.call('workstations.pairingCode', {}));
    const nonce = 'n'.repeat(32);
    const forged = pairingProof(code, `${'AB:'.repeat(31)}AB`, nonce);
    const answer = await clinic.backend.dispatcher.invoke('workstations.pair', {
      name: 'Máy lạ',
      nonce,
      proof: forged,
    });
    expect(answer).toMatchObject({ ok: false, error: { messageKey: 'workstations.codeWrong' } });
    expect(expectOk(await clinic.call('workstations.list', {}))).toEqual([]);
  });

  it('the desktop app connects from its own window, keeps the pairing, and starts as a workstation', async () => {
    const clinic = await billingClinic();
    const server = await lanServer(clinic.backend, clinic.adminToken);
    const { code } = expectOk(await clinic.call('workstations.pairingCode', {}));
    const dataDir = tempDir();
    const local = makeBackend({ dataDir });
    const targets: unknown[] = [];
    const { initial } = desktopTargets(local, (target) => targets.push(target));
    expect(initial).not.toBeInstanceOf(WorkstationRouter);
    // Before this PC is set up, anyone at it may connect it (over IPC, as the window would).
    const linked = await initial.call(
      'workstation.connect',
      { address: `127.0.0.1:${server.port}`, code, name: 'Quầy nhà thuốc' },
      undefined,
    );
    expect(linked).toMatchObject({
      ok: true,
      value: { mode: 'workstation', server: { caFingerprint: server.identity.caFingerprint } },
    });
    expect(targets).toHaveLength(1);
    expect(targets[0]).toBeInstanceOf(WorkstationRouter);
    (targets[0] as WorkstationRouter).close();
    local.close();
    // Next start: a workstation from the first call on.
    const again = makeBackend({ dataDir });
    const restarted = desktopTargets(again, () => undefined).initial;
    expect(restarted).toBeInstanceOf(WorkstationRouter);
    expect(await restarted.call('auth.status', {}, undefined)).toMatchObject({
      ok: true,
      value: { setUp: true, facilityName: 'Trạm Y tế xã An Bình' },
    });
    (restarted as WorkstationRouter).close();
  }, 120_000);
});
