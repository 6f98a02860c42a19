import Database from 'better-sqlite3';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditVerification } from '../../shared/api';
import { ANCHOR_FILE } from '../../electron/backend/audit/anchors';
import {
  ADMIN,
  expectOk,
  makeBackend,
  setUpClinic,
  startRefusal,
  tempDir,
} from '../helpers/backend';
import { serve } from '../helpers/http';

/**
 * Someone with the database file and a SQL tool (DB Browser for SQLite) but not Tram's key
 * file tries to cut the audit log's tail or rewrite an entry and cover it up.
 */

const FILE = 'tram.sqlite';
const TRIGGERS = {
  update:
    "CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`\nBEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
  delete:
    "CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`\nBEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
};

/** One working session of Tram on `dir`: start (an anchor), some admin work, stop. */
async function session(dir: string, work: number, first = false): Promise<number> {
  const backend = makeBackend({ dataDir: dir });
  const token = first
    ? (await setUpClinic(backend)).adminToken
    : expectOk(
        await backend.dispatcher.invoke('auth.login', {
          username: ADMIN.username,
          password: ADMIN.password,
        }),
      ).token;
  for (let i = 0; i < work; i++) {
    expectOk(
      await backend.dispatcher.invoke(
        'settings.update',
        { security: { idleLockMinutes: 5 + i } },
        { token },
      ),
    );
  }
  const head = backend.services.auditChain.head().id;
  backend.close();
  return head;
}

/** Raw SQL on the file while Tram is stopped, triggers dropped and put back afterwards. */
function tamper(dir: string, edit: (sqlite: Database.Database) => void): void {
  const sqlite = new Database(path.join(dir, FILE));
  sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  edit(sqlite);
  sqlite.exec(`${TRIGGERS.update};\n${TRIGGERS.delete};`);
  sqlite.close();
}

async function verifyOverHttp(dir: string): Promise<AuditVerification> {
  const backend = makeBackend({ dataDir: dir });
  const { post } = await serve(backend);
  const login = await post('auth.login', { username: ADMIN.username, password: ADMIN.password });
  const { value } = (await login.json()) as { value: { token: string } };
  const answer = await post('audit.verify', {}, value.token);
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { value: AuditVerification }).value;
}

describe('attacks on the audit log through raw SQL', () => {
  it('a log cut at its tail: the anchors outside the database say which rows are missing', async () => {
    const dir = tempDir();
    const early = await session(dir, 2, true); // anchored at the next start
    const late = await session(dir, 3); // anchored at the next start too
    await session(dir, 1);
    const keep = early + 1;
    tamper(dir, (sqlite) => sqlite.prepare('DELETE FROM audit_log WHERE id > ?').run(keep));

    const result = await verifyOverHttp(dir);
    // The chain that is left is consistent in itself: only the anchors can tell.
    expect(result.brokenAt).toBeUndefined();
    expect(result.ok).toBe(false);
    expect(result.failedAnchor).toMatchObject({ id: late, reason: 'start', problem: 'missing' });
    expect(result.intactUntil).toMatchObject({ id: early, reason: 'start' });
    // Rows keep+1…late are gone; the sign-in to verify has taken id keep+1 since.
    expect(result.lastId).toBe(keep + 1);
    expect(result.missingRows).toBe(late - result.lastId);
  });

  it('an entry rewritten and the chain recomputed (unkeyed, or with a guessed key): found', async () => {
    for (const recompute of ['sha256', 'guessed-key'] as const) {
      const dir = tempDir();
      const anchored = await session(dir, 2, true); // the next start anchors this head
      await session(dir, 2);
      tamper(dir, (sqlite) => {
        sqlite
          .prepare(
            `UPDATE audit_log SET detail = '{"security":{"idleLockMinutes":240}}' WHERE id = 3`,
          )
          .run();
        const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<
          string,
          unknown
        >[];
        let prev = '0'.repeat(64);
        const key = randomBytes(32);
        for (const row of rows) {
          const content = JSON.stringify([
            row.id,
            row.at,
            row.user_id,
            row.username,
            row.action,
            row.outcome,
            row.patient_id,
            row.entity,
            row.entity_id,
            row.detail,
          ]);
          const mac = recompute === 'sha256' ? createHash('sha256') : createHmac('sha256', key);
          const hash = mac.update(prev).update('\n').update(content).digest('hex');
          sqlite
            .prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?')
            .run(prev, hash, row.id);
          prev = hash;
        }
      });
      const result = await verifyOverHttp(dir);
      expect(result.ok, recompute).toBe(false);
      expect(result.brokenAt, recompute).toBe(1);
      expect(result.failedAnchor, recompute).toMatchObject({ id: anchored, problem: 'changed' });
    }
  });

  it('made-up anchors do not count: an anchor needs the key too', async () => {
    const dir = tempDir();
    await session(dir, 1, true);
    fs.appendFileSync(
      path.join(dir, ANCHOR_FILE),
      `${JSON.stringify({ id: 1, hash: 'f'.repeat(64), at: new Date().toISOString(), reason: 'start', ref: null, mac: '0'.repeat(64) })}\n`,
    );
    const result = await verifyOverHttp(dir);
    expect(result.ok).toBe(false);
    expect(result.anchors.unreadable).toBe(1);
    expect(result.anchors.failed).toBe(0);
  });

  it('triggers dropped and left so: Tram refuses to start, with a clear message', async () => {
    const dir = tempDir();
    await session(dir, 1, true);
    const sqlite = new Database(path.join(dir, FILE));
    sqlite.exec('DROP TRIGGER audit_log_no_delete; DROP TRIGGER payments_no_update;');
    sqlite.close();
    const error = startRefusal(dir);
    expect(error.kind).toBe('audit-guards');
    expect(error.localized('vi')).toContain('audit_log_no_delete, payments_no_update');
    expect(error.message).toContain('will not start');
  });

  it('a trigger swapped for a harmless one of the same name is put back at the next start', async () => {
    const dir = tempDir();
    await session(dir, 1, true);
    const sqlite = new Database(path.join(dir, FILE));
    sqlite.exec(
      'DROP TRIGGER audit_log_no_update; CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN 0 BEGIN SELECT 1; END;',
    );
    sqlite.prepare("UPDATE audit_log SET action = 'x' WHERE id = 1").run(); // the swap works…
    sqlite.close();
    const backend = makeBackend({ dataDir: dir });
    expect(() =>
      backend.services.sqlite.prepare("UPDATE audit_log SET action = 'y' WHERE id = 1").run(),
    ).toThrow(/append-only/); // …until Tram starts
  });
});
