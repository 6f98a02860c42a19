import Database from 'better-sqlite3';

export interface ConnectOptions {
  /** Background jobs only read: a read-only handle can never write by mistake. */
  readonly?: boolean;
}

/**
 * One more connection to Tram's (already opened and migrated) database, for work that runs
 * beside the main one: background jobs in a worker thread. The one place such connections
 * are made, so opening them with the database key is a change here only.
 */
export function connectDatabase(file: string, options: ConnectOptions = {}): Database.Database {
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) sqlite.pragma('foreign_keys = ON');
  return sqlite;
}
