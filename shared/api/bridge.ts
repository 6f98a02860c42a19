import type { EventName, Events } from './events';
import type { Result } from './result';

/**
 * Everything the desktop preload exposes to the page (as `window.tram`): one call and one
 * event subscription. No channels, no file paths, no Node.
 */
export interface TramBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

export const IPC_INVOKE_CHANNEL = 'tram:invoke';
export const IPC_EVENT_CHANNEL = 'tram:event';
