import type { LocalizedText } from '../../api/result';
import { isValidIsoDate } from '../dates';
import { base64FromText, textFromBase64 } from './encoding';
import { XML_DECLARATION, branch, leaf, parseXml, type XmlElement } from './xml';
import {
  XML14_FIELDS,
  XML1_FIELDS,
  XML2_FIELDS,
  XML3_FIELDS,
  type ClaimRecord,
  type Xml14Revisit,
  type Xml1Summary,
  type Xml2Drug,
  type Xml3Service,
  type XmlValue,
} from './xml130-fields';

/** Numbers as the gateway reads them: no grouping, "." for decimals, at most 3 decimals. */
export function formatXmlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a number for XML: ${value}`);
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(3).replace(/0+$/, '');
}

function cell(value: XmlValue): string {
  return typeof value === 'number' ? formatXmlNumber(value) : value;
}

function fields<K extends string>(
  order: readonly K[],
  row: Readonly<Record<K, XmlValue>>,
): string[] {
  return order.map((name) => leaf(name, cell(row[name])));
}

function document(body: readonly string[]): string {
  return `${XML_DECLARATION}\n${body.join('\n')}\n`;
}

export function renderXml1(summary: Xml1Summary): string {
  return document(branch('TONG_HOP', fields(XML1_FIELDS, summary)));
}

export function renderXml2(drugs: readonly Xml2Drug[]): string {
  const items = drugs.map((d) => branch('CHI_TIET_THUOC', fields(XML2_FIELDS, d)));
  return document(branch('CHITIEU_CHITIET_THUOC', [branch('DSACH_CHI_TIET_THUOC', items)]));
}

export function renderXml3(services: readonly Xml3Service[]): string {
  const items = services.map((s) => branch('CHI_TIET_DVKT', fields(XML3_FIELDS, s)));
  return document(branch('CHITIEU_CHITIET_DVKT_VTYT', [branch('DSACH_CHI_TIET_DVKT', items)]));
}

export function renderXml14(revisit: Xml14Revisit): string {
  return document(branch('CHI_TIEU_GIAYHEN_KHAMLAI', fields(XML14_FIELDS, revisit)));
}

export interface GiamDinhHsInput {
  /** MA_CSKCB of the sending facility. */
  facilityCode: string;
  /** Local date YYYY-MM-DD the batch is made (NGAYLAP). */
  createdOn: string;
  records: readonly ClaimRecord[];
  /** Base64 of a document's UTF-8; the backend passes Node's native encoder for speed. */
  encode?: (text: string) => string;
}

/** The documents of one visit, each as [LOAIHOSO, XML text]; empty line tables are left out. */
export function claimDocuments(record: ClaimRecord): Array<[string, string]> {
  const docs: Array<[string, string]> = [['XML1', renderXml1(record.xml1)]];
  if (record.xml2.length > 0) docs.push(['XML2', renderXml2(record.xml2)]);
  if (record.xml3.length > 0) docs.push(['XML3', renderXml3(record.xml3)]);
  if (record.xml14) docs.push(['XML14', renderXml14(record.xml14)]);
  return docs;
}

/** Stands for the HOSO list while the envelope is laid out, so records can be streamed in. */
const RECORDS_MARK = '\u0000records\u0000';

/**
 * The GIAMDINHHS envelope in pieces: the head, one piece per visit (its HOSO), the tail. A
 * month's file is thousands of visits: a writer streams the pieces instead of one string.
 * Each table is its own UTF-8 document, base64 in NOIDUNGFILE.
 */
export function* giamDinhHsChunks(input: GiamDinhHsInput): Generator<string> {
  if (!isValidIsoDate(input.createdOn)) throw new RangeError(`bad NGAYLAP: ${input.createdOn}`);
  const encode = input.encode ?? base64FromText;
  const lines = document(
    branch('GIAMDINHHS', [
      branch('THONGTINDONVI', [leaf('MACSKCB', input.facilityCode)]),
      branch('THONGTINHOSO', [
        leaf('NGAYLAP', input.createdOn.replace(/-/g, '')),
        leaf('SOLUONGHOSO', String(input.records.length)),
        branch('DANHSACHHOSO', [RECORDS_MARK]),
      ]),
      leaf('CHUKYDONVI', ''),
    ]),
  );
  const at = lines.indexOf(RECORDS_MARK);
  const indent = lines.slice(lines.lastIndexOf('\n', at) + 1, at);
  yield lines.slice(0, at - indent.length);
  for (const record of input.records) {
    const hoso = branch(
      'HOSO',
      claimDocuments(record).map(([type, xml]) =>
        branch('FILEHOSO', [leaf('LOAIHOSO', type), leaf('NOIDUNGFILE', encode(xml))]),
      ),
    );
    yield `${indent}${hoso.join(`\n${indent}`)}\n`;
  }
  yield lines.slice(at + RECORDS_MARK.length + 1);
}

/** The whole GIAMDINHHS file as one string (small periods and tests). */
export function buildGiamDinhHs(input: GiamDinhHsInput): string {
  let xml = '';
  for (const chunk of giamDinhHsChunks(input)) xml += chunk;
  return xml;
}

/** One table row as ordered [field, text] pairs, so tests can check names and order. */
export type ParsedRow = Array<[string, string]>;

export interface ParsedFile {
  type: string;
  /** The decoded document. */
  xml: string;
  root: string;
  rows: ParsedRow[];
}

export interface ParsedGiamDinhHs {
  facilityCode: string;
  createdOn: string;
  count: number;
  records: ParsedFile[][];
}

export type ParseGiamDinhHsOutcome =
  { ok: true; value: ParsedGiamDinhHs } | { ok: false; problem: LocalizedText };

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** XML1 and XML14 hold one row of leaves; XML2 and XML3 one DSACH_… list of row elements. */
function rowsOf(root: XmlElement): ParsedRow[] {
  const leaves = (e: XmlElement): ParsedRow =>
    e.children.map((c): [string, string] => [c.name, c.text]);
  const [list, ...others] = root.children;
  if (list && others.length === 0 && list.name.startsWith('DSACH'))
    return list.children.map(leaves);
  return [leaves(root)];
}

/** Reads an envelope written by buildGiamDinhHs back, decoding every NOIDUNGFILE. */
export function parseGiamDinhHs(xml: string): ParseGiamDinhHsOutcome {
  const fail = (detail: string): ParseGiamDinhHsOutcome => ({
    ok: false,
    problem: { key: 'claims.parse.malformed', params: { detail } },
  });
  const envelope = parseXml(xml);
  if (!envelope.ok) return fail(envelope.detail);
  const root = envelope.root;
  if (root.name !== 'GIAMDINHHS') return fail(`root is <${root.name}>`);
  const info = child(root, 'THONGTINHOSO');
  const list = child(info, 'DANHSACHHOSO');
  if (!info || !list) return fail('THONGTINHOSO/DANHSACHHOSO missing');
  const records: ParsedFile[][] = [];
  for (const hoso of list.children) {
    const files: ParsedFile[] = [];
    for (const file of hoso.children) {
      const type = child(file, 'LOAIHOSO')?.text ?? '';
      const content = textFromBase64(child(file, 'NOIDUNGFILE')?.text ?? '');
      if (content === null) return fail(`${type}: NOIDUNGFILE is not base64 of UTF-8`);
      const doc = parseXml(content);
      if (!doc.ok) return fail(`${type}: ${doc.detail}`);
      files.push({ type, xml: content, root: doc.root.name, rows: rowsOf(doc.root) });
    }
    records.push(files);
  }
  return {
    ok: true,
    value: {
      facilityCode: child(child(root, 'THONGTINDONVI'), 'MACSKCB')?.text ?? '',
      createdOn: child(info, 'NGAYLAP')?.text ?? '',
      count: Number(child(info, 'SOLUONGHOSO')?.text ?? NaN),
      records,
    },
  };
}
