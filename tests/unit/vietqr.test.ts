import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildVietQr,
  crc16Ccitt,
  emvValue,
  foldToAscii,
  parseEmv,
  verifyCrc,
  type EmvField,
} from '../../shared/domain/vietqr';

function payloadOf(input: Parameters<typeof buildVietQr>[0]): string {
  const outcome = buildVietQr(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.payload;
}

function fieldsOf(payload: string): EmvField[] {
  const parsed = parseEmv(payload);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.fields;
}

describe('crc16Ccitt', () => {
  it('matches the CRC-16/CCITT-FALSE check value', () => {
    expect(crc16Ccitt('123456789')).toBe('29B1');
    expect(crc16Ccitt('')).toBe('FFFF');
  });
});

describe('buildVietQr', () => {
  it('reproduces a published VietQR payload byte for byte', () => {
    // Public example (subiz/vietqr README): 120,000 VND to 0011001932418 at BIN 970415.
    expect(
      payloadOf({
        bankBin: '970415',
        accountNumber: '0011001932418',
        amount: 120_000,
        reference: 'ung ho lu lut',
      }),
    ).toBe(
      '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA' +
        '530370454061200005802VN62170813ung ho lu lut6304C15C',
    );
  });

  it('folds Vietnamese in the reference to ASCII', () => {
    const payload = payloadOf({
      bankBin: '970415',
      accountNumber: '0011001932418',
      amount: 120_000,
      reference: 'ủng hộ lũ lụt',
    });
    expect(payload.endsWith('62170813ung ho lu lut6304C15C')).toBe(true);
    expect(foldToAscii('Trạm Y tế Xã Đông Hòa')).toBe('Tram Y te Xa Dong Hoa');
  });

  it('parses back into the fields it was built from', () => {
    const payload = payloadOf({
      bankBin: '970436',
      accountNumber: '1234567890',
      amount: 351_000,
      reference: 'HD-2025-000123',
      merchantName: 'Trạm Y tế xã Đông Hòa',
    });
    const fields = fieldsOf(payload);
    expect(fields.map((f) => f.id)).toEqual(['00', '01', '38', '53', '54', '58', '59', '62', '63']);
    expect(emvValue(fields, '00')).toBe('01');
    expect(emvValue(fields, '01')).toBe('12');
    expect(emvValue(fields, '38', '00')).toBe('A000000727');
    expect(emvValue(fields, '38', '01', '00')).toBe('970436');
    expect(emvValue(fields, '38', '01', '01')).toBe('1234567890');
    expect(emvValue(fields, '38', '02')).toBe('QRIBFTTA');
    expect(emvValue(fields, '53')).toBe('704');
    expect(emvValue(fields, '54')).toBe('351000');
    expect(emvValue(fields, '58')).toBe('VN');
    expect(emvValue(fields, '59')).toBe('Tram Y te xa Dong Hoa');
    expect(emvValue(fields, '62', '08')).toBe('HD-2025-000123');
    expect(emvValue(fields, '63')).toBe(payload.slice(-4));
    expect(verifyCrc(payload)).toBe(true);
  });

  it('makes a static QR (11, no amount) when no amount is given', () => {
    const fields = fieldsOf(payloadOf({ bankBin: '970436', accountNumber: '1234567890' }));
    expect(emvValue(fields, '01')).toBe('11');
    expect(emvValue(fields, '54')).toBeUndefined();
    expect(emvValue(fields, '62')).toBeUndefined();
  });

  it('reports bad input as problems', () => {
    const outcome = buildVietQr({
      bankBin: '97041',
      accountNumber: '12 34',
      amount: 0,
      reference: 'Thanh toán hóa đơn số 000123 tháng 6',
      merchantName: 'A & B',
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map((p) => p.key)).toEqual([
        'billing.vietqr.bankBin',
        'billing.vietqr.account',
        'billing.vietqr.amount',
        'billing.vietqr.referenceTooLong',
        'billing.vietqr.nameChars',
      ]);
    }
    expect(buildVietQr({ bankBin: '970436', accountNumber: '1', amount: 1.5 }).ok).toBe(false);
  });
});

describe('verifyCrc', () => {
  const payload = payloadOf({ bankBin: '970436', accountNumber: '1234567890', amount: 50_000 });

  it('fails when any digit of the amount is changed', () => {
    const tampered = payload.replace('540550000', '540590000');
    expect(tampered).not.toBe(payload);
    expect(verifyCrc(tampered)).toBe(false);
  });

  it('accepts lower-case hex but rejects a missing or misplaced CRC field', () => {
    expect(verifyCrc(payload.slice(0, -4) + payload.slice(-4).toLowerCase())).toBe(true);
    expect(verifyCrc(payload.slice(0, -8))).toBe(false);
    expect(verifyCrc('')).toBe(false);
  });

  it('detects every single-character change (property)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: payload.length - 1 }),
        fc.integer({ min: 0x20, max: 0x7e }),
        (at, code) => {
          const ch = String.fromCharCode(code);
          fc.pre(payload[at] !== ch);
          // The CRC's own hex digits may be written in either case (accepted above): 'E' → 'e'
          // there is the same value, not a change.
          fc.pre(at < payload.length - 4 || payload[at]?.toUpperCase() !== ch.toUpperCase());
          expect(verifyCrc(payload.slice(0, at) + ch + payload.slice(at + 1))).toBe(false);
        },
      ),
    );
  });
});

describe('parseEmv', () => {
  it('reports where a length runs past the end', () => {
    // "3805" at position 12 promises 5 characters but only "ABC" follows.
    expect(parseEmv('0002010102123805ABC')).toEqual({
      ok: false,
      problem: { key: 'billing.vietqr.malformed', params: { position: 12 } },
    });
    // A broken template nested inside 38 is reported at its own position.
    expect(parseEmv('00020138080099ABCD')).toEqual({
      ok: false,
      problem: { key: 'billing.vietqr.malformed', params: { position: 10 } },
    });
    expect(parseEmv('00X201').ok).toBe(false);
  });

  it('round-trips any valid build (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{6}$/),
        fc.stringMatching(/^[0-9A-Z]{1,19}$/),
        fc.option(fc.integer({ min: 1, max: 9_999_999_999 }), { nil: undefined }),
        fc.stringMatching(/^[A-Za-z0-9]{0,25}$/),
        (bankBin, accountNumber, amount, reference) => {
          const payload = payloadOf({ bankBin, accountNumber, amount, reference });
          const fields = fieldsOf(payload);
          expect(verifyCrc(payload)).toBe(true);
          expect(emvValue(fields, '38', '01', '00')).toBe(bankBin);
          expect(emvValue(fields, '38', '01', '01')).toBe(accountNumber);
          expect(emvValue(fields, '54')).toBe(amount === undefined ? undefined : String(amount));
          expect(emvValue(fields, '62', '08')).toBe(reference === '' ? undefined : reference);
          // Each length field states the exact character count of its value.
          for (const f of fields)
            expect(payload).toContain(
              `${f.id}${String(f.value.length).padStart(2, '0')}${f.value}`,
            );
        },
      ),
    );
  });
});
