import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64Decode,
  base64Encode,
  textFromBase64,
  utf8Decode,
  utf8Encode,
} from '../../shared/domain/claims/encoding';
import { escapeXml, leaf, parseXml } from '../../shared/domain/claims/xml';

describe('UTF-8 and base64 (checked against Node Buffer)', () => {
  it('encodes Vietnamese text like Buffer does', () => {
    const text = 'Nguyễn Thị Hồng Nhung – Trạm Y tế Đông Hòa 🏥';
    expect(Buffer.from(utf8Encode(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(base64Encode(utf8Encode(text))).toBe(Buffer.from(text, 'utf8').toString('base64'));
  });

  it('round-trips any string and any bytes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = utf8Encode(text);
        expect(Buffer.from(bytes).toString('utf8')).toBe(text);
        expect(utf8Decode(bytes)).toBe(text);
        expect(textFromBase64(base64Encode(bytes))).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const encoded = base64Encode(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64Decode(encoded)).toEqual(bytes);
      }),
    );
  });

  it('encodes any UTF-16 text like Buffer, lone surrogates as U+FFFD (property)', () => {
    const units = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    });
    fc.assert(
      fc.property(units, (text) => {
        expect(Buffer.from(utf8Encode(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
    );
    expect([...utf8Encode('a\ud800b')]).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
  });

  it('rejects malformed input instead of guessing', () => {
    expect(base64Decode('abc')).toBeNull();
    expect(base64Decode('ab=c')).toBeNull();
    expect(base64Decode('@@@@')).toBeNull();
    expect(utf8Decode(Uint8Array.from([0xc3]))).toBeNull();
    expect(utf8Decode(Uint8Array.from([0xc0, 0x80]))).toBeNull();
    expect(utf8Decode(Uint8Array.from([0xed, 0xa0, 0x80]))).toBeNull();
    expect(utf8Decode(Uint8Array.from([0x80]))).toBeNull();
  });
});

describe('XML text', () => {
  it('escapes markup characters and line breaks, and drops forbidden controls', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('x\r\ny\u0001')).toBe('x&#13;&#10;y');
    expect(leaf('HO_TEN', '')).toBe('<HO_TEN></HO_TEN>');
  });

  it('escapes exactly as the character-by-character rule says (property)', () => {
    const reference = (text: string): string =>
      Array.from(text)
        .filter((c) => {
          const cp = c.codePointAt(0) ?? 0;
          return (cp >= 0x20 || [9, 10, 13].includes(cp)) && cp !== 0xfffe && cp !== 0xffff;
        })
        .map(
          (c) =>
            ({
              '&': '&amp;',
              '<': '&lt;',
              '>': '&gt;',
              '"': '&quot;',
              "'": '&apos;',
              '\r': '&#13;',
              '\n': '&#10;',
            })[c] ?? c,
        )
        .join('');
    const units = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          '&',
          '<',
          '>',
          '"',
          "'",
          '\r',
          '\n',
          '\t',
          '\u0001',
          '\u001f',
          '\ufffe',
          '\uffff',
        ),
        fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      ),
    });
    fc.assert(
      fc.property(units, (text) => {
        expect(escapeXml(text)).toBe(reference(text));
      }),
    );
  });

  it('parses what it writes back to the same text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const parsed = parseXml(
          `<?xml version="1.0" encoding="utf-8"?>\n<A>\n  ${leaf('B', text)}\n</A>\n`,
        );
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const expected = Array.from(text)
          .filter((c) => {
            const cp = c.codePointAt(0) ?? 0;
            return (cp >= 0x20 || [9, 10, 13].includes(cp)) && cp !== 0xfffe && cp !== 0xffff;
          })
          .join('');
        expect(parsed.root.children[0]?.text).toBe(expected);
      }),
    );
  });

  it('reads self-closing elements, comments and numeric references', () => {
    const parsed = parseXml('\uFEFF<!-- c --><A><B/><C>&#x1EA1;&#7841;</C><!-- d --></A>');
    expect(parsed.ok && parsed.root.children.map((c) => [c.name, c.text])).toEqual([
      ['B', ''],
      ['C', 'ạạ'],
    ]);
  });

  it('skips attributes, as the envelope’s namespace declarations', () => {
    const parsed = parseXml('<A xmlns:xsi="http://x" b=\'2\'><B c="&gt;"/></A>');
    expect(parsed.ok && [parsed.root.name, parsed.root.children.map((c) => c.name)]).toEqual([
      'A',
      ['B'],
    ]);
  });

  it.each([
    ['<A><B></A></B>', '</A> does not close <B>'],
    ['<A>', '<A> is not closed'],
    ['<A>x & y</A>', 'bad character data in <A>'],
    ['<A></A><B></B>', 'content after the root element'],
    ['<A x=1></A>', 'no root element'],
    ['', 'no root element'],
  ])('rejects %s', (xml, detail) => {
    expect(parseXml(xml)).toEqual({ ok: false, detail });
  });
});
