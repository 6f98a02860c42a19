import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupFacts } from '../../../db/backup';
import { syncPath } from '../../../db/cipher';
import type { BackupKind, BackupSettings } from '../../../shared/api/backups';
import { backupSettingsSchema } from '../../../shared/api/backups';

/** The list lives beside the copies, outside the database: it must be readable when the database is not. */
export const LIST_FILE = 'backups.json';
export const SETTINGS_FILE = 'settings.json';
/** The second place keeps its copies in this folder, with its own list. */
export const SECOND_PLACE_FOLDER = 'Tram-backups';

export interface PlaceRecord {
  path: string;
  copiedAt: string;
  verified: boolean;
  problems: string[];
}

export interface BackupRecord extends BackupFacts {
  id: string;
  file: string;
  createdAt: string;
  kind: BackupKind;
  verified: boolean;
  verifiedAt: string | null;
  problems: string[];
  /** The second place's copy, when there is one. */
  secondPlace: PlaceRecord | null;
}

const listSchema = z.object({ version: z.literal(1), backups: z.array(z.unknown()) });

export function readList(folder: string): BackupRecord[] {
  const file = path.join(folder, LIST_FILE);
  if (!fs.existsSync(file)) return [];
  try {
    const parsed = listSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.backups as BackupRecord[];
  } catch (error) {
    console.warn(`[tram] ${file} is unreadable; listing the copies without it:`, error);
    return [];
  }
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const part = `${file}.part`;
  fs.writeFileSync(part, `${JSON.stringify(value, null, 1)}\n`);
  syncPath(part);
  fs.renameSync(part, file);
}

export function writeList(folder: string, backups: readonly BackupRecord[]): void {
  writeJson(path.join(folder, LIST_FILE), { version: 1, backups });
}

export function readBackupSettings(folder: string): BackupSettings {
  const file = path.join(folder, SETTINGS_FILE);
  try {
    const raw: unknown = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
    return backupSettingsSchema.parse(raw);
  } catch {
    return backupSettingsSchema.parse({});
  }
}

export function writeBackupSettings(folder: string, settings: BackupSettings): void {
  writeJson(path.join(folder, SETTINGS_FILE), settings);
}

export function secondPlaceFolder(secondPlace: string): string {
  return path.join(secondPlace, SECOND_PLACE_FOLDER);
}
