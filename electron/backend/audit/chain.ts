import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { AuditVerification } from '../../../shared/api';

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

function hashOf(prevHash: string, row: Omit<StoredRow, 'prev_hash' | 'hash'>): string {
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
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** The append-only, hash-chained audit log of one database. */
export class AuditChain {
  private readonly lastStmt;
  private readonly insertStmt;

  constructor(private readonly sqlite: Database.Database) {
    this.lastStmt = sqlite.prepare<[], { id: number; hash: string }>(
      'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    this.insertStmt = sqlite.prepare(
      `INSERT INTO audit_log (id, at, user_id, username, action, outcome, patient_id, entity,
        entity_id, detail, prev_hash, hash)
       VALUES (@id, @at, @user_id, @username, @action, @outcome, @patient_id, @entity,
        @entity_id, @detail, @prev_hash, @hash)`,
    );
  }

  /** Appends one entry; call inside a write transaction so the chain cannot fork. */
  append(entry: AuditEntry): number {
    if (!this.sqlite.inTransaction) throw new Error('Audit entries are appended in a transaction');
    const last = this.lastStmt.get();
    const prevHash = last?.hash ?? GENESIS_HASH;
    const row = {
      id: (last?.id ?? 0) + 1,
      at: entry.at,
      user_id: entry.userId,
      username: entry.username,
      action: entry.action,
      outcome: entry.outcome,
      patient_id: entry.patientId,
      entity: entry.entity,
      entity_id: entry.entityId,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    };
    this.insertStmt.run({ ...row, prev_hash: prevHash, hash: hashOf(prevHash, row) });
    return row.id;
  }

  verify(): AuditVerification {
    let prev = GENESIS_HASH;
    let checked = 0;
    const rows = this.sqlite
      .prepare<[], StoredRow>('SELECT * FROM audit_log ORDER BY id')
      .iterate();
    for (const row of rows) {
      checked += 1;
      if (row.prev_hash !== prev || row.hash !== hashOf(prev, row)) {
        return { ok: false, checked, brokenAt: row.id, head: prev };
      }
      prev = row.hash;
    }
    return { ok: true, checked, head: prev };
  }
}
