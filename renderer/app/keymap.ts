import type { NavItem } from './nav';

/** Keys of the whole app, whatever page is open. */
export const APP_KEYS = {
  help: 'F1',
  lock: 'alt+L',
  signOut: 'alt+Q',
} as const;

/** Alt keys a page must not take: the browser's own (Alt+D address bar, Alt+E/Alt+F its menu on Windows). */
export const RESERVED_KEYS: readonly string[] = ['alt+D', 'alt+E', 'alt+F'];

/** Every key the menu binds: each page's, each tab's. */
export function navHotkeys(items: readonly NavItem[]): { hotkey: string; path: string }[] {
  return items.flatMap((item) =>
    item.tabs
      ? item.tabs.map((tab, index) => ({
          hotkey: tab.hotkey,
          path: index === 0 ? item.path : `${item.path}?tab=${tab.value}`,
        }))
      : [{ hotkey: item.hotkey, path: item.path }],
  );
}

/** Problems with a key map: a key used twice, or one the browser or a coming page owns. */
export function keymapProblems(items: readonly NavItem[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const taken = [...Object.values(APP_KEYS).map((hotkey) => ({ hotkey, path: 'app' }))];
  for (const { hotkey, path } of [...taken, ...navHotkeys(items)]) {
    const key = hotkey.toLowerCase();
    const other = seen.get(key);
    if (other && other !== path) problems.push(`${hotkey}: ${other} and ${path}`);
    if (RESERVED_KEYS.some((reserved) => reserved.toLowerCase() === key)) {
      problems.push(`${hotkey}: reserved (${path})`);
    }
    seen.set(key, path);
  }
  for (const item of items) {
    if (item.tabs && item.tabs[0]?.hotkey !== item.hotkey) {
      problems.push(`${item.path}: its key must be its first tab's`);
    }
  }
  return problems;
}

/** "alt+T" as a person reads it on the key caps: "Alt T". */
export function keyLabel(hotkey: string): string {
  return hotkey
    .split('+')
    .map((part) =>
      part.length === 1 ? part.toUpperCase() : part[0]?.toUpperCase() + part.slice(1),
    )
    .join(' ');
}
