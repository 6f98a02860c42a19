import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecoveryCode, encodeRecoveryCode } from '../../shared/domain/recovery-code';

const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('recovery code', () => {
  it('round-trips every key, however it is typed', () => {
    fc.assert(
      fc.property(key, (bytes) => {
        const code = encodeRecoveryCode(bytes);
        expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){12}[0-9A-HJKMNP-TV-Z]{5}$/);
        for (const typed of [
          code,
          code.toLowerCase(),
          code.replace(/-/g, ' '),
          code.replace(/0/g, 'O'),
        ]) {
          const decoded = decodeRecoveryCode(typed);
          expect(decoded.ok && Buffer.from(decoded.key).equals(Buffer.from(bytes))).toBe(true);
        }
      }),
    );
  });

  it('spells the key in base32 (checked with BigInt arithmetic, not our encoder)', () => {
    fc.assert(
      fc.property(key, (bytes) => {
        const data = encodeRecoveryCode(bytes)
          .split('-')
          .map((group) => group.slice(0, 4))
          .join('');
        const fromCode = [...data].reduce((n, c) => n * 32n + BigInt(CROCKFORD.indexOf(c)), 0n);
        const fromKey = BigInt(`0x${Buffer.from(bytes).toString('hex')}`) << 4n;
        expect(fromCode).toBe(fromKey);
      }),
    );
  });

  it('names the group of any single mistyped character', () => {
    fc.assert(
      fc.property(key, fc.nat(), fc.integer({ min: 1, max: 31 }), (bytes, where, shift) => {
        const code = encodeRecoveryCode(bytes).replace(/-/g, '');
        const index = where % code.length;
        const wrong = CROCKFORD[(CROCKFORD.indexOf(code[index] ?? '0') + shift) % 32] ?? '0';
        const typed = code.slice(0, index) + wrong + code.slice(index + 1);
        const decoded = decodeRecoveryCode(typed);
        expect(decoded.ok).toBe(false);
        if (!decoded.ok) expect(decoded.badGroups).toEqual([Math.floor(index / 5) + 1]);
      }),
    );
  });

  it('says when the code is too short or has letters it never uses', () => {
    expect(decodeRecoveryCode('ABCD')).toMatchObject({ ok: false, reason: 'length' });
    expect(decodeRecoveryCode('U'.repeat(65))).toMatchObject({ ok: false, reason: 'characters' });
  });
});
