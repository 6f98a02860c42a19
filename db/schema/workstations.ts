import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * Desktop PCs paired with this Tram as workstations. Each holds a credential (only its hash
 * is kept) it sends with every call; revoking one refuses the credential and ends its sessions.
 */
export const workstations = sqliteTable(
  'workstations',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    credentialHash: text().notNull().unique(),
    pairedAt: text().notNull(),
    pairedBy: integer().references(() => users.id),
    pairedFrom: text(),
    revokedAt: text(),
    revokedBy: integer().references(() => users.id),
    lastSeenAt: text(),
    lastAddress: text(),
    lastUsername: text(),
  },
  (t) => [index('workstations_revoked').on(t.revokedAt)],
);

export type WorkstationRow = typeof workstations.$inferSelect;
