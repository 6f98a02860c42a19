import {
  inspectBackup,
  copyFileDurably,
  vacuumInto,
  type BackupFacts,
  type Inspection,
} from '../../../db/backup';
import { openConnection } from '../../../db/cipher';
import { encryptPlainFile, type EncryptStage } from '../../../db/encrypt';

/** The slow file work, run in a worker thread with its own connection (see run-task.ts). */
export type Task =
  | { task: 'backup'; source: string; target: string; key: Uint8Array }
  | { task: 'inspect'; file: string; key: Uint8Array; expected?: BackupFacts }
  | { task: 'copy'; from: string; to: string; key: Uint8Array; expected: BackupFacts }
  | { task: 'encrypt'; file: string; key: Uint8Array; keepCopyAs?: string }
  | { task: 'quickCheck'; file: string; key: Uint8Array };

export interface TaskResults {
  backup: Inspection;
  inspect: Inspection;
  copy: Inspection;
  encrypt: Record<string, number>;
  quickCheck: string;
}

export type Progress = { stage: EncryptStage; fraction: number };

export function runTask(task: Task, progress: (p: Progress) => void = () => undefined): unknown {
  const key = Buffer.from(task.key);
  switch (task.task) {
    case 'backup': {
      const source = openConnection(task.source, key, { readonly: true });
      try {
        vacuumInto(source, task.target);
      } finally {
        source.close();
      }
      return inspectBackup(task.target, key);
    }
    case 'inspect':
      return inspectBackup(task.file, key, task.expected);
    case 'copy':
      copyFileDurably(task.from, task.to);
      return inspectBackup(task.to, key, task.expected);
    case 'encrypt':
      return encryptPlainFile(
        task.file,
        key,
        (stage, fraction) => progress({ stage, fraction }),
        task.keepCopyAs ? (file) => copyFileDurably(file, task.keepCopyAs ?? '') : undefined,
      );
    case 'quickCheck': {
      const sqlite = openConnection(task.file, key, { readonly: true });
      try {
        return String(sqlite.pragma('quick_check', { simple: true }));
      } finally {
        sqlite.close();
      }
    }
  }
}
