import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SCAN_LENGTH, parseCard, type CardKind } from '../../shared/domain/cards';

const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
const ADDRESS = 'Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh';
const CCCD_FIELDS = {
  cccd: '001090123456',
  fullName: 'Nguyễn Văn A',
  birthDate: '1990-01-01',
  birthYear: 1990,
  sex: 'male',
  address: ADDRESS,
  issueDate: '2021-04-15',
};

describe('CCCD QR', () => {
  it('reads the 7-field form', () => {
    const raw = `001090123456|012345678|Nguyễn Văn A|01011990|Nam|${ADDRESS}|15042021`;
    expect(parseCard(raw)).toEqual({
      kind: 'cccd',
      fields: { ...CCCD_FIELDS, oldId: '012345678' },
    });
  });

  it('reads the 7-field form with an empty old ID', () => {
    const raw = `001090123456||Nguyễn Văn A|01011990|Nam|${ADDRESS}|15042021`;
    expect(parseCard(raw)).toEqual({ kind: 'cccd', fields: CCCD_FIELDS });
  });

  it('reads the 6-field form without the old ID', () => {
    const raw = `001090123456|Nguyễn Văn A|01011990|Nam|${ADDRESS}|15042021`;
    expect(parseCard(raw)).toEqual({ kind: 'cccd', fields: CCCD_FIELDS });
  });

  it('tolerates a trailing |, CR/LF, spaces around fields and appended fields', () => {
    const six = `001090123456|Nguyễn Văn A|01011990|Nam|${ADDRESS}|15042021|\r\n`;
    expect(parseCard(six)).toEqual({ kind: 'cccd', fields: CCCD_FIELDS });
    const seven = ` 001090123456 | | Nguyễn  Văn A |01011990| Nam |${ADDRESS}|15042021|\r`;
    expect(parseCard(seven)).toEqual({ kind: 'cccd', fields: CCCD_FIELDS });
    const longer = `001090123456||Nguyễn Văn A|01011990|Nam|${ADDRESS}|15042021|Nguyễn Văn B|Lê Thị C`;
    expect(parseCard(longer)).toEqual({ kind: 'cccd', fields: CCCD_FIELDS });
  });

  it('reads Nữ in either Unicode form', () => {
    for (const nu of ['Nữ'.normalize('NFC'), 'Nữ'.normalize('NFD'), 'NỮ']) {
      const card = parseCard(`001190123456||Trần Thị B|02021990|${nu}|Hà Nội|15042021`);
      expect(card.fields.sex).toBe('female');
      expect(card.problems).toBeUndefined();
    }
  });

  it('flags a number that contradicts the sex or birth year on the same card', () => {
    const card = parseCard(`001190123456||Nguyễn Văn A|01011990|Nam|${ADDRESS}|15042021`);
    expect(card.kind).toBe('cccd');
    expect(card.problems).toEqual([{ key: 'patients.cccd.sexMismatch', params: { digit: '1' } }]);
    const year = parseCard(`001090123456||Nguyễn Văn A|01011991|Nam|${ADDRESS}|15042021`);
    expect(year.problems).toEqual([
      { key: 'patients.cccd.yearMismatch', params: { year: 1991, suffix: '90' } },
    ]);
  });

  it('keeps what it can read from a cut-off scan', () => {
    const card = parseCard('001090123456|012345678|Nguyễn Văn A');
    expect(card).toEqual({
      kind: 'cccd',
      fields: { cccd: '001090123456', oldId: '012345678', fullName: 'Nguyễn Văn A' },
      problems: [{ key: 'cards.qr.truncated' }],
    });
  });

  it('flags impossible dates and unreadable sex', () => {
    const card = parseCard(`001090123456||Nguyễn Văn A|32131990|Nan|${ADDRESS}|1504202`);
    expect(card.kind).toBe('cccd');
    expect(card.fields.birthDate).toBeUndefined();
    expect(card.problems).toEqual([
      { key: 'cards.qr.birthDate', params: { value: '32131990' } },
      { key: 'cards.qr.sex', params: { value: 'Nan' } },
      { key: 'cards.qr.issueDate', params: { value: '1504202' } },
    ]);
  });

  it('reads the same person from the 6- and 7-field forms', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('001', '079', '096'),
        fc.boolean(),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.stringMatching(
          /^[A-ZĐ][a-zàáạảãâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]{1,6}( [A-Z][a-z]{1,6}){1,3}$/,
        ),
        (province, female, date, name) => {
          const iso = date.toISOString().slice(0, 10);
          const [y = '', m = '', d = ''] = iso.split('-');
          const digit = (Number(y) >= 2000 ? 2 : 0) + (female ? 1 : 0);
          const cccd = `${province}${digit}${y.slice(2)}000001`;
          const tail = `${name}|${d}${m}${y}|${female ? 'Nữ' : 'Nam'}|${ADDRESS}|01012024`;
          const seven = parseCard(`${cccd}|123456789|${tail}`);
          const six = parseCard(`${cccd}|${tail}`);
          expect(seven.problems).toBeUndefined();
          expect(six).toEqual({ kind: 'cccd', fields: { ...seven.fields, oldId: undefined } });
          expect(six.fields).toMatchObject({ birthDate: iso, fullName: name });
        },
      ),
    );
  });
});

