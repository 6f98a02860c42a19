import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { inspectBackup, type Inspection } from '../../../db/backup';
import type {
  BackupKind,
  BackupSettings,
  BackupStatus,
  BackupView,
  IntegrityStatus,
} from '../../../shared/api/backups';
import { backupsToKeep } from '../../../shared/domain/backup-rotation';
import { localDate } from '../../../shared/domain/dates';
import { encodeRecoveryCode } from '../../../shared/domain/recovery-code';
import type { Clock } from '../clock';
import {
  readBackupSettings,
  readList,
  secondPlaceFolder,
  writeBackupSettings,
  writeList,
  type BackupRecord,
  type PlaceRecord,
} from './manifest';
import { runInWorker } from './run-task';

const DAY_MS = 86_400_000;

export function backupIdFor(createdAt: Date, kind: BackupKind): string {
  return `${createdAt.toISOString().replace(/[:.]/g, '-')}-${kind}`;
}

export function toView(record: BackupRecord, backupDir: string): BackupView {
  const places: BackupView['places'] = [];
  if (fs.existsSync(path.join(backupDir, record.file))) {
    places.push({
      place: 'pc',
      path: path.join(backupDir, record.file),
      verified: record.verified,
      at: record.verifiedAt ?? record.createdAt,
    });
  }
  if (record.secondPlace) {
    places.push({
      place: 'second',
      path: record.secondPlace.path,
      verified: record.secondPlace.verified,
      at: record.secondPlace.copiedAt,
    });
  }
  return {
    id: record.id,
    createdAt: record.createdAt,
    kind: record.kind,
    bytes: record.bytes,
    sha256: record.sha256,
    verified: record.verified,
    places,
    problems: record.problems,
    rowCounts: record.rowCounts,
    chainHead: record.chainHead,
    schemaVersion: record.schemaVersion,
  };
}

function recordFrom(
  id: string,
  file: string,
  createdAt: string,
  kind: BackupKind,
  inspection: Inspection,
): BackupRecord {
  const facts = inspection.facts ?? {
    bytes: 0,
    sha256: '',
    rowCounts: {},
    chainHead: null,
    schemaVersion: 0,
  };
  return {
    id,
    file,
    createdAt,
    kind,
    ...facts,
    verified: inspection.ok,
    verifiedAt: inspection.ok ? createdAt : null,
    problems: inspection.problems,
    secondPlace: null,
  };
}

export interface BackupServiceOptions {
  databaseFile: string;
  backupDir: string;
  key: Buffer;
  clock: Clock;
}

/**
 * Verified backups: VACUUM INTO in a worker thread (its own connection, so the clinic keeps
 * writing), the copy opened with the key and quick_check'ed, its facts kept in backups.json,
 * a second copy in the second place, and the daily/weekly/monthly rotation. One at a time.
 */
export class BackupService {
  private queue: Promise<unknown> = Promise.resolve();
  /** The background integrity check in its worker (its own connection to the file). */
  private checking: Promise<unknown> = Promise.resolve();
  private pending = 0;
  integrity: IntegrityStatus = { state: 'ok', how: 'startup', checkedAt: null, detail: null };

  constructor(private readonly options: BackupServiceOptions) {}

  /** Swaps the database file for a verified copy and reopens it (set by the backend). */
  reopenFrom: ((file: string) => Database.Database) | null = null;

  /** The key as people write it down (shown once at setup). */
  recoveryCode(): string {
    return encodeRecoveryCode(this.options.key);
  }

  get backupDir(): string {
    return this.options.backupDir;
  }

  get running(): boolean {
    return this.pending > 0;
  }

  settings(): BackupSettings {
    return readBackupSettings(this.options.backupDir);
  }

  saveSettings(patch: Partial<BackupSettings>): BackupSettings {
    const next = { ...this.settings(), ...patch };
    writeBackupSettings(this.options.backupDir, next);
    return next;
  }

