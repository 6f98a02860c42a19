import { describe, expect, it } from 'vitest';
import { keyLabel, keymapProblems, navHotkeys } from './keymap';
import { NAV_ITEMS, type NavItem } from './nav';

describe('the key map', () => {
  it('gives every page and pharmacy tab its own key, none the browser keeps', () => {
    expect(keymapProblems(NAV_ITEMS)).toEqual([]);
    const paths = navHotkeys(NAV_ITEMS).map((entry) => entry.path);
    expect(paths).toContain('/catalog');
    expect(paths).toContain('/pharmacy?tab=receive');
  });

  it('finds a page added with a key already taken or reserved', () => {
    const page = NAV_ITEMS[0] as NavItem;
    const clash = { ...page, path: '/reports', hotkey: 'alt+K' };
    const reserved = { ...page, path: '/backups', hotkey: 'alt+F' };
    expect(keymapProblems([...NAV_ITEMS, clash, reserved])).toEqual([
      'alt+K: /exam and /reports',
      'alt+F: reserved (/backups)',
    ]);
  });

  it('writes keys as they read on the keyboard', () => {
    expect(keyLabel('alt+T')).toBe('Alt T');
    expect(keyLabel('F1')).toBe('F1');
    expect(keyLabel('ctrl+enter')).toBe('Ctrl Enter');
  });
});
