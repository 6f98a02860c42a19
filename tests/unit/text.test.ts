import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_QUERY_TOKENS,
  classifySearch,
  foldVietnamese,
  formatPatientCode,
  ftsPrefixQuery,
  nameTokens,
  parsePatientCode,
} from '../../shared/domain/text';

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']; // huyền sắc ngã hỏi nặng
const VOWELS: [string, string][] = [
  ['a', 'a'],
  ['ă', 'a'],
  ['â', 'a'],
  ['e', 'e'],
  ['ê', 'e'],
  ['i', 'i'],
  ['o', 'o'],
  ['ô', 'o'],
  ['ơ', 'o'],
  ['u', 'u'],
  ['ư', 'u'],
  ['y', 'y'],
];

describe('foldVietnamese', () => {
  it('folds names as staff type them', () => {
    expect(foldVietnamese('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldVietnamese('Đặng')).toBe('dang');
    expect(foldVietnamese('ĐẶNG THỊ HƯƠNG')).toBe('dang thi huong');
    expect(foldVietnamese('  Trần\t\tThị \n Bích   Ngọc ')).toBe('tran thi bich ngoc');
    // Eth (U+00D0) comes out of old TCVN3 converters looking exactly like Đ.
    expect(foldVietnamese('Ðỗ Đức')).toBe('do duc');
  });

  it('strips every tone from every vowel, composed or decomposed, in both cases', () => {
    for (const [vowel, base] of VOWELS) {
      for (const tone of TONES) {
        const composed = (vowel + tone).normalize('NFC');
        expect([...composed]).toHaveLength(1);
        expect(foldVietnamese(composed)).toBe(base);
        expect(foldVietnamese(composed.toUpperCase())).toBe(base);
        expect(foldVietnamese(composed.normalize('NFD'))).toBe(base);
      }
      expect(foldVietnamese(vowel)).toBe(base);
    }
  });

  it('is idempotent and leaves no marks, capitals or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
        expect(once).not.toMatch(/\p{M}|\s\s|^\s|\s$/u);
        expect(once).toBe(once.toLowerCase());
      }),
    );
  });

  it('folds composed and decomposed spellings alike', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(foldVietnamese(s.normalize('NFC'))).toBe(foldVietnamese(s.normalize('NFD')));
      }),
    );
  });
});

describe('nameTokens', () => {
  it('splits on spaces and punctuation like the FTS tokenizer', () => {
    expect(nameTokens('Nguyễn-Văn  An')).toEqual(['nguyen', 'van', 'an']);
    expect(nameTokens("H'Hen Niê")).toEqual(['h', 'hen', 'nie']);
    expect(nameTokens(' ,. ')).toEqual([]);
  });
});

