import { and, asc, eq, lte } from 'drizzle-orm';
import {
  syncOutbox,
  syncTargets,
  type SyncOutboxRow,
  type SyncTargetRow,
} from '../../../db/schema';
import type { LocalizedText } from '../../../shared/api';
import { backoffMs } from '../../../shared/domain/sync';
import type { Services } from '../context';
import { connectTarget, type Connection } from './connect';
import { deliverToDhis2, deliverToTram, type Outcome } from './deliverers';

export interface SyncOptions {
  /** How long one request may take (default 30 s). */
  timeoutMs?: number;
  /** For backoff jitter; tests pass a fixed one. */
  random?: () => number;
  /** Rounds start by themselves (after a submission, a resend, on the timer); tests run them. */
  auto?: boolean;
}

export interface RunReport {
  /** Outbox rows tried in this run. */
  tried: number[];
}

/**
 * Delivers the outbox: one run at a time (a second caller waits for it, then runs), each
 * target's due rows oldest first, every result written at once in its own short transaction
 * with an audit entry. Network waits never hold a transaction, so saves go on meanwhile.
 */
export class SyncWorker {
  private current: Promise<RunReport> | null = null;
  private readonly timeoutMs: number;
  private readonly random: () => number;
  private readonly auto: boolean;

  constructor(
    private readonly servicesOf: () => Services,
    options: SyncOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.random = options.random ?? Math.random;
    this.auto = options.auto ?? false;
  }

  /** "Gửi ngay" (every pending row, due or not) or the timer's round (due rows only). */
  async run(options: { targetId?: number; dueOnly?: boolean } = {}): Promise<RunReport> {
    while (this.current) await this.current.catch(() => undefined);
    const running = this.deliver(options);
    this.current = running;
    try {
      return await running;
    } finally {
      if (this.current === running) this.current = null;
    }
  }

  /** Starts a background round and forgets it (errors are logged, never thrown at a caller). */
  kick(): void {
    if (!this.auto) return;
    this.run({ dueOnly: true }).catch((error: unknown) => {
      console.error('[tram] sync round failed:', error);
    });
  }

  /** Waits for a round in progress (closing the backend). */
  async idle(): Promise<void> {
    await this.current?.catch(() => undefined);
  }

  private get services(): Services {
    return this.servicesOf();
  }

  private async deliver(options: { targetId?: number; dueOnly?: boolean }): Promise<RunReport> {
    const { db } = this.services;
    const targets = db
      .select()
      .from(syncTargets)
      .where(
        and(
          eq(syncTargets.enabled, true),
          options.targetId ? eq(syncTargets.id, options.targetId) : undefined,
        ),
      )
      .all();
    const tried: number[] = [];
    for (const target of targets) {
      const rows = this.dueRows(target.id, options.dueOnly ?? false);
      if (rows.length === 0) continue;
      const connection = await this.connect(target);
      if ('status' in connection) {
        // The target cannot be reached or its settings are wrong: every due row says why.
        for (const row of rows) this.record(target, row, connection);
        tried.push(...rows.map((r) => r.id));
        continue;
      }
      try {
        for (const row of rows) {
          const outcome = await this.attempt(connection, target, row);
          this.record(target, row, outcome);
          tried.push(row.id);
          if (outcome.status === 'retry' && outcome.down) {
            // Down now: the rest wait for the next round, no attempt spent on them.
            break;
          }
        }
      } finally {
        connection.http.close();
      }
    }
    return { tried };
  }

  private dueRows(targetId: number, dueOnly: boolean): SyncOutboxRow[] {
    const now = this.services.clock().toISOString();
    return this.services.db
      .select()
      .from(syncOutbox)
      .where(
        and(
          eq(syncOutbox.targetId, targetId),
          eq(syncOutbox.status, 'pending'),
          dueOnly ? lte(syncOutbox.nextAttemptAt, now) : undefined,
        ),
      )
      .orderBy(asc(syncOutbox.id))
      .all();
  }

  private connect(target: SyncTargetRow): Promise<Connection | Outcome> {
    return connectTarget(this.services.db, this.services.config.dataDir, target, this.timeoutMs);
  }

  private async attempt(
    connection: Connection,
    target: SyncTargetRow,
    row: SyncOutboxRow,
  ): Promise<Outcome> {
    try {
      if (target.kind === 'tram' && connection.credential) {
        return await deliverToTram(connection.http, target, row, connection.credential);
      }
      if (target.kind === 'dhis2' && connection.auth) {
        return await deliverToDhis2(connection.http, target, row, connection.auth);
      }
      return { status: 'failed', error: { key: 'sync.error.noSecret' } };
    } catch (error) {
      // A bug or an answer no rule foresaw: the row waits, the reason is shown.
      const detail = error instanceof Error ? error.message : String(error);
      return { status: 'retry', error: { key: 'sync.error.unexpected', params: { detail } } };
    }
  }

  /** One attempt's result on its row and its target, with the audit entry, in one transaction. */
  private record(target: SyncTargetRow, row: SyncOutboxRow, outcome: Outcome): void {
    const { db, sqlite, auditChain, clock } = this.services;
    const now = clock();
    const at = now.toISOString();
    const attempts = row.attempts + 1;
    const error: LocalizedText | null = outcome.status === 'sent' ? null : outcome.error;
    sqlite
      .transaction(() => {
        // Sent or failed meanwhile (a parallel "Gửi ngay" on another workstation): leave it.
        const still = db
          .select({ status: syncOutbox.status })
          .from(syncOutbox)
          .where(eq(syncOutbox.id, row.id))
          .get();
        if (still?.status !== 'pending') return;
        db.update(syncOutbox)
          .set({
            status: outcome.status === 'retry' ? 'pending' : outcome.status,
            attempts,
            lastAttemptAt: at,
            nextAttemptAt:
              outcome.status === 'retry'
                ? new Date(now.getTime() + backoffMs(attempts, this.random)).toISOString()
                : at,
            lastError: error,
            answer: outcome.answer ?? null,
            sentAt: outcome.status === 'sent' ? at : null,
          })
          .where(eq(syncOutbox.id, row.id))
          .run();
        db.update(syncTargets)
          .set(
            outcome.status === 'sent'
              ? { lastSuccessAt: at }
              : { lastErrorAt: at, lastError: error },
          )
          .where(eq(syncTargets.id, target.id))
          .run();
        auditChain.append({
          at,
          userId: null,
          username: null,
          action: 'sync.deliver',
          outcome: outcome.status === 'sent' ? 'ok' : 'failed',
          patientId: null,
          entity: 'sync_outbox',
          entityId: String(row.id),
          detail: {
            target: target.name,
            dataset: row.dataset,
            period: row.period,
            revision: row.revision,
            status: outcome.status,
            ...(outcome.answer?.outcome && { answer: outcome.answer.outcome }),
            ...(error && { error: error.key }),
          },
        });
      })
      .immediate();
  }
}
