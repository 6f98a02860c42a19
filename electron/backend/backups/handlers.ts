import type Database from 'better-sqlite3';
import type { backupsApi } from '../../../shared/api/backups';
import type { recoveryApi } from '../../../shared/api/recovery';
import path from 'node:path';
import type { HandlersFor, PublicCtx } from '../context';
import { AppError, notFound } from '../errors';
import { toView } from './service';

const CODE_SETTING = 'backups.recoveryCode';

function recoveryCodePending(ctx: PublicCtx): boolean {
  return !ctx.sqlite.prepare('SELECT 1 FROM settings WHERE key = ?').get(CODE_SETTING);
}

/** Who did the restore, if the restored file knows them: the audit entry's user must exist. */
function restoredAuthor(
  sqlite: Database.Database,
  userId: number,
  username: string,
): number | null {
  const row = sqlite.prepare('SELECT username FROM users WHERE id = ?').get(userId) as
    { username: string } | undefined;
  return row?.username === username ? userId : null;
}

export const backupsHandlers: HandlersFor<typeof backupsApi> = {
  'backups.list': (ctx) => ctx.backups.views(),

  'backups.create': {
    prepare: async (ctx) => {
      const record = await ctx.backups.create('manual');
      const view = toView(record, ctx.backups.backupDir);
      return {
        write: () => {
          ctx.audit.note({
            entity: 'backup',
            entityId: record.id,
            detail: { verified: record.verified, sha256: record.sha256 },
          });
          return view;
        },
      };
    },
  },

  'backups.verify': (ctx, input) => {
    if (!ctx.backups.find(input.id)) throw notFound();
    return ctx.backups.verify(input.id);
  },

  'backups.restore': {
    prepare: async (ctx, input) => {
      const record = ctx.backups.find(input.id);
      if (!record) throw notFound();
      const check = await ctx.backups.verify(input.id);
      if (!check.ok) {
        throw new AppError('CONFLICT', 'backups.notVerified', {
          params: { problems: check.problems.join(', ') },
        });
      }
      // The way back comes first: no verified copy of today's file, no restore.
      const before = await ctx.backups.create('before-restore');
      if (!before.verified) throw new AppError('CONFLICT', 'backups.beforeRestoreFailed');
      const reopen = ctx.backups.reopenFrom;
      if (!reopen) throw new Error('backups.restore: the backend did not wire reopenFrom');
      const sqlite = reopen(path.join(ctx.backups.backupDir, record.file));
      ctx.sessions.endAll();
      const restored = toView(record, ctx.backups.backupDir);
      const beforeRestore = toView(before, ctx.backups.backupDir);
      return {
        // Runs on the restored file: its chain records the restore.
        write: () => {
          ctx.audit.note({
            userId: restoredAuthor(sqlite, ctx.user.id, ctx.user.username),
            username: ctx.user.username,
            entity: 'backup',
            entityId: record.id,
            detail: { beforeRestore: before.id, sha256: record.sha256 },
          });
          ctx.afterCommit(() => ctx.events.emit('session.ended', { reason: 'restored' }));
          return { restored, beforeRestore };
        },
      };
    },
  },

  'backups.settings': (ctx, input) => {
    if (Object.keys(input).length === 0) return ctx.backups.settings();
    ctx.audit.note({ entity: 'backupSettings', detail: { ...input } });
    return ctx.backups.saveSettings(input);
  },

  'backups.status': (ctx) => ctx.backups.status(recoveryCodePending(ctx)),

  'backups.recoveryCode': (ctx) => {
    if (!recoveryCodePending(ctx)) throw new AppError('CONFLICT', 'backups.codeAlreadyShown');
    ctx.audit.record('backups.recoveryCode.shown');
    return { code: ctx.backups.recoveryCode() };
  },

  'backups.recoveryCodeSaved': (ctx) => {
    ctx.sqlite
      .prepare(
        `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO NOTHING`,
      )
      .run(
        CODE_SETTING,
        JSON.stringify({ savedAt: ctx.now.toISOString() }),
        ctx.now.toISOString(),
        ctx.user.id,
      );
    return { ok: true };
  },
};

function notInRecovery(): never {
  throw new AppError('FORBIDDEN', 'recovery.notNeeded');
}

/** A running Tram has nothing to recover: the error screen's procedures are refused. */
export const recoveryHandlers: HandlersFor<typeof recoveryApi> = {
  'recovery.status': () => ({ failure: null, backups: [], keyMissing: false, secondPlace: null }),
  'recovery.verify': notInRecovery,
  'recovery.restore': notInRecovery,
  'recovery.secondPlace': notInRecovery,
  'recovery.unlock': notInRecovery,
};
