// Just enough XML for the claims files: elements, text, the standard entities, and attributes
// on a root (the envelope's namespace declarations), which the reader skips. Tram writes these
// files itself, so the reader only has to understand that subset.

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** XML 1.0 forbids most C0 controls and U+FFFE/U+FFFF; they are dropped, not written. */
function isAllowed(code: number): boolean {
  return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code < 0xfffe;
}

const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
};

/** True when some character must be escaped or dropped; most values have none. */
function needsEscaping(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code >= 0xfffe || REFERENCES[text.charAt(i)] !== undefined) return true;
  }
  return false;
}

/**
 * Escapes text content. Line breaks become references so a reader's newline folding keeps CR,
 * and so indentation added around elements can never leak into a value.
 */
export function escapeXml(text: string): string {
  if (!needsEscaping(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (isAllowed(text.charCodeAt(i))) out += REFERENCES[char] ?? char;
  }
  return out;
}

/** `<NAME>text</NAME>`; empty text still gives both tags, which every reader accepts. */
export function leaf(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/**
 * `<NAME>`, children indented one level, `</NAME>`, as lines (values hold no raw newlines). A
 * child is a leaf's one line or an element's lines; lines are joined once, by the document, so
 * a month's file is not copied again at every level of nesting.
 */
export function branch(
  name: string,
  children: ReadonlyArray<string | readonly string[]>,
  attributes = '',
): string[] {
  const lines = [`<${name}${attributes ? ` ${attributes}` : ''}>`];
  for (const child of children) {
    if (typeof child === 'string') lines.push(`  ${child}`);
    else for (const line of child) lines.push(`  ${line}`);
  }
  lines.push(`</${name}>`);
  return lines;
}

export interface XmlElement {
  name: string;
  children: XmlElement[];
  /** Concatenated character data (entities decoded); whitespace between elements is kept. */
  text: string;
}

export type XmlParseOutcome = { ok: true; root: XmlElement } | { ok: false; detail: string };

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function decodeText(raw: string): string | null {
  let failed = false;
  // Literal line breaks fold to LF first (XML 1.0 §2.11); &#13; then survives as a CR.
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) {
        failed = true;
        return whole;
      }
      if (ref.startsWith('#')) {
        const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (cp > 0x10ffff) failed = true;
        return failed ? whole : String.fromCodePoint(cp);
      }
      const named = ENTITIES[ref];
      if (named === undefined) failed = true;
      return named ?? whole;
    });
  return failed ? null : text;
}

const TAG =
  /<(\/?)([A-Za-z_][\w.-]*)(?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/y;

/** Skips whitespace, the declaration and comments outside the root; -1 if one is unclosed. */
function skipMisc(xml: string, from: number): number {
  let at = from;
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at] ?? '')) at++;
    const close = xml.startsWith('<?', at) ? '?>' : xml.startsWith('<!--', at) ? '-->' : null;
    if (!close) return at;
    const end = xml.indexOf(close, at);
    if (end < 0) return -1;
    at = end + close.length;
  }
}

/** Parses one document (optional BOM, declaration, comments); attributes skipped, no CDATA. */
export function parseXml(xml: string): XmlParseOutcome {
  const fail = (detail: string): XmlParseOutcome => ({ ok: false, detail });
  let at = skipMisc(xml, xml.startsWith('\uFEFF') ? 1 : 0);
  if (at < 0) return fail('unclosed declaration or comment');
  TAG.lastIndex = at;
  const first = TAG.exec(xml);
  if (!first || first[1]) return fail('no root element');
  const root: XmlElement = { name: first[2] ?? '', children: [], text: '' };
  at = TAG.lastIndex;
  const stack: XmlElement[] = first[3] ? [] : [root];
  for (let top = stack.at(-1); top; top = stack.at(-1)) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) return fail(`<${top.name}> is not closed`);
    const text = decodeText(xml.slice(at, lt));
    if (text === null) return fail(`bad character data in <${top.name}>`);
    top.text += text;
    at = lt;
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at);
      if (end < 0) return fail('unclosed comment');
      at = end + 3;
      continue;
    }
    TAG.lastIndex = at;
    const m = TAG.exec(xml);
    if (!m) return fail(`unexpected markup at ${at}`);
    at = TAG.lastIndex;
    const [, closing, name = '', selfClosing] = m;
    if (closing) {
      if (selfClosing || name !== top.name) return fail(`</${name}> does not close <${top.name}>`);
      stack.pop();
    } else {
      const element: XmlElement = { name, children: [], text: '' };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  at = skipMisc(xml, at);
  if (at !== xml.length) return fail('content after the root element');
  return { ok: true, root };
}
