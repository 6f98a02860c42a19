import { nameTokens } from './text';

/** How a search result matched: an identifier exactly, the whole name, or word prefixes. */
export type SearchMatch = 'code' | 'cccd' | 'bhyt' | 'phone' | 'fullName' | 'prefix';

/**
 * The folded name as stored for search and duplicate checks: the words FTS5 indexes, one
 * space apart ("Đặng Thị Mỹ-Lệ" → "dang thi my le"), so SQL and FTS see the same words.
 */
export function searchableName(fullName: string): string {
  return nameTokens(fullName).join(' ');
}

/**
 * How a stored (searchable) name answers the query words: the same words in the same order
 * is a full-name match; every query word starting some word of the name is a prefix match.
 */
export function matchName(stored: string, query: readonly string[]): 'fullName' | 'prefix' | null {
  if (query.length === 0) return null;
  const words = stored.split(' ');
  if (words.length === query.length && words.every((word, i) => word === query[i])) {
    return 'fullName';
  }
  return query.every((q) => words.some((word) => word.startsWith(q))) ? 'prefix' : null;
}

/** Exact identifiers first, then full names, then prefixes. */
export function matchTier(match: SearchMatch): number {
  switch (match) {
    case 'code':
    case 'cccd':
    case 'bhyt':
    case 'phone':
      return 0;
    case 'fullName':
      return 1;
    case 'prefix':
      return 2;
  }
}

export interface Rankable {
  id: number;
  match: SearchMatch;
  /** ISO instant of the last visit; null for people who never came. */
  lastVisitAt: string | null;
}

/** Tier, then recent visitors before others, then the newest registration. */
export function compareResults(a: Rankable, b: Rankable): number {
  const tier = matchTier(a.match) - matchTier(b.match);
  if (tier !== 0) return tier;
  if (a.lastVisitAt !== b.lastVisitAt) {
    if (a.lastVisitAt === null) return 1;
    if (b.lastVisitAt === null) return -1;
    return a.lastVisitAt < b.lastVisitAt ? 1 : -1;
  }
  return b.id - a.id;
}

/** One row per person (the best way it matched), best first, at most `limit`. */
export function rankResults<T extends Rankable>(candidates: readonly T[], limit: number): T[] {
  const best = new Map<number, T>();
  for (const candidate of candidates) {
    const seen = best.get(candidate.id);
    if (!seen || matchTier(candidate.match) < matchTier(seen.match)) {
      best.set(candidate.id, candidate);
    }
  }
  return [...best.values()].sort(compareResults).slice(0, limit);
}
