import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Me, SessionView } from '../../shared/api';
import type { MessageKey } from '../../shared/i18n';
import { ApiCallError, call, onCallFailure, transport } from '../api/client';
import { clearAllDrafts } from './drafts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable' }
  /** The server is the start-up error screen: the database could not be opened. */
  | { status: 'startupFailed' }
  | { status: 'setup' }
  | { status: 'signedOut'; facilityName: string | null; notice?: MessageKey }
  | { status: 'signedIn'; me: Me; locked: boolean };

interface SessionApi {
  state: SessionState;
  signedIn: (session: SessionView) => Promise<void>;
  signOut: (notice?: MessageKey) => Promise<void>;
  lock: () => Promise<void>;
  unlock: (password: string) => Promise<void>;
  refresh: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<SessionApi | null>(null);

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const facilityName = useRef<string | null>(null);

  const toSignedOut = useCallback((notice?: MessageKey) => {
    transport.setToken(null);
    clearAllDrafts();
    setState({
      status: 'signedOut',
      facilityName: facilityName.current,
      ...(notice && { notice }),
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const status = await call('auth.status', {});
        facilityName.current = status.facilityName;
        if (cancelled) return;
        if (!status.setUp) return setState({ status: 'setup' });
        if (!transport.hasToken()) return toSignedOut();
        try {
          const me = await call('auth.me', {});
          if (!cancelled) setState({ status: 'signedIn', me, locked: false });
        } catch {
          if (!cancelled) toSignedOut();
        }
      } catch (error) {
        if (cancelled) return;
        const failed = error instanceof ApiCallError && error.error.reason === 'startupFailed';
        setState({ status: failed ? 'startupFailed' : 'unreachable' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [attempt, toSignedOut]);

  // Any call may learn that the session is locked or gone.
  useEffect(
    () =>
      onCallFailure((error) => {
        if (error.code !== 'UNAUTHENTICATED') return;
        setState((current) => {
          if (current.status !== 'signedIn') return current;
          if (error.reason === 'locked') return { ...current, locked: true };
          if (error.reason === 'expired' || error.reason === 'missing') {
            transport.setToken(null);
            clearAllDrafts();
            return {
              status: 'signedOut',
              facilityName: facilityName.current,
              notice: 'error.sessionExpired',
            };
          }
          return current;
        });
      }),
    [],
  );

  const signedIn = state.status === 'signedIn';
  useEffect(() => {
    if (!signedIn) return;
    return transport.on('session.ended', () => toSignedOut('error.sessionExpired'));
  }, [signedIn, toSignedOut]);

  const lock = useCallback(async () => {
    setState((current) => (current.status === 'signedIn' ? { ...current, locked: true } : current));
    try {
      await call('auth.lock', {});
    } catch {
      // Locked on screen regardless; the server-side lock only adds protection.
    }
  }, []);

  const api = useMemo<SessionApi>(
    () => ({
      state,
      async signedIn(session) {
        transport.setToken(session.token);
        const me = await call('auth.me', {});
        facilityName.current = me.facility.name;
        setState({ status: 'signedIn', me, locked: false });
      },
      async signOut(notice) {
        try {
          await call('auth.logout', {});
        } catch {
          // Signing out locally is what matters; the server forgets idle sessions anyway.
        }
        toSignedOut(notice);
      },
      lock,
      async unlock(password) {
        await call('auth.unlock', { password });
        setState((current) =>
          current.status === 'signedIn' ? { ...current, locked: false } : current,
        );
      },
      async refresh() {
        const me = await call('auth.me', {});
        setState((current) => (current.status === 'signedIn' ? { ...current, me } : current));
      },
      retry: () => {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, toSignedOut, lock],
  );

  useIdleLock(state, lock);

  return <SessionContext value={api}>{children}</SessionContext>;
}

/** Locks the screen after the facility's idle time without keyboard or pointer input. */
function useIdleLock(state: SessionState, lock: () => Promise<void>): void {
  const active = state.status === 'signedIn' && !state.locked;
  const minutes = state.status === 'signedIn' ? state.me.idleLockMinutes : 0;
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    const mark = () => {
      last = Date.now();
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, mark, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) void lock();
    }, 5_000);
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, mark);
    };
  }, [active, minutes, lock]);
}

export function useSession(): SessionApi {
  const context = use(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The signed-in user; only for components rendered inside the signed-in app. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe while signed out');
  return state.me;
}
