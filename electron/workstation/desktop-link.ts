import type { ApiError, WorkstationLinkView } from '../../shared/api';
import type { Backend } from '../backend/backend';
import type { WorkstationLink } from '../backend/context';
import { AppError } from '../backend/errors';
import { localTarget, type IpcTarget } from '../transport/ipc';
import { readWorkstationConfig, writeWorkstationConfig, type WorkstationConfig } from './config';
import { PairingError, pairWithServer, serverUrl } from './pairing';
import { isPinFailure } from './pinned-https';
import { RemoteTram } from './remote';
import { WorkstationRouter } from './router';

const STANDALONE: WorkstationLinkView = { mode: 'standalone', available: true, server: null };

/** Why pairing failed, as the connect form shows it. */
function pairingFailure(error: unknown, address: string): AppError {
  const server = (() => {
    try {
      return serverUrl(address).host;
    } catch {
      return address;
    }
  })();
  if (error instanceof PairingError) {
    if (error.reason === 'refused') {
      const answer = error.answer as Partial<ApiError> | undefined;
      const code = answer?.code && answer.code !== 'INTERNAL' ? answer.code : 'FORBIDDEN';
      return new AppError(code, answer?.messageKey ?? 'workstations.codeWrong', {
        ...(answer?.params && { params: answer.params }),
      });
    }
    if (error.reason === 'proof') return new AppError('FORBIDDEN', 'workstations.codeWrong');
    return new AppError('CONFLICT', 'workstation.notTram', { params: { server } });
  }
  if (isPinFailure(error)) {
    return new AppError('CONFLICT', 'workstation.certificateChanged', { params: { server } });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('CONFLICT', 'workstation.unreachable', { params: { server, detail } });
}

/**
 * The desktop app's two modes, in plain Node: on its own (this PC's backend) or as a
 * workstation (the server, devices local). `onSwitch` moves the windows to the new target.
 */
export function desktopTargets(
  backend: Backend,
  onSwitch: (target: IpcTarget) => void,
  now: () => Date = () => new Date(),
): { initial: IpcTarget; link: WorkstationLink } {
  const local = localTarget(backend);
  const dataDir = backend.paths.dataDir;
  const routerFor = (config: WorkstationConfig): WorkstationRouter =>
    new WorkstationRouter(new RemoteTram(config), backend, () => onSwitch(local));
  const saved = readWorkstationConfig(dataDir);
  const link: WorkstationLink = {
    status: () => STANDALONE,
    connect: async (input) => {
      let config: WorkstationConfig;
      try {
        config = await pairWithServer(input, now());
      } catch (error) {
        throw pairingFailure(error, input.address);
      }
      writeWorkstationConfig(dataDir, config);
      const router = routerFor(config);
      onSwitch(router);
      return router.status();
    },
  };
  backend.services.workstationLink = link;
  return { initial: saved ? routerFor(saved) : local, link };
}
