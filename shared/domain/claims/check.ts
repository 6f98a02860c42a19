import type { LocalizedText } from '../../api/result';
import type { ClaimRecord, Xml1Money, XmlValue } from './xml130-fields';

interface Line {
  MA_LK: XmlValue;
  STT: XmlValue;
  MA_PTTT: XmlValue;
  THANH_TIEN_BV: number;
  THANH_TIEN_BH: number;
  T_BHTT: number;
  T_BNCCT: number;
  T_BNTT: number;
  T_NGUONKHAC: number;
}

const sum = <T>(rows: readonly T[], pick: (row: T) => number): number =>
  rows.reduce((total, row) => total + pick(row), 0);

function lineProblems(table: string, lines: readonly Line[], link: XmlValue): LocalizedText[] {
  const problems: LocalizedText[] = [];
  lines.forEach((line, index) => {
    const stt = String(line.STT);
    if (String(line.MA_LK) !== String(link)) {
      problems.push({ key: 'claims.check.link', params: { table, stt } });
    }
    const parts = line.T_BHTT + line.T_BNCCT + line.T_BNTT + line.T_NGUONKHAC;
    if (parts !== line.THANH_TIEN_BV) {
      problems.push({
        key: 'claims.check.lineParts',
        params: { table, stt, expected: line.THANH_TIEN_BV, actual: parts },
      });
    }
    if (stt !== String(index + 1) && !problems.some((p) => p.key === 'claims.check.sequence')) {
      problems.push({ key: 'claims.check.sequence', params: { table } });
    }
  });
  return problems;
}

/**
 * The consistency rules of QĐ 130 for one visit: XML1's totals are the sums of the XML2/XML3
 * lines, and each line (and the visit) splits exactly into fund, co-pay, self-pay, other.
 */
export function checkClaimTotals(record: ClaimRecord): LocalizedText[] {
  const { xml1, xml2, xml3 } = record;
  const lines: readonly Line[] = [...xml2, ...xml3];
  const problems = [
    ...lineProblems('XML2', xml2, xml1.MA_LK),
    ...lineProblems('XML3', xml3, xml1.MA_LK),
  ];
  if (record.xml14 && String(record.xml14.MA_LK) !== String(xml1.MA_LK)) {
    problems.push({ key: 'claims.check.link', params: { table: 'XML14', stt: 1 } });
  }
  const expected: ReadonlyArray<[Xml1Money, number]> = [
    ['T_THUOC', sum(xml2, (l) => l.THANH_TIEN_BV)],
    ['T_VTYT', sum(xml3, (l) => (String(l.MA_VAT_TU) === '' ? 0 : l.THANH_TIEN_BV))],
    ['T_TONGCHI_BV', sum(lines, (l) => l.THANH_TIEN_BV)],
    ['T_TONGCHI_BH', sum(lines, (l) => l.THANH_TIEN_BH)],
    ['T_BNTT', sum(lines, (l) => l.T_BNTT)],
    ['T_BNCCT', sum(lines, (l) => l.T_BNCCT)],
    ['T_BHTT', sum(lines, (l) => l.T_BHTT)],
    ['T_NGUONKHAC', sum(lines, (l) => l.T_NGUONKHAC)],
    // Fund share of fee-for-service lines (MA_PTTT 1), per the T_BHTT_GDV definition.
    ['T_BHTT_GDV', sum(lines, (l) => (String(l.MA_PTTT) === '1' ? l.T_BHTT : 0))],
  ];
  for (const [field, value] of expected) {
    const actual = xml1[field];
    if (actual !== value) {
      problems.push({ key: 'claims.check.total', params: { field, expected: value, actual } });
    }
  }
  const parts = xml1.T_BHTT + xml1.T_BNCCT + xml1.T_BNTT + xml1.T_NGUONKHAC;
  if (parts !== xml1.T_TONGCHI_BV) {
    problems.push({
      key: 'claims.check.visitParts',
      params: { expected: xml1.T_TONGCHI_BV, actual: parts },
    });
  }
  return problems;
}
