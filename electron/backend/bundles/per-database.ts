import type Database from 'better-sqlite3';

/** One value per open database (prepared statements), made on first use. */
export function perDatabase<T>(
  make: (sqlite: Database.Database) => T,
): (sqlite: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (sqlite) => {
    let value = cache.get(sqlite);
    if (value === undefined) {
      value = make(sqlite);
      cache.set(sqlite, value);
    }
    return value;
  };
}
