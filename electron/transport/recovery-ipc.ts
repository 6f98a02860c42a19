import { IPC_INVOKE_CHANNEL } from '../../shared/api/bridge';
import type { RecoveryService } from '../backend/backups/recovery';
import type { IpcMainLike } from './ipc';

/** The desktop's start-up error screen: the page's calls go to the recovery service only. */
export function registerRecoveryIpc(
  ipcMain: IpcMainLike,
  recovery: RecoveryService,
  isTrusted: (frameUrl: string | undefined) => boolean,
): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, name, input) => {
    if (!isTrusted(event.senderFrame?.url) || typeof name !== 'string') {
      return recovery.call('', undefined, 'vi');
    }
    return recovery.call(name, input, 'vi');
  });
}
