import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import { transport } from '../api/client';

/** Work typed into a form and not saved yet, kept while the person does something else. */
export interface Draft<T = unknown> {
  values: T;
  /** What it is, in a few words ("Nguyễn Văn An"), for the notice that offers it back. */
  label: string;
  savedAt: number;
}

export interface DraftEntry {
  key: string;
  label: string;
  savedAt: number;
}

/**
 * Drafts live in memory only (no patient data on disk), for this signed-in session: a key,
 * a page change or a dialog closed never throws a half-filled form away.
 */
const drafts = new Map<string, Draft>();
const listeners = new Set<() => void>();
let list: DraftEntry[] = [];

function changed(): void {
  list = [...drafts.entries()].map(([key, { label, savedAt }]) => ({ key, label, savedAt }));
  for (const listener of listeners) listener();
}

export function readDraft<T>(key: string): Draft<T> | undefined {
  return drafts.get(key) as Draft<T> | undefined;
}

export function saveDraft<T>(key: string, values: T, label: string): void {
  drafts.set(key, { values: structuredClone(values), label, savedAt: Date.now() });
  changed();
}

export function clearDraft(key: string): void {
  if (drafts.delete(key)) changed();
}

/** At sign-out: the next person does not get this one's typing. */
export function clearAllDrafts(): void {
  drafts.clear();
  changed();
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Drafts waiting now (re-renders when one is kept or cleared). */
export function useDrafts(): DraftEntry[] {
  return useSyncExternalStore(subscribe, () => list);
}

/** Whether a draft is waiting under this key. */
export function useHasDraft(key: string): boolean {
  return useDrafts().some((draft) => draft.key === key);
}

/**
 * Keeps a form's values as a draft while `keep` says they hold work (a draft that becomes
 * empty again is dropped). Passwords and other secrets are the caller's to leave out.
 */
export function useKeepDraft<T>(
  key: string,
  values: T,
  options: { keep: (values: T) => boolean; label: (values: T) => string },
): void {
  const serialised = JSON.stringify(values);
  const store = useEffectEvent((current: T) => {
    if (options.keep(current)) saveDraft(key, current, options.label(current));
    else clearDraft(key);
  });
  useEffect(() => store(JSON.parse(serialised) as T), [key, serialised]);
}

// A browser tab asks before it closes with unsaved work; the desktop window has its own exit.
if (transport.kind === 'http' && typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (drafts.size > 0) event.preventDefault();
  });
}
