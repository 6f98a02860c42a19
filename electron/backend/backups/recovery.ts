import fs from 'node:fs';
import path from 'node:path';
import { openConnection } from '../../../db/cipher';
import { DatabaseOpenError } from '../../../db/open';
import {
  type ApiError,
  type RecoveryBackup,
  type RecoveryStatus,
  type Result,
} from '../../../shared/api';
import { recoveryApi } from '../../../shared/api/recovery';
import { decodeRecoveryCode } from '../../../shared/domain/recovery-code';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { replaceDatabaseFile } from '../backend';
import { appPaths } from '../paths';
import type { KeyStore } from './key-store';
import { readBackupSettings, readList, secondPlaceFolder, type BackupRecord } from './manifest';
import { runInWorker } from './run-task';

type Input<N extends keyof typeof recoveryApi> = ReturnType<
  (typeof recoveryApi)[N]['input']['parse']
>;

function isRecoveryName(name: string): name is keyof typeof recoveryApi {
  return Object.hasOwn(recoveryApi, name);
}

class RecoveryError extends Error {
  constructor(
    readonly code: ApiError['code'],
    readonly key: MessageKey,
    readonly params?: MessageParams,
  ) {
    super(key);
  }
}

/**
 * The start-up error screen's backend: lists the backups it can find (this folder, the
 * second place), checks one, restores it (asking for the recovery code when this PC has no
 * key), then hands over to a normal start.
 */
export class RecoveryService {
  private extraPlace: string | null = null;
  private readonly paths;

  constructor(
    dataDir: string,
    private failure: DatabaseOpenError,
    private readonly keys: KeyStore,
    private readonly onRecovered: () => Promise<void>,
  ) {
    this.paths = appPaths(dataDir);
  }

  private secondPlace(): string | null {
    return this.extraPlace ?? readBackupSettings(this.paths.backupDir).secondPlace;
  }

  private folderOf(place: 'pc' | 'second'): string | null {
    if (place === 'pc') return this.paths.backupDir;
    const second = this.secondPlace();
    return second ? secondPlaceFolder(second) : null;
  }

  private records(place: 'pc' | 'second'): BackupRecord[] {
    const folder = this.folderOf(place);
    if (!folder || !fs.existsSync(folder)) return [];
    return readList(folder).filter((r) => fs.existsSync(path.join(folder, r.file)));
  }

  async status(): Promise<RecoveryStatus> {
    const backups: RecoveryBackup[] = [];
    for (const place of ['pc', 'second'] as const) {
      for (const r of this.records(place)) {
        backups.push({
          id: r.id,
          place,
          createdAt: r.createdAt,
          kind: r.kind,
          bytes: r.bytes,
          verified: r.verified,
        });
      }
    }
    backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return {
      failure: { kind: this.failure.kind, message: this.failure.localized('vi') },
      backups,
      keyMissing: (await this.keys.load()) === null,
      secondPlace: this.secondPlace(),
    };
  }

  private async keyFor(code: string | undefined): Promise<Buffer> {
    if (code) {
      const decoded = decodeRecoveryCode(code);
      if (!decoded.ok) {
        throw new RecoveryError('VALIDATION', 'recovery.badCode', {
          groups: decoded.badGroups.join(', ') || '—',
        });
      }
      return Buffer.from(decoded.key);
    }
    const stored = await this.keys.load();
    if (!stored) throw new RecoveryError('VALIDATION', 'recovery.codeNeeded');
    return stored;
  }

  private find(input: Input<'recovery.verify'>): { record: BackupRecord; file: string } {
    const folder = this.folderOf(input.place);
    const record = this.records(input.place).find((r) => r.id === input.id);
    if (!folder || !record) throw new RecoveryError('NOT_FOUND', 'error.NOT_FOUND');
    return { record, file: path.join(folder, record.file) };
  }

  async verify(input: Input<'recovery.verify'>): Promise<{ ok: boolean; problems: string[] }> {
    const { record, file } = this.find(input);
    const key = await this.keyFor(input.code);
    const inspection = await runInWorker({ task: 'inspect', file, key, expected: record });
    return { ok: inspection.ok, problems: inspection.problems };
  }

  async restore(input: Input<'recovery.restore'>): Promise<{ ok: true }> {
    const { file } = this.find(input);
    const check = await this.verify(input);
    if (!check.ok) {
      throw new RecoveryError('CONFLICT', 'backups.notVerified', {
        problems: check.problems.join(', '),
      });
    }
    const key = await this.keyFor(input.code);
    this.setAsideCurrent();
    replaceDatabaseFile(this.paths.databaseFile, file);
    if (input.code) await this.keys.save(key);
    await this.onRecovered();
    return { ok: true };
  }

  /** The file that would not open is kept, never deleted: renamed into backups/ as it was. */
  private setAsideCurrent(): void {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = path.join(this.paths.backupDir, `unopenable-${stamp}`);
    for (const suffix of ['', '-wal', '-shm']) {
      const from = `${this.paths.databaseFile}${suffix}`;
      if (!fs.existsSync(from)) continue;
      fs.mkdirSync(aside, { recursive: true });
      fs.renameSync(from, path.join(aside, path.basename(from)));
    }
  }

  async unlock(input: Input<'recovery.unlock'>): Promise<{ ok: true }> {
    const key = await this.keyFor(input.code);
    try {
      openConnection(this.paths.databaseFile, key, { readonly: true }).close();
    } catch {
      throw new RecoveryError('VALIDATION', 'recovery.codeDoesNotOpen');
    }
    await this.keys.save(key);
    await this.onRecovered();
    return { ok: true };
  }

  /** One road in, like the dispatcher's: known name, parsed input, errors as values. */
  async call(name: string, input: unknown, locale: Locale): Promise<Result<unknown>> {
    if (!isRecoveryName(name)) {
      return this.failed(locale, 'INTERNAL', 'startup.title', undefined, 'startupFailed');
    }
    const parsed = recoveryApi[name].input.safeParse(input ?? undefined);
    if (!parsed.success) return this.failed(locale, 'VALIDATION', 'error.VALIDATION');
    try {
      const data = parsed.data as never;
      switch (name) {
        case 'recovery.status':
          return { ok: true, value: await this.status() };
        case 'recovery.verify':
          return { ok: true, value: await this.verify(data) };
        case 'recovery.restore':
          return { ok: true, value: await this.restore(data) };
        case 'recovery.unlock':
          return { ok: true, value: await this.unlock(data) };
        case 'recovery.secondPlace':
          this.extraPlace = (data as Input<'recovery.secondPlace'>).path;
          return { ok: true, value: await this.status() };
      }
    } catch (error) {
      if (error instanceof RecoveryError) {
        return this.failed(locale, error.code, error.key, error.params);
      }
      if (error instanceof DatabaseOpenError) {
        this.failure = error;
        return this.failed(locale, 'CONFLICT', 'startup.title', undefined, 'startupFailed');
      }
      console.error('[tram] recovery failed:', error);
      return this.failed(locale, 'INTERNAL', 'error.INTERNAL');
    }
  }

  private failed(
    locale: Locale,
    code: ApiError['code'],
    key: MessageKey,
    params?: MessageParams,
    reason?: string,
  ): Result<never> {
    return {
      ok: false,
      error: {
        code,
        message: translate(locale, key, params),
        messageKey: key,
        ...(params && { params }),
        ...(reason && { reason }),
      },
    };
  }
}
