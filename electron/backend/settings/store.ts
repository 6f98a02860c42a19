import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { settings } from '../../../db/schema';
import type { FacilityKind } from '../../../shared/domain/facility-kind';
import {
  settingsSections,
  type Settings,
  type SettingsSection,
} from '../../../shared/api/settings';

export function readSection<K extends SettingsSection>(db: Db, key: K): Settings[K] {
  const row = db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key))
    .get();
  const parsed = settingsSections[key].safeParse(row?.value ?? {});
  if (parsed.success) return parsed.data as Settings[K];
  if (row) console.warn(`[tram] settings.${key} is not valid; using defaults`, parsed.error.issues);
  // Only the facility has required fields, and it is written at setup.
  return settingsSections[key].parse(key === 'facility' ? EMPTY_FACILITY : {}) as Settings[K];
}

/** What this Tram is (checked on every call, so it reads one field, not the whole section). */
export function readFacilityKind(db: Db): FacilityKind {
  const row = db
    .select({ kind: sql<string | null>`json_extract(${settings.value}, '$.kind')` })
    .from(settings)
    .where(eq(settings.key, 'facility'))
    .get();
  return row?.kind === 'district' ? 'district' : 'station';
}

const EMPTY_FACILITY = { name: '—', code: '00000' };

export function readSettings(db: Db): Settings {
  return {
    facility: readSection(db, 'facility'),
    security: readSection(db, 'security'),
    network: readSection(db, 'network'),
    scanner: readSection(db, 'scanner'),
    scannerDevices: readSection(db, 'scannerDevices'),
    reception: readSection(db, 'reception'),
    clinical: readSection(db, 'clinical'),
    pharmacy: readSection(db, 'pharmacy'),
    coverage: readSection(db, 'coverage'),
    cashier: readSection(db, 'cashier'),
    claims: readSection(db, 'claims'),
    reports: readSection(db, 'reports'),
    printing: readSection(db, 'printing'),
  };
}

export function writeSection<K extends SettingsSection>(
  db: Db,
  key: K,
  value: Settings[K],
  at: string,
  userId: number | null,
): void {
  db.insert(settings)
    .values({ key, value, updatedAt: at, updatedBy: userId })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value, updatedAt: at, updatedBy: userId },
    })
    .run();
}