  records(): BackupRecord[] {
    return readList(this.options.backupDir).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  views(): BackupView[] {
    return this.records().map((record) => toView(record, this.options.backupDir));
  }

  find(id: string): BackupRecord | undefined {
    return this.records().find((record) => record.id === id);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next.finally(() => {
      this.pending -= 1;
    });
  }

  private saveRecord(record: BackupRecord): void {
    const others = readList(this.options.backupDir).filter((r) => r.id !== record.id);
    writeList(this.options.backupDir, [record, ...others]);
  }

  /** Takes, verifies, records, copies to the second place and rotates. */
  create(kind: BackupKind): Promise<BackupRecord> {
    return this.enqueue(async () => {
      const createdAt = this.options.clock();
      const id = backupIdFor(createdAt, kind);
      const file = `tram-${id}.sqlite`;
      const inspection = await runInWorker({
        task: 'backup',
        source: this.options.databaseFile,
        target: path.join(this.options.backupDir, file),
        key: this.options.key,
      });
      const record = recordFrom(id, file, createdAt.toISOString(), kind, inspection);
      this.saveRecord(record);
      if (record.verified) await this.copyToSecondPlace(record);
      this.rotate();
      return this.find(id) ?? record;
    });
  }

  /** Records a copy taken outside the worker (before a migration, before encryption). */
  register(file: string, kind: BackupKind, createdAt: Date): BackupRecord {
    const base = path.basename(file);
    const id = base.replace(/^tram-/, '').replace(/\.sqlite$/, '');
    const record = recordFrom(
      id,
      base,
      createdAt.toISOString(),
      kind,
      inspectBackup(file, this.options.key),
    );
    this.saveRecord(record);
    return record;
  }

  private async copyToSecondPlace(record: BackupRecord): Promise<void> {
    const { secondPlace } = this.settings();
    // A USB stick that is not plugged in is no error: the next backup tries again.
    if (!secondPlace || !fs.existsSync(secondPlace)) return;
    const folder = secondPlaceFolder(secondPlace);
    const to = path.join(folder, record.file);
    let place: PlaceRecord;
    try {
      const inspection = await runInWorker({
        task: 'copy',
        from: path.join(this.options.backupDir, record.file),
        to,
        key: this.options.key,
        expected: record,
      });
      place = {
        path: to,
        copiedAt: this.options.clock().toISOString(),
        verified: inspection.ok,
        problems: inspection.problems,
      };
    } catch (error) {
      place = {
        path: to,
        copiedAt: this.options.clock().toISOString(),
        verified: false,
        problems: [`copy:${(error as { code?: string }).code ?? String(error)}`],
      };
    }
    const updated = { ...record, secondPlace: place };
    this.saveRecord(updated);
    try {
      writeList(
        folder,
        this.records().filter((r) => r.secondPlace?.verified),
      );
    } catch (error) {
      console.warn('[tram] could not write the backup list in the second place:', error);
    }
  }

  /** Checks a backup again in both places; the list remembers the answer. */
  verify(id: string): Promise<{ ok: boolean; problems: string[] }> {
    return this.enqueue(async () => {
      const record = this.find(id);
      if (!record) return { ok: false, problems: ['missing'] };
      const local = await runInWorker({
        task: 'inspect',
        file: path.join(this.options.backupDir, record.file),
        key: this.options.key,
        expected: record,
      });
      const problems = [...local.problems];
      let secondPlace = record.secondPlace;
      if (secondPlace && fs.existsSync(path.dirname(secondPlace.path))) {
        const far = await runInWorker({
          task: 'inspect',
          file: secondPlace.path,
          key: this.options.key,
          expected: record,
        });
        secondPlace = { ...secondPlace, verified: far.ok, problems: far.problems };
        problems.push(...far.problems.map((p) => `second:${p}`));
      }
      const now = this.options.clock().toISOString();
      this.saveRecord({
        ...record,
        verified: local.ok,
        verifiedAt: local.ok ? now : record.verifiedAt,
        problems: local.problems,
        secondPlace,
      });
      return { ok: problems.length === 0, problems };
    });
  }

  /** Deletes copies the rotation no longer keeps, here and in the second place. */
  rotate(): void {
    const settings = this.settings();
    const records = this.records();
    const keep = backupsToKeep(records, settings);
    for (const record of records) {
      if (keep.has(record.id)) continue;
      fs.rmSync(path.join(this.options.backupDir, record.file), { force: true });
      if (record.secondPlace && fs.existsSync(path.dirname(record.secondPlace.path))) {
        fs.rmSync(record.secondPlace.path, { force: true });
      }
    }
    writeList(
      this.options.backupDir,
      records.filter((r) => keep.has(r.id)),
    );
  }

  /** "First start of each day": nothing taken yet on this station-local date. */
  dailyDue(): boolean {
    const today = localDate(this.options.clock());
    return !this.records().some((r) => r.verified && localDate(new Date(r.createdAt)) === today);
  }

  status(recoveryCodePending: boolean): BackupStatus {
    const settings = this.settings();
    const records = this.records();
    const offsite = records.find((r) => r.secondPlace?.verified);
    const lastOffsiteAt = offsite?.secondPlace?.copiedAt ?? null;
    const now = this.options.clock().getTime();
    return {
      settings,
      lastBackupAt: records.find((r) => r.verified)?.createdAt ?? null,
      lastOffsiteAt,
      offsiteStale:
        lastOffsiteAt === null ||
        now - Date.parse(lastOffsiteAt) > settings.offsiteWarnDays * DAY_MS,
      secondPlacePresent: settings.secondPlace !== null && fs.existsSync(settings.secondPlace),
      running: this.running,
      integrity: this.integrity,
      recoveryCodePending,
    };
  }

  /** Holds shutdown until a background check's worker has let go of the file. */
  watchCheck(check: Promise<unknown>): void {
    this.checking = Promise.all([this.checking, check.catch(() => undefined)]);
  }

  /**
   * Resolves once every queued backup and the background check have finished (shutdown waits
   * for this: closing last, the app's own connection folds the WAL back into the file).
   */
  idle(): Promise<void> {
    return Promise.all([this.queue, this.checking]).then(() => undefined);
  }
}