const BHYT_QR = [
  'HS4010120878811',
  hex('Nguyễn Văn A'),
  '05/09/2012',
  '1',
  hex('Thôn 3, Xã Tân An, Tuyên Quang'),
  '08 - 001',
  '01/01/2025',
  '31/12/2025',
  '20/12/2024',
  '0120878811080',
  '-',
  '4',
  '01/01/2027',
  'a1b2c3d4-1234',
  '$',
];

describe('BHYT QR', () => {
  it('reads the card fields, decoding the hex name and address', () => {
    expect(parseCard(BHYT_QR.join('|'))).toEqual({
      kind: 'bhyt',
      fields: {
        bhytCode: 'HS4010120878811',
        bhxhNumber: '0120878811',
        fullName: 'Nguyễn Văn A',
        birthDate: '2012-09-05',
        birthYear: 2012,
        sex: 'male',
        address: 'Thôn 3, Xã Tân An, Tuyên Quang',
        facilityCode: '08001',
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
        issueDate: '2024-12-20',
        fiveYearDate: '2027-01-01',
      },
    });
  });

  it('reads a year-only birth, sex 2 and an address given as -', () => {
    const parts = [...BHYT_QR];
    parts[2] = '1950';
    parts[3] = '2';
    parts[4] = '-';
    const card = parseCard(parts.join('|'));
    expect(card.problems).toBeUndefined();
    expect(card.fields).toMatchObject({ birthYear: 1950, sex: 'female' });
    expect(card.fields.birthDate).toBeUndefined();
    expect(card.fields.address).toBeUndefined();
  });

  it('reads the 8-field minimum and upper-case hex', () => {
    const parts = BHYT_QR.slice(0, 8);
    parts[1] = hex('Lê Thị Đào').toUpperCase();
    const card = parseCard(`${parts.join('|')}\r\n`);
    expect(card.problems).toBeUndefined();
    expect(card.fields.fullName).toBe('Lê Thị Đào');
    expect(card.fields.fiveYearDate).toBeUndefined();
  });

  it('keeps the rest of the card when the name hex is broken', () => {
    for (const broken of [hex('Nguyễn Văn A').slice(1), 'zz4e', 'c3']) {
      const parts = [...BHYT_QR];
      parts[1] = broken;
      const card = parseCard(parts.join('|'));
      expect(card.kind).toBe('bhyt');
      expect(card.fields.fullName).toBeUndefined();
      expect(card.fields.validTo).toBe('2025-12-31');
      expect(card.problems).toEqual([{ key: 'cards.qr.nameUnreadable' }]);
    }
  });

  it('flags a cut-off scan', () => {
    const card = parseCard(BHYT_QR.slice(0, 4).join('|'));
    expect(card.kind).toBe('bhyt');
    expect(card.fields).toMatchObject({ bhytCode: 'HS4010120878811', birthYear: 2012 });
    expect(card.problems).toEqual([{ key: 'cards.qr.truncated' }]);
  });

  it('flags a bad card code, facility and reversed validity', () => {
    const parts = [...BHYT_QR];
    parts[0] = 'ZZ4010120878811';
    parts[5] = '8 - 1';
    parts[6] = '01/01/2026';
    const card = parseCard(parts.join('|'));
    expect(card.kind).toBe('bhyt');
    expect(card.problems).toEqual([
      { key: 'cards.bhyt.group', params: { group: 'ZZ' } },
      { key: 'cards.qr.facility', params: { value: '8 - 1' } },
      {
        key: 'cards.bhyt.datesReversed',
        params: { validFrom: '01/01/2026', validTo: '31/12/2025' },
      },
    ]);
  });

  it('takes a 10-digit code as the BHXH number and asks for the full code', () => {
    const parts = [...BHYT_QR];
    parts[0] = '0120878811';
    const card = parseCard(parts.join('|'));
    expect(card.fields.bhxhNumber).toBe('0120878811');
    expect(card.fields.bhytCode).toBeUndefined();
    expect(card.problems).toEqual([{ key: 'cards.bhyt.numberOnly' }]);
  });
});

