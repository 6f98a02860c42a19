import { createContext, use, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { transport } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useNotify } from '../../components/notify';
import { useI18n } from '../../i18n/i18n';
import type { LocalizedText } from '../../../shared/api/result';
import { listenForWedgeScans } from './wedge-listener';

export type ScanVia = 'wedge' | 'hid' | 'serial';
export type ScanHandler = (text: string, via: ScanVia) => void;

interface ScannerApi {
  /** The page's handler gets every scan while mounted; returns the unregister function. */
  register(handler: ScanHandler): () => void;
}

const ScannerContext = createContext<ScannerApi | null>(null);

/** A failed scan in words, with what the scanner sent so staff can tell what went wrong. */
export function scanProblemText(
  t: ReturnType<typeof useI18n>['t'],
  problem: LocalizedText,
  read: string | undefined,
): string {
  const sent = read ? t('scanner.read', { read }) : t('scanner.readNothing');
  return `${t(problem.key, problem.params)} ${sent}`;
}

/** Router state that carries a scan to the page that handles it. */
export interface ScanState {
  scan?: string;
}

export interface ScannerProviderProps {
  /** Where scans go when the open page does not take them (reception), if this user may. */
  fallbackPath: string | null;
  children: ReactNode;
}

/**
 * One road for every scan: keyboard-wedge scanners (detected in the page) and the scanners
 * the backend owns (`scanner.scan` events) reach the open page's handler; on other pages a
 * scan opens the reception page with it.
 */
export function ScannerProvider({ fallbackPath, children }: ScannerProviderProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const settings = useApiQuery('settings.get', {}, { staleTime: 60_000 });
  const handlers = useRef<ScanHandler[]>([]);

  const dispatch = useCallback<ScanHandler>(
    (text, via) => {
      const handler = handlers.current.at(-1);
      if (handler) return handler(text, via);
      if (fallbackPath) {
        const state: ScanState = { scan: text };
        void navigate(fallbackPath, { state });
      } else {
        notify('yellow', t('scanner.notHere'));
      }
    },
    [fallbackPath, navigate, notify, t],
  );

  const scanner = settings.data?.scanner;
  useEffect(() => {
    if (!scanner) return;
    return listenForWedgeScans(scanner, {
      onScan: (scan) => dispatch(scan.text, 'wedge'),
      onError: (error, read) => notify('red', scanProblemText(t, error, read)),
    });
  }, [scanner, dispatch, notify, t]);

  useEffect(
    () => transport.on('scanner.scan', (scan) => dispatch(scan.text, scan.via)),
    [dispatch],
  );

  const api = useMemo<ScannerApi>(
    () => ({
      register(handler) {
        handlers.current.push(handler);
        return () => {
          handlers.current = handlers.current.filter((h) => h !== handler);
        };
      },
    }),
    [],
  );
  return <ScannerContext value={api}>{children}</ScannerContext>;
}

/** Takes the scans while the calling component is mounted (the latest handler is used). */
export function useScanHandler(handler: ScanHandler): void {
  const scanner = use(ScannerContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => scanner?.register((text, via) => latest.current(text, via)), [scanner]);
}
