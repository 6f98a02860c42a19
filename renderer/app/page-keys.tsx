import { useHotkeys } from '@mantine/hooks';
import {
  createContext,
  use,
  useEffect,
  useId,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

export interface PageKey {
  /** Mantine hotkey: 'F2', 'ctrl+enter', 'alt+T'. */
  hotkey: string;
  /** What it does, as the help overlay (F1) says it. */
  label: string;
  run: (event: KeyboardEvent) => void;
  /** Absent or true: the key works from inside fields too (F-keys, Ctrl and Alt keys). */
  inFields?: boolean;
  /** Bound and listed only while true. */
  enabled?: boolean;
}

export interface KeyHelp {
  hotkey: string;
  label: string;
}

/** The keys the open page binds, by the component that bound them, for the help overlay. */
class KeyRegistry {
  private readonly entries = new Map<string, KeyHelp[]>();
  private snapshot: KeyHelp[] = [];
  private readonly listeners = new Set<() => void>();

  set(owner: string, keys: KeyHelp[]): void {
    if (keys.length === 0) this.entries.delete(owner);
    else this.entries.set(owner, keys);
    this.snapshot = [...this.entries.values()].flat();
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  keys = (): KeyHelp[] => this.snapshot;
}

const RegistryContext = createContext<KeyRegistry | null>(null);

export function PageKeysProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => new KeyRegistry(), []);
  return <RegistryContext value={registry}>{children}</RegistryContext>;
}

const NO_TAGS: string[] = [];
const NO_KEYS: KeyHelp[] = [];
const NO_REGISTRY = (): (() => void) => () => undefined;
const noKeys = (): KeyHelp[] => NO_KEYS;

/** Binds a page's keys and lists them in the F1 overlay while the component is mounted. */
export function usePageKeys(keys: readonly PageKey[]): void {
  const registry = use(RegistryContext);
  const owner = useId();
  const active = keys.filter((key) => key.enabled !== false);
  useHotkeys(
    active.filter((key) => key.inFields !== false).map((key) => [key.hotkey, key.run]),
    NO_TAGS,
  );
  useHotkeys(active.filter((key) => key.inFields === false).map((key) => [key.hotkey, key.run]));
  const help = JSON.stringify(active.map(({ hotkey, label }) => ({ hotkey, label })));
  useEffect(() => {
    if (!registry) return;
    registry.set(owner, JSON.parse(help) as KeyHelp[]);
    return () => registry.set(owner, []);
  }, [registry, owner, help]);
}

/** The open page's keys, for the help overlay. */
export function usePageKeyHelp(): KeyHelp[] {
  const registry = use(RegistryContext);
  return useSyncExternalStore(registry?.subscribe ?? NO_REGISTRY, registry?.keys ?? noKeys);
}
