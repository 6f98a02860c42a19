import type {
  ApiError,
  EventName,
  Events,
  InputOf,
  OutputOf,
  ProcedureName,
  Result,
} from '../../shared/api';
import type { TramBridge } from '../../shared/api/bridge';
import type { Locale } from '../../shared/i18n';
import { blobResult, type DownloadedFile, type FileProcedureName, type FileValue } from './files';
import { httpTransport } from './http-transport';

declare global {
  interface Window {
    /** Present in the desktop app (exposed by electron/preload.ts). */
    tram?: TramBridge;
  }
}

export interface Transport {
  kind: 'ipc' | 'http';
  /** An aborted call rejects with the signal's reason instead of answering. */
  invoke(name: string, input: unknown, signal?: AbortSignal): Promise<Result<unknown>>;
  /** A file procedure's answer as a Blob (HTTP downloads the bytes, no base64 JSON). */
  invokeFile(name: string, input: unknown): Promise<Result<DownloadedFile>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** HTTP keeps the bearer token in the tab; IPC leaves it in the main process. */
  setToken(token: string | null): void;
  hasToken(): boolean;
  setLocale(locale: Locale): void;
}

function ipcTransport(bridge: TramBridge): Transport {
  return {
    kind: 'ipc',
    invoke: (name, input) => bridge.invoke(name, input),
    invokeFile: async (name, input) => blobResult(await bridge.invoke(name, input)),
    on: (event, listener) => bridge.on(event, listener),
    setToken: () => undefined,
    hasToken: () => true,
    setLocale: () => undefined,
  };
}

/** IPC when the desktop preload is there, HTTP otherwise (browser, second PC). */
export const transport: Transport = window.tram ? ipcTransport(window.tram) : httpTransport();

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }

  get code(): ApiError['code'] {
    return this.error.code;
  }
}

type FailureListener = (error: ApiError) => void;
const failureListeners = new Set<FailureListener>();

/** The session layer listens here for "signed out" and "locked" answers to any call. */
export function onCallFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

function settle<T>(result: Result<unknown>): T {
  if (result.ok) return result.value as T;
  for (const listener of failureListeners) listener(result.error);
  throw new ApiCallError(result.error);
}

export async function call<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  options: { signal?: AbortSignal } = {},
): Promise<OutputOf<N>> {
  return settle(await transport.invoke(name, input, options.signal));
}

/** Calls a file procedure; the file arrives as a Blob to show, print or save. */
export async function callFile<N extends FileProcedureName>(
  name: N,
  input: InputOf<N>,
): Promise<FileValue<N>> {
  return settle(await transport.invokeFile(name, input));
}
