import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// The FTS5 tables of migration 0001, declared for queries only: they live outside db/schema
// so drizzle-kit does not try to create them as plain tables.

export const icd10Fts = sqliteTable('icd10_fts', {
  rowid: integer().notNull(),
  code: text().notNull(),
  searchText: text().notNull(),
  rank: real().notNull(),
});

export const drugsFts = sqliteTable('drugs_fts', {
  rowid: integer().notNull(),
  ingredientFolded: text().notNull(),
  nameFolded: text().notNull(),
  rank: real().notNull(),
});
