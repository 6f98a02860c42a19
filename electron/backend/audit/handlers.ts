import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { auditLog, auditPatients, type AuditRow } from '../../../db/schema';
import type { AuditEntryView } from '../../../shared/api';
import type { auditApi } from '../../../shared/api/audit';
import { localDayEnd, localDayStart } from '../../../shared/domain/dates';
import type { HandlersFor } from '../context';
import { verifyAudit } from './verify';

function toView(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    at: row.at,
    userId: row.userId,
    username: row.username,
    action: row.action,
    outcome: row.outcome,
    patientId: row.patientId,
    entity: row.entity,
    entityId: row.entityId,
    detail: row.detail ?? null,
    hash: row.hash,
  };
}

export const auditHandlers: HandlersFor<typeof auditApi> = {
  'audit.list': (ctx, input) => {
    const where: SQL[] = [];
    if (input.userId !== undefined) where.push(eq(auditLog.userId, input.userId));
    if (input.patientId !== undefined) {
      // Reads that listed the patient among others (a search) are found through audit_patients.
      const listed = sql`${auditLog.id} IN (SELECT ${auditPatients.auditId} FROM ${auditPatients} WHERE ${auditPatients.patientId} = ${input.patientId})`;
      where.push(or(eq(auditLog.patientId, input.patientId), listed) as SQL);
    }
    if (input.action) where.push(eq(auditLog.action, input.action));
    if (input.from) where.push(gte(auditLog.at, localDayStart(input.from).toISOString()));
    if (input.to) where.push(lt(auditLog.at, localDayEnd(input.to).toISOString()));
    if (input.before !== undefined) where.push(lt(auditLog.id, input.before));
    const rows = ctx.db
      .select()
      .from(auditLog)
      .where(and(...where))
      .orderBy(desc(auditLog.id))
      .limit(input.limit + 1)
      .all();
    const page = rows.slice(0, input.limit);
    return {
      entries: page.map(toView),
      nextBefore: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
    };
  },

  'audit.verify': (ctx) => verifyAudit(ctx.auditChain, ctx.auditAnchors),
};
