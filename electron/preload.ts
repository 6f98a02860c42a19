import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../shared/api';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type TramBridge } from '../shared/api/bridge';

/** Exactly one call and one subscription: no channels, no Node, no file paths reach the page. */
const bridge = {
  invoke: (name: string, input: unknown) =>
    ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, input) as Promise<Result<unknown>>,
  on: (event, listener) => {
    const forward = (_e: unknown, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
} satisfies TramBridge;

contextBridge.exposeInMainWorld('tram', bridge);
