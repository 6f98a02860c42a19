// Field names and order of the QĐ 130/QĐ-BYT tables as amended by QĐ 4750 (2023) and
// QĐ 3176 (2024), taken from the specs in xml130-spec.ts (order, type, size, mandatory mark).
// The order is part of the format: documents are written in exactly this order.

import {
  XML0_FIELDS,
  XML14_FIELDS,
  XML1_FIELDS,
  XML2_FIELDS,
  XML3_FIELDS,
  XML4_FIELDS,
} from './xml130-spec';

export { XML0_FIELDS, XML14_FIELDS, XML1_FIELDS, XML2_FIELDS, XML3_FIELDS, XML4_FIELDS };

export const XML1_MONEY = [
  'T_THUOC',
  'T_VTYT',
  'T_TONGCHI_BV',
  'T_TONGCHI_BH',
  'T_BNTT',
  'T_BNCCT',
  'T_BHTT',
  'T_NGUONKHAC',
  'T_BHTT_GDV',
] as const satisfies readonly Xml1Field[];

/** Money columns shared by the line tables (XML2 and XML3). */
export const LINE_MONEY = [
  'THANH_TIEN_BV',
  'THANH_TIEN_BH',
  'T_NGUONKHAC_NSNN',
  'T_NGUONKHAC_VTNN',
  'T_NGUONKHAC_VTTN',
  'T_NGUONKHAC_CL',
  'T_NGUONKHAC',
  'T_BNTT',
  'T_BNCCT',
  'T_BHTT',
] as const satisfies readonly (Xml2Field & Xml3Field)[];

export type Xml1Field = (typeof XML1_FIELDS)[number];
export type Xml2Field = (typeof XML2_FIELDS)[number];
export type Xml3Field = (typeof XML3_FIELDS)[number];
export type Xml14Field = (typeof XML14_FIELDS)[number];
export type Xml0Field = (typeof XML0_FIELDS)[number];
export type Xml4Field = (typeof XML4_FIELDS)[number];
export type Xml1Money = (typeof XML1_MONEY)[number];
type LineMoney = (typeof LINE_MONEY)[number];

/** A cell: text, or a number written without grouping (integers, or up to 3 decimals). */
export type XmlValue = string | number;

export type Xml1Summary = Record<Exclude<Xml1Field, Xml1Money>, XmlValue> &
  Record<Xml1Money, number>;
export type Xml2Drug = Record<Exclude<Xml2Field, LineMoney>, XmlValue> & Record<LineMoney, number>;
export type Xml3Service = Record<Exclude<Xml3Field, LineMoney>, XmlValue> &
  Record<LineMoney, number>;
export type Xml14Revisit = Record<Xml14Field, XmlValue>;
export type Xml0CheckIn = Record<Xml0Field, XmlValue>;
export type Xml4Result = Record<Xml4Field, XmlValue>;

/**
 * One visit (HOSO): the summary, its lines, the paraclinical results, and the re-visit slip
 * when one was issued.
 */
export interface ClaimRecord {
  xml1: Xml1Summary;
  xml2: readonly Xml2Drug[];
  xml3: readonly Xml3Service[];
  xml4: readonly Xml4Result[];
  xml14?: Xml14Revisit;
}
