import { seal, unseal } from '../keys/seal';
import { readOrCreateSecret } from '../keys/secret-file';

/** The key file that seals sync targets' credentials, passwords and tokens (keys/<name>). */
export const SYNC_SEAL_FILE = 'sync-seal.key';

type Field = 'credential' | 'password' | 'token';

const associated = (field: Field): string => `tram sync secret v1\n${field}`;

export function sealSecret(dataDir: string, field: Field, value: string): string {
  return seal(readOrCreateSecret(dataDir, SYNC_SEAL_FILE), associated(field), Buffer.from(value));
}

/** The secret, or null when it cannot be opened (the key file was lost: enter it again). */
export function unsealSecret(dataDir: string, field: Field, sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return unseal(
      readOrCreateSecret(dataDir, SYNC_SEAL_FILE),
      associated(field),
      sealed,
    ).toString();
  } catch {
    return null;
  }
}
