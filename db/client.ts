import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function drizzleFor(sqlite: Database.Database): Db {
  return drizzle({ client: sqlite, schema, casing: 'snake_case' });
}
