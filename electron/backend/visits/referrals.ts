import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { visitReferrals } from '../../../db/schema';
import type { Referral } from '../../../shared/api';
import type { WriteContext } from '../patients/registry';

export interface ReferralInput {
  toFacilityCode: string;
  toFacilityName: string;
  reason: string;
}

const view = (row: typeof visitReferrals.$inferSelect): Referral => ({
  toFacilityCode: row.toFacilityCode,
  toFacilityName: row.toFacilityName,
  reason: row.reason,
  referredAt: row.referredAt,
});

/** Records that the doctor sent the patient on (chuyển tuyến) when finishing the visit. */
export function saveReferral(ctx: WriteContext, visitId: number, input: ReferralInput): Referral {
  return view(
    ctx.db
      .insert(visitReferrals)
      .values({ visitId, ...input, referredBy: ctx.userId, referredAt: ctx.now.toISOString() })
      .returning()
      .get(),
  );
}

export function referralOf(db: Db, visitId: number): Referral | undefined {
  const row = db.select().from(visitReferrals).where(eq(visitReferrals.visitId, visitId)).get();
  return row ? view(row) : undefined;
}

/** The referrals of many visits at once (a day's queue), by visit id. */
export function referralsOf(db: Db, visitIds: readonly number[]): Map<number, Referral> {
  if (visitIds.length === 0) return new Map();
  return new Map(
    db
      .select()
      .from(visitReferrals)
      .where(inArray(visitReferrals.visitId, [...visitIds]))
      .all()
      .map((row) => [row.visitId, view(row)]),
  );
}
