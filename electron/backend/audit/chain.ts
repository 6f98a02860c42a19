import type Database from 'better-sqlite3';
import { createHash, createHmac } from 'node:crypto';
import type { AuditChainCheck } from '../../../shared/api';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  outcome: 'ok' | 'failed';
  patientId: number | null;
  entity: string | null;
  entityId: string | null;
  detail: Record<string, unknown> | null;
  /** Patients a read showed (one entry for a whole search), indexed in audit_patients. */
  patientIds?: readonly number[];
}

interface StoredRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  outcome: string;
  patient_id: number | null;
  entity: string | null;
  entity_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

/** The chain's secret and the first entry it signs (older entries were plain SHA-256). */
export interface ChainKey {
  key: Buffer;
  keyedFrom: number;
}

function hashOf(
  prevHash: string,
  row: Omit<StoredRow, 'prev_hash' | 'hash'>,
  key: ChainKey,
): string {
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
  // Keyed: without the key file nobody can recompute the chain after editing a row.
  const mac = row.id >= key.keyedFrom ? createHmac('sha256', key.key) : createHash('sha256');
  return mac.update(prevHash).update('\n').update(content).digest('hex');
}

/** The append-only, keyed hash chain of one database's audit log. */
export class AuditChain {
  private readonly lastStmt;
  private readonly insertStmt;
  private readonly patientStmt;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly key: ChainKey,
  ) {
    this.lastStmt = sqlite.prepare<[], { id: number; hash: string }>(
      'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    this.insertStmt = sqlite.prepare(
      `INSERT INTO audit_log (id, at, user_id, username, action, outcome, patient_id, entity,
        entity_id, detail, prev_hash, hash)
       VALUES (@id, @at, @user_id, @username, @action, @outcome, @patient_id, @entity,
        @entity_id, @detail, @prev_hash, @hash)`,
    );
    this.patientStmt = sqlite.prepare(
      'INSERT OR IGNORE INTO audit_patients (audit_id, patient_id) VALUES (?, ?)',
    );
  }

  /** The newest entry's id and hash (0 and the genesis hash for an empty log). */
  head(): { id: number; hash: string } {
    return this.lastStmt.get() ?? { id: 0, hash: GENESIS_HASH };
  }

  /** Appends one entry; call inside a write transaction so the chain cannot fork. */
  append(entry: AuditEntry): number {
    if (!this.sqlite.inTransaction) throw new Error('Audit entries are appended in a transaction');
    const last = this.head();
    const patientIds = [...new Set(entry.patientIds ?? [])];
    const detail = patientIds.length > 0 ? { ...(entry.detail ?? {}), patientIds } : entry.detail;
    const row = {
      id: last.id + 1,
      at: entry.at,
      user_id: entry.userId,
      username: entry.username,
      action: entry.action,
      outcome: entry.outcome,
      patient_id: entry.patientId,
      entity: entry.entity,
      entity_id: entry.entityId,
      detail: detail ? JSON.stringify(detail) : null,
    };
    const prevHash = last.hash;
    this.insertStmt.run({ ...row, prev_hash: prevHash, hash: hashOf(prevHash, row, this.key) });
    for (const patientId of patientIds) this.patientStmt.run(row.id, patientId);
    return row.id;
  }

  /**
   * Walks the whole log. `wanted` are ids whose stored hash the caller needs (the anchors');
   * their hashes come back in `hashes`.
   */
  walk(wanted: ReadonlySet<number>): AuditChainCheck & { hashes: Map<number, string> } {
    let prev = GENESIS_HASH;
    let checked = 0;
    let lastId = 0;
    const hashes = new Map<number, string>();
    let brokenAt: number | undefined;
    const rows = this.sqlite
      .prepare<[], StoredRow>('SELECT * FROM audit_log ORDER BY id')
      .iterate();
    for (const row of rows) {
      if (wanted.has(row.id)) hashes.set(row.id, row.hash);
      lastId = row.id;
      if (brokenAt !== undefined) continue;
      checked += 1;
      if (row.prev_hash !== prev || row.hash !== hashOf(prev, row, this.key)) {
        brokenAt = row.id;
        continue;
      }
      prev = row.hash;
    }
    return {
      ok: brokenAt === undefined,
      checked,
      ...(brokenAt !== undefined && { brokenAt }),
      head: prev,
      lastId,
      hashes,
    };
  }
}
