import type { BackupKind } from '../../../shared/api';
import type { MessageKey } from '../../../shared/i18n';

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function kindKey(kind: BackupKind): MessageKey {
  return `backups.kind.${kind}`;
}
