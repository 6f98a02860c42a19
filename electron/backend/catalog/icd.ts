import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { icd10, icd10Favourites, type IcdRow } from '../../../db/schema';
import type { IcdView } from '../../../shared/api/catalog';
import type { IcdRecord } from '../../../shared/domain/catalog-rows';
import { foldVietnamese, ftsPrefixQuery } from '../../../shared/domain/text';
import { icd10Fts } from './fts';

/** "I1", "j06", "J06.9", "e119": a letter then a digit reads as the start of a code. */
const CODE_PREFIX = /^[A-Z]\d[\d.]{0,4}$/;

/** The code prefix a query asks for, or null when it is words. "E119" means E11.9. */
export function icdCodePrefix(q: string): string | null {
  const compact = q.toUpperCase().replace(/\s+/g, '');
  if (!CODE_PREFIX.test(compact)) return null;
  const undotted = /^([A-Z]\d{2})(\d{1,2})$/.exec(compact);
  return undotted ? `${undotted[1]}.${undotted[2]}` : compact;
}

/** What the FTS index searches: folded Vietnamese name, then the English one. */
export function icdSearchText(name: string, nameEn: string | null): string {
  return [name, nameEn ?? ''].map(foldVietnamese).join(' ').trim();
}

const favouriteOf = (userId: number): SQL<number> =>
  sql<number>`EXISTS (SELECT 1 FROM ${icd10Favourites} WHERE ${icd10Favourites.userId} = ${userId} AND ${icd10Favourites.code} = ${icd10.code})`;

/** The age lists column ('A3.1,A3.4') as a list. */
export const listsOf = (stored: string | null): string[] => (stored ? stored.split(',') : []);

export function toIcdView(row: IcdRow, favourite: boolean): IcdView {
  return {
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    chapter: row.chapter,
    group: row.groupCode,
    isCategory: row.isCategory,
    mainAllowed: row.mainAllowed,
    sexOnly: row.sexOnly,
    ageLists: listsOf(row.ageLists),
    active: row.active,
    source: row.source,
    favourite,
  };
}

export interface IcdSearch {
  q: string;
  limit: number;
  includeInactive: boolean;
}

/**
 * Codes by prefix or by folded words (every word a prefix, in the name or the code), the
 * caller's favourites first; an empty query lists the favourites alone.
 */
export function searchIcd(db: Db, userId: number, search: IcdSearch): IcdView[] {
  const favourite = favouriteOf(userId);
  const active = search.includeInactive ? undefined : eq(icd10.active, true);
  const select = { row: icd10, favourite };
  const prefix = icdCodePrefix(search.q);
  let rows: { row: IcdRow; favourite: number }[];
  if (search.q.trim() === '') {
    rows = db
      .select(select)
      .from(icd10)
      .where(and(sql`${favourite}`, active))
      .orderBy(asc(icd10.code))
      .limit(search.limit)
      .all();
  } else if (prefix) {
    rows = db
      .select(select)
      .from(icd10)
      // GLOB is case-sensitive, so the unique index on code serves it; the prefix holds
      // only capitals, digits and dots, none of which GLOB treats as special.
      .where(and(sql`${icd10.code} GLOB ${`${prefix}*`}`, active))
      .orderBy(desc(favourite), asc(icd10.code))
      .limit(search.limit)
      .all();
  } else {
    const match = ftsPrefixQuery(search.q);
    if (!match) return [];
    rows = db
      .select(select)
      .from(icd10Fts)
      .innerJoin(icd10, eq(icd10.id, icd10Fts.rowid))
      .where(and(sql`${icd10Fts} MATCH ${match}`, active))
      .orderBy(desc(favourite), desc(icd10.common), asc(icd10Fts.rank), asc(icd10.code))
      .limit(search.limit)
      .all();
  }
  return rows.map(({ row, favourite: fav }) => toIcdView(row, Boolean(fav)));
}

export function getIcd(db: Db, userId: number, code: string): IcdView | null {
  const found = db
    .select({ row: icd10, favourite: favouriteOf(userId) })
    .from(icd10)
    .where(eq(icd10.code, code))
    .get();
  return found ? toIcdView(found.row, Boolean(found.favourite)) : null;
}

export function setFavourite(
  db: Db,
  userId: number,
  code: string,
  favourite: boolean,
  at: string,
): void {
  if (favourite) {
    db.insert(icd10Favourites).values({ userId, code, createdAt: at }).onConflictDoNothing().run();
  } else {
    db.delete(icd10Favourites)
      .where(and(eq(icd10Favourites.userId, userId), eq(icd10Favourites.code, code)))
      .run();
  }
}

/** The columns an ICD-10 record sets, as stored. */
export function icdValues(
  record: IcdRecord,
): Pick<IcdRow, 'code' | 'name' | 'nameEn' | 'chapter' | 'groupCode' | 'searchText'> {
  return {
    code: record.code,
    name: record.name,
    nameEn: record.nameEn,
    chapter: record.chapter,
    groupCode: record.group,
    searchText: icdSearchText(record.name, record.nameEn),
  };
}

/** A three-character code is a category when subcodes sit under it; derived, never typed. */
export function refreshIcdCategories(db: Db): void {
  // Subcodes of A09 sort between "A09." and "A09/" ('/' follows '.'), a range the index serves.
  db.run(sql`
    WITH derived AS (
      SELECT parent.id, (
        length(parent.code) = 3 AND EXISTS (
          SELECT 1 FROM icd10 AS sub
          WHERE sub.code > parent.code || '.' AND sub.code < parent.code || '/'
        )
      ) AS category
      FROM icd10 AS parent
    )
    UPDATE icd10 SET is_category = derived.category
    FROM derived
    WHERE derived.id = icd10.id AND icd10.is_category IS NOT derived.category`);
}
