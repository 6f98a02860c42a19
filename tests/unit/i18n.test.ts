import { describe, expect, it } from 'vitest';
import { duplicateMessageKeys, messages, translate } from '../../shared/i18n';

describe('message catalogues', () => {
  it('define each key once', () => {
    expect(duplicateMessageKeys()).toEqual([]);
  });

  it('have Vietnamese and English text for every key, with the same placeholders', () => {
    for (const [key, message] of Object.entries(messages)) {
      expect(message.vi.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(message.en), key).toEqual(names(message.vi));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'users.created', { username: 'thu' })).toBe('Đã tạo tài khoản thu');
    expect(translate('en', 'users.created')).toBe('Created user {username}');
  });
});