describe('ftsPrefixQuery', () => {
  it('asks for every word as a prefix', () => {
    expect(ftsPrefixQuery('ng v an')).toBe('"ng"* "v"* "an"*');
    expect(ftsPrefixQuery('Nguyễn Văn An')).toBe('"nguyen"* "van"* "an"*');
    expect(ftsPrefixQuery('dang')).toBe('"dang"*');
  });

  it('turns FTS syntax in the input into plain words', () => {
    expect(ftsPrefixQuery('"*()')).toBeNull();
    expect(ftsPrefixQuery('')).toBeNull();
    expect(ftsPrefixQuery('NEAR(an bình)')).toBe('"near"* "an"* "binh"*');
    expect(ftsPrefixQuery('an OR NOT binh AND')).toBe('"an"* "or"* "not"* "binh"* "and"*');
    expect(ftsPrefixQuery('name:an* ^hoa -x +y "z')).toBe('"name"* "an"* "hoa"* "x"* "y"* "z"*');
  });

  it('caps the number of words', () => {
    const query = ftsPrefixQuery('a b c d e f g h i j k');
    expect(query?.split(' ')).toHaveLength(MAX_QUERY_TOKENS);
  });

  describe('against SQLite FTS5', () => {
    const db = new Database(':memory:');
    db.exec('CREATE VIRTUAL TABLE people USING fts5(name_folded)');
    const insert = db.prepare('INSERT INTO people (rowid, name_folded) VALUES (?, ?)');
    const people = ['Nguyễn Văn An', 'Nguyễn Thị Bình', 'Đặng Thị Hoa', 'Trần Văn Đức'];
    people.forEach((name, i) => insert.run(i + 1, foldVietnamese(name)));
    const search = db.prepare<[string], { rowid: number }>(
      'SELECT rowid FROM people WHERE people MATCH ? ORDER BY rowid',
    );
    const find = (q: string): string[] => {
      const match = ftsPrefixQuery(q);
      return match ? search.all(match).map((row) => people[row.rowid - 1] ?? '') : [];
    };
    afterAll(() => db.close());

    it('finds people by word prefixes, without accents or đ', () => {
      expect(find('ng v an')).toEqual(['Nguyễn Văn An']);
      expect(find('dang')).toEqual(['Đặng Thị Hoa']);
      expect(find('Đức')).toEqual(['Trần Văn Đức']);
      expect(find('thi')).toEqual(['Nguyễn Thị Bình', 'Đặng Thị Hoa']);
      expect(find('nguyen an')).toEqual(['Nguyễn Văn An']);
    });

    it('never lets input break the query', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (q) => {
          const match = ftsPrefixQuery(q);
          if (match !== null) expect(() => search.all(match)).not.toThrow();
        }),
      );
      for (const q of ['"', '*', 'NEAR(', 'a NEAR/2 b', '(a OR b', 'col:', "'; DROP", '^']) {
        const match = ftsPrefixQuery(q);
        if (match !== null) expect(() => search.all(match)).not.toThrow();
      }
    });
  });
});

describe('classifySearch', () => {
  it.each([
    ['001090123456', 'cccd'],
    ['001 090 123 456', 'cccd'],
    ['0912345678', 'phone'],
    ['+84 912 345 678', 'phone'],
    ['028 3822 1234', 'phone'],
    ['HS4010120878811', 'bhyt'],
    ['hs 4 01 0120878811', 'bhyt'],
    ['01001-2026-000123', 'patientCode'],
    ['Nguyễn Văn An', 'name'],
    ['ng v an', 'name'],
    ['12345', 'name'],
    ['', 'name'],
  ] as const)('%s → %s', (q, kind) => {
    expect(classifySearch(q)).toBe(kind);
  });
});

describe('patient codes', () => {
  it('prints facility, year and a zero-padded sequence', () => {
    expect(formatPatientCode('01001', 2026, 123)).toBe('01001-2026-000123');
  });

  it('reads codes in any case and with spaces around', () => {
    expect(parsePatientCode(' 79a24-2025-000001 ')).toEqual({
      ok: true,
      value: { code: '79A24-2025-000001', facilityCode: '79A24', year: 2025, seq: 1 },
    });
  });

  it.each(['01001-2026-000000', '01001-26-000123', '0100-2026-000123', '01001-2026-1234567', 'x'])(
    'refuses %s',
    (code) => {
      const parsed = parsePatientCode(code);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.key).toBe('patients.code.invalid');
    },
  );

  it('refuses to print codes the registry never makes', () => {
    expect(() => formatPatientCode('0100', 2026, 1)).toThrow(RangeError);
    expect(() => formatPatientCode('01001', 26, 1)).toThrow(RangeError);
    expect(() => formatPatientCode('01001', 2026, 0)).toThrow(RangeError);
    expect(() => formatPatientCode('01001', 2026, 1_000_000)).toThrow(RangeError);
  });

  it('parse ∘ format is the identity', () => {
    const facility = fc.stringMatching(/^[0-9A-Z]{5}$/);
    fc.assert(
      fc.property(
        facility,
        fc.integer({ min: 2000, max: 2999 }),
        fc.integer({ min: 1, max: 999_999 }),
        (facilityCode, year, seq) => {
          const code = formatPatientCode(facilityCode, year, seq);
          expect(parsePatientCode(code)).toEqual({
            ok: true,
            value: { code, facilityCode, year, seq },
          });
          expect(classifySearch(code)).toBe('patientCode');
        },
      ),
    );
  });
});
