import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { drugs, icd10, icd10Favourites, services } from '../../../db/schema';
import type { CatalogSummary } from '../../../shared/api/catalog';

const total = sql<number>`count(*)`;
const active = (column: typeof icd10.active | typeof drugs.active | typeof services.active) =>
  sql<number>`coalesce(sum(${column}), 0)`;

export function catalogSummary(db: Db, userId: number): CatalogSummary {
  const icd = db
    .select({
      total,
      active: active(icd10.active),
      imported: sql<number>`coalesce(sum(${icd10.source} = 'import'), 0)`,
    })
    .from(icd10)
    .get();
  const favourites = db
    .select({ total })
    .from(icd10Favourites)
    .where(eq(icd10Favourites.userId, userId))
    .get();
  const drugCounts = db
    .select({ total, active: active(drugs.active) })
    .from(drugs)
    .get();
  const serviceCounts = db
    .select({ total, active: active(services.active) })
    .from(services)
    .get();
  return {
    icd: {
      total: icd?.total ?? 0,
      active: icd?.active ?? 0,
      imported: icd?.imported ?? 0,
      favourites: favourites?.total ?? 0,
    },
    drugs: { total: drugCounts?.total ?? 0, active: drugCounts?.active ?? 0 },
    services: { total: serviceCounts?.total ?? 0, active: serviceCounts?.active ?? 0 },
  };
}
