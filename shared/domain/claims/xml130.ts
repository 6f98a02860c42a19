import type { LocalizedText } from '../../api/result';
import { isValidIsoDate } from '../dates';
import { base64FromText, textFromBase64 } from './encoding';
import { XML_DECLARATION, branch, leaf, parseXml, type XmlElement } from './xml';
import {
  XML0_FIELDS,
  XML14_FIELDS,
  XML1_FIELDS,
  XML2_FIELDS,
  XML3_FIELDS,
  XML4_FIELDS,
  type ClaimRecord,
  type Xml0CheckIn,
  type Xml14Revisit,
  type Xml1Summary,
  type Xml2Drug,
  type Xml3Service,
  type Xml4Result,
  type XmlValue,
} from './xml130-fields';

/** The namespace declarations CV 1245/BHXH-CNTT's template puts on GIAMDINHHS. */
export const ENVELOPE_NAMESPACES =
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"';

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

export function renderXml4(results: readonly Xml4Result[]): string {
  const items = results.map((r) => branch('CHI_TIET_CLS', fields(XML4_FIELDS, r)));
  return document(
    branch('CHITIEU_CHITIET_DICHVUCANLAMSANG', [branch('DSACH_CHI_TIET_CLS', items)]),
  );
}

export function renderXml14(revisit: Xml14Revisit): string {
  return document(branch('CHI_TIEU_GIAYHEN_KHAMLAI', fields(XML14_FIELDS, revisit)));
}

/**
 * The check-in document (XML0) as CV 1245 §2.4 lays it out: a list of TRANG_THAI_KCB and the
 * facility's signature (empty until signing is configured). The gateway takes it base64 in
 * fileHSBase64 of checkInKcbQd4750.
 */
export function renderXml0(checkIns: readonly Xml0CheckIn[]): string {
  const items = checkIns.map((c) => branch('TRANG_THAI_KCB', fields(XML0_FIELDS, c)));
  return document(
    branch('CHI_TIEU_TRANG_THAI_KCB', [
      branch('DSACH_TRANG_THAI_KCB', items),
      leaf('CHUKYDONVI', ''),
    ]),
  );
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
  if (record.xml4.length > 0) docs.push(['XML4', renderXml4(record.xml4)]);
  if (record.xml14) docs.push(['XML14', renderXml14(record.xml14)]);
  return docs;
}

/** Stands for the HOSO list while the envelope is laid out, so records can be streamed in. */
const RECORDS_MARK = '\u0000records\u0000';

/**
 * The GIAMDINHHS envelope of CV 1245 §3.4 (namespaces, CHUKYDONVI last) in pieces: the head, one piece per visit (its HOSO), the tail. A
 * month's file is thousands of visits: a writer streams the pieces instead of one string.
 * Each table is its own UTF-8 document, base64 in NOIDUNGFILE.
 */
export function* giamDinhHsChunks(input: GiamDinhHsInput): Generator<string> {
  if (!isValidIsoDate(input.createdOn)) throw new RangeError(`bad NGAYLAP: ${input.createdOn}`);
  const encode = input.encode ?? base64FromText;
  const lines = document(
    branch(
      'GIAMDINHHS',
      [
        branch('THONGTINDONVI', [leaf('MACSKCB', input.facilityCode)]),
        branch('THONGTINHOSO', [
          leaf('NGAYLAP', input.createdOn.replace(/-/g, '')),
          leaf('SOLUONGHOSO', String(input.records.length)),
          branch('DANHSACHHOSO', [RECORDS_MARK]),
        ]),
        leaf('CHUKYDONVI', ''),
      ],
      ENVELOPE_NAMESPACES,
    ),
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

/**
 * XML1 and XML14 hold one row of leaves; the others one DSACH_… list of row elements (XML0 also
 * its CHUKYDONVI beside the list).
 */
export function rowsOf(root: XmlElement): ParsedRow[] {
  const leaves = (e: XmlElement): ParsedRow =>
    e.children.map((c): [string, string] => [c.name, c.text]);
  const list = root.children.find((c) => c.name.startsWith('DSACH'));
  if (list) return list.children.map(leaves);
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