describe('other scans', () => {
  it('reads a patient card', () => {
    expect(parseCard('01001-2026-000123\r\n')).toEqual({
      kind: 'patient',
      fields: { patientCode: '01001-2026-000123', facilityCode: '01001' },
    });
  });

  it('reads bare card codes', () => {
    expect(parseCard('HS4010120878811')).toEqual({
      kind: 'bhyt',
      fields: { bhytCode: 'HS4010120878811' },
    });
    expect(parseCard('001090123456')).toEqual({ kind: 'cccd', fields: { cccd: '001090123456' } });
  });

  it('reads a whole scan sent as a hex dump', () => {
    const qr = `001090123456|012345678|Nguyễn Văn A|01011990|Nam|${ADDRESS}|15042021`;
    for (const dump of [hex(qr), hex(qr).toUpperCase(), hex(`${qr}\r\n`).replace(/(..)/g, '$1 ')]) {
      expect(parseCard(dump)).toEqual({
        kind: 'cccd',
        fields: { ...CCCD_FIELDS, oldId: '012345678' },
      });
    }
  });

  it('reports a hex dump broken on the way in', () => {
    const qr = `001090123456||Nguyễn Văn A|01011990|Nam|${ADDRESS}|15042021`;
    const dump = hex(qr);
    expect(parseCard(dump.slice(0, -1)).problems).toEqual([{ key: 'cards.hex.oddLength' }]);
    // Telex turned "dd" into "đ" somewhere in the dump.
    const mangled = `${dump.slice(0, 40)}đ${dump.slice(42)}`;
    expect(parseCard(mangled)).toEqual({
      kind: 'unknown',
      fields: {},
      problems: [{ key: 'cards.hex.invalidChar', params: { char: 'đ' } }],
    });
    expect(parseCard(hex('just some text')).problems).toEqual([{ key: 'cards.scan.unrecognised' }]);
  });

  it.each([
    ['', 'cards.scan.empty'],
    [' \r\n', 'cards.scan.empty'],
    ['hello world', 'cards.scan.unrecognised'],
    ['a|b|c', 'cards.scan.unrecognised'],
    ['x'.repeat(MAX_SCAN_LENGTH + 1), 'cards.scan.tooLong'],
  ])('gives up on %j', (raw, key) => {
    expect(parseCard(raw)).toEqual({ kind: 'unknown', fields: {}, problems: [{ key }] });
  });

  it('never throws, and explains every unknown scan', () => {
    const kinds: CardKind[] = ['cccd', 'bhyt', 'patient', 'unknown'];
    const pipes = fc
      .array(fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f]{0,20}$/)), { maxLength: 16 })
      .map((parts) => parts.join('|'));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), pipes), (raw) => {
        const card = parseCard(raw);
        expect(kinds).toContain(card.kind);
        if (card.kind === 'unknown') expect(card.problems?.length).toBeGreaterThan(0);
      }),
    );
  });
});
