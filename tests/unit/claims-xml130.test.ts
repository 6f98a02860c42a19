import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaimTotals } from '../../shared/domain/claims/check';
import { textFromBase64 } from '../../shared/domain/claims/encoding';
import {
  claimFromInvoice,
  type ClaimInput,
  type ClaimLineDetail,
} from '../../shared/domain/claims/from-invoice';
import { parseXml } from '../../shared/domain/claims/xml';
import {
  buildGiamDinhHs,
  formatXmlNumber,
  parseGiamDinhHs,
  renderXml1,
  type ParsedGiamDinhHs,
} from '../../shared/domain/claims/xml130';
import {
  XML14_FIELDS,
  XML1_FIELDS,
  XML2_FIELDS,
  XML3_FIELDS,
  type ClaimRecord,
} from '../../shared/domain/claims/xml130-fields';
import {
  DEFAULT_COVERAGE_RULES,
  computeCoverage,
  type CoverageLine,
} from '../../shared/domain/coverage';

const LINES: CoverageLine[] = [
  {
    kind: 'service',
    refId: 1,
    name: 'Khám',
    quantity: 1,
    unitPrice: 38_700,
    insuredUnitPrice: 38_700,
    coverageRatio: 100,
    scope: 1,
  },
  {
    kind: 'drug',
    refId: 2,
    name: 'Amlodipin',
    quantity: 30,
    unitPrice: 1_250,
    insuredUnitPrice: 1_250,
    coverageRatio: 100,
    scope: 1,
  },
  {
    kind: 'drug',
    refId: 3,
    name: 'Vitamin',
    quantity: 10,
    unitPrice: 2_000,
    insuredUnitPrice: 2_000,
    coverageRatio: 100,
    scope: 2,
  },
  {
    kind: 'supply',
    refId: 4,
    name: 'Bông',
    quantity: 2,
    unitPrice: 6_000,
    insuredUnitPrice: 5_000,
    coverageRatio: 100,
    scope: 1,
  },
];

function detail(line: CoverageLine): ClaimLineDetail {
  return {
    kind: line.kind,
    refId: line.refId,
    code: `${line.kind.toUpperCase()}-${line.refId}`,
    groupCode: line.kind === 'drug' ? '4' : line.kind === 'supply' ? '10' : '13',
    name: line.name,
    unit: line.kind === 'service' ? 'Lần' : 'Viên',
    orderedAt: '2025-06-15T01:40:00Z',
    strength: '5mg',
    routeCode: '1.01',
  };
}

function claimInput(
  lines: readonly CoverageLine[] = LINES,
  overrides: Partial<ClaimInput> = {},
): ClaimInput {
  const card = {
    code: 'DN4010120878811',
    validFrom: '2025-01-01',
    validTo: '2025-12-31',
    registeredFacility: '01001',
  };
  const coverage = computeCoverage(
    {
      visitKind: 'bhyt',
      visitDate: '2025-06-15',
      card,
      facility: { code: '01001', offRoute: { kind: 'full' }, primaryCareFull: false },
      lines,
    },
    DEFAULT_COVERAGE_RULES,
  );
  if (!coverage.ok) throw new Error(JSON.stringify(coverage.problems));
  return {
    facilityCode: '01001',
    patient: {
      code: 'BN0001',
      fullName: 'Nguyễn Văn "Tèo" <An> & Co',
      citizenId: '001090123456',
      birthDate: '1985-03-07',
      sex: 'male',
      address: 'Thôn 1, xã Đông Hòa',
      phone: '0912345678',
      ethnicityCode: '01',
    },
    card,
    diagnosis: {
      primary: { code: 'I10', name: 'Tăng huyết áp vô căn' },
      secondary: [
        { code: 'E11', name: 'Đái tháo đường typ 2' },
        { code: 'K29.7', name: 'Viêm dạ dày' },
      ],
    },
    visit: {
      code: 'LK-2025-0001',
      startedAt: '2025-06-15T01:30:00Z',
      endedAt: '2025-06-15T02:05:00Z',
      paidAt: '2025-06-15T02:10:00Z',
      reason: 'Đau đầu',
      visitObjectCode: '1.1',
      departmentCode: 'K01',
      doctorCode: '001234/HNO-CCHN',
      headCode: '0101234567',
      resultCode: 2,
      advice: "Uống thuốc đều\r\nTái khám sau 30 ngày 'đúng hẹn'",
      weightKg: 62.5,
      reExam: { date: '2025-07-15', time: '07:30', slipNumber: 'GH-0001' },
    },
    coverage: coverage.value,
    details: lines.map(detail),
    ...overrides,
  };
}

function record(input: ClaimInput = claimInput()): ClaimRecord {
  const outcome = claimFromInvoice(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

function parsed(records: ClaimRecord[]): ParsedGiamDinhHs {
  const outcome = parseGiamDinhHs(
    buildGiamDinhHs({ facilityCode: '01001', createdOn: '2025-06-30', records }),
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.value;
}

describe('XML 130 documents', () => {
  const claim = record();
  const envelope = parsed([claim]);
  const files = envelope.records[0] ?? [];
  const file = (type: string) => {
    const f = files.find((x) => x.type === type);
    if (!f) throw new Error(`no ${type}`);
    return f;
  };
  const value = (type: string, field: string, row = 0) =>
    file(type).rows[row]?.find(([name]) => name === field)?.[1];

  it('wraps one FILEHOSO per table in the GIAMDINHHS envelope', () => {
    expect(envelope.facilityCode).toBe('01001');
    expect(envelope.createdOn).toBe('20250630');
    expect(envelope.count).toBe(1);
    expect(files.map((f) => [f.type, f.root])).toEqual([
      ['XML1', 'TONG_HOP'],
      ['XML2', 'CHITIEU_CHITIET_THUOC'],
      ['XML3', 'CHITIEU_CHITIET_DVKT_VTYT'],
      ['XML14', 'CHI_TIEU_GIAYHEN_KHAMLAI'],
    ]);
    const xml = buildGiamDinhHs({
      facilityCode: '01001',
      createdOn: '2025-06-30',
      records: [claim],
    });
    const root = parseXml(xml);
    expect(root.ok && root.root.children.map((c) => c.name)).toEqual([
      'THONGTINDONVI',
      'THONGTINHOSO',
      'CHUKYDONVI',
    ]);
    expect(xml).toContain('<CHUKYDONVI></CHUKYDONVI>');
    // The backend hands in Node's encoder; the file must not change.
    const native = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    expect(
      buildGiamDinhHs({
        facilityCode: '01001',
        createdOn: '2025-06-30',
        records: [claim],
        encode: native,
      }),
    ).toBe(xml);
    expect(xml.split('\n').slice(0, 6)).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      // CV 1245/BHXH-CNTT's template declares the two XML Schema namespaces on the root.
      '<GIAMDINHHS xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
      '  <THONGTINDONVI>',
      '    <MACSKCB>01001</MACSKCB>',
      '  </THONGTINDONVI>',
      '  <THONGTINHOSO>',
    ]);
  });

  it('writes every field in the order of the decision, one row per line', () => {
    expect(file('XML1').rows.map((r) => r.map(([n]) => n))).toEqual([[...XML1_FIELDS]]);
    expect(file('XML2').rows.map((r) => r.map(([n]) => n))).toEqual([
      [...XML2_FIELDS],
      [...XML2_FIELDS],
    ]);
    expect(file('XML3').rows.map((r) => r.map(([n]) => n))).toEqual([
      [...XML3_FIELDS],
      [...XML3_FIELDS],
    ]);
    expect(file('XML14').rows.map((r) => r.map(([n]) => n))).toEqual([[...XML14_FIELDS]]);
    for (const [type, list, item] of [
      ['XML2', 'DSACH_CHI_TIET_THUOC', 'CHI_TIET_THUOC'],
      ['XML3', 'DSACH_CHI_TIET_DVKT', 'CHI_TIET_DVKT'],
    ] as const) {
      const doc = parseXml(file(type).xml);
      expect(
        doc.ok && doc.root.children.map((c) => [c.name, c.children.map((i) => i.name)]),
      ).toEqual([[list, [item, item]]]);
    }
  });

  it('makes each table its own UTF-8 document, base64 in NOIDUNGFILE', () => {
    for (const f of files)
      expect(f.xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect(file('XML1').xml).toBe(renderXml1(claim.xml1));
    const xml = buildGiamDinhHs({
      facilityCode: '01001',
      createdOn: '2025-06-30',
      records: [claim],
    });
    const first = /<NOIDUNGFILE>([^<]*)<\/NOIDUNGFILE>/.exec(xml)?.[1] ?? '';
    expect(Buffer.from(first, 'base64').toString('utf8')).toBe(renderXml1(claim.xml1));
    expect(textFromBase64(first)).toBe(renderXml1(claim.xml1));
  });

  it('escapes text and keeps it intact through the round trip', () => {
    expect(file('XML1').xml).toContain(
      '<HO_TEN>Nguyễn Văn &quot;Tèo&quot; &lt;An&gt; &amp; Co</HO_TEN>',
    );
    expect(value('XML1', 'HO_TEN')).toBe('Nguyễn Văn "Tèo" <An> & Co');
    expect(value('XML1', 'GHI_CHU')).toBe("Uống thuốc đều\r\nTái khám sau 30 ngày 'đúng hẹn'");
    expect(file('XML1').xml).toContain('<NHOM_MAU></NHOM_MAU>');
  });

  it('formats dates, codes and numbers as the gateway expects', () => {
    expect(value('XML1', 'NGAY_SINH')).toBe('198503070000');
    expect(value('XML1', 'GIOI_TINH')).toBe('1');
    expect(value('XML1', 'GT_THE_TU')).toBe('20250101');
    expect(value('XML1', 'GT_THE_DEN')).toBe('20251231');
    expect(value('XML1', 'NGAY_VAO')).toBe('202506150830');
    expect(value('XML1', 'NGAY_RA')).toBe('202506150905');
    expect(value('XML1', 'NGAY_TTOAN')).toBe('202506150910');
    expect(value('XML1', 'MA_LOAI_KCB')).toBe('01');
    expect(value('XML1', 'MA_BENH_CHINH')).toBe('I10');
    expect(value('XML1', 'MA_BENH_KT')).toBe('E11;K29.7');
    expect(value('XML1', 'NGAY_TAI_KHAM')).toBe('20250715');
    expect(value('XML1', 'CAN_NANG')).toBe('62.50');
    expect(value('XML1', 'NAM_QT')).toBe('2025');
    expect(value('XML1', 'THANG_QT')).toBe('6');
    expect(value('XML1', 'MA_NGHE_NGHIEP')).toBe('00000');
    expect(value('XML14', 'NGAY_HEN_KL')).toBe('202507150730');
    expect(value('XML14', 'SO_GIAYHEN_KL')).toBe('GH-0001');
    expect(value('XML14', 'NGAY_CT')).toBe('20250615');
    // Only the codes beyond the main disease (QĐ 4750 Bảng 3, MA_BENH).
    expect(value('XML3', 'MA_BENH')).toBe('E11;K29.7');
    expect(formatXmlNumber(0.5)).toBe('0.5');
    expect(formatXmlNumber(1.25)).toBe('1.25');
    expect(formatXmlNumber(351000)).toBe('351000');
  });

  it('writes year-only births with 0000 for day and month, and sex 2 for women', () => {
    const input = claimInput();
    const r = record({ ...input, patient: { ...input.patient, birthDate: '1950', sex: 'female' } });
    expect(r.xml1.NGAY_SINH).toBe('195000000000');
    expect(r.xml1.GIOI_TINH).toBe(2);
  });

  it('carries the money split of each line and XML1 totals that match it', () => {
    // In-scope cost 86,200 is below 351,000, so the fund pays in-scope items in full; drug 3 is
    // out of scope (self-paid) and the supply's 1,000 above its insured price is self-paid.
    expect(
      claim.xml2.map((d) => [d.THANH_TIEN_BV, d.THANH_TIEN_BH, d.T_BHTT, d.T_BNCCT, d.T_BNTT]),
    ).toEqual([
      [37_500, 37_500, 37_500, 0, 0],
      [20_000, 0, 0, 0, 20_000],
    ]);
    expect(claim.xml2[1]?.TYLE_TT_BH).toBe(0);
    expect(
      claim.xml3.map((d) => [d.THANH_TIEN_BV, d.THANH_TIEN_BH, d.T_BHTT, d.T_BNCCT, d.T_BNTT]),
    ).toEqual([
      [38_700, 38_700, 38_700, 0, 0],
      [12_000, 10_000, 10_000, 0, 2_000],
    ]);
    expect(claim.xml3[1]?.MA_VAT_TU).toBe('SUPPLY-4');
    expect(claim.xml3[1]?.MUC_HUONG).toBe(100);
    expect(claim.xml1.T_THUOC).toBe(57_500);
    expect(claim.xml1.T_VTYT).toBe(12_000);
    expect(claim.xml1.T_TONGCHI_BV).toBe(38_700 + 57_500 + 12_000);
    expect(checkClaimTotals(claim)).toEqual([]);
  });

  it('leaves out empty line tables and XML14 without a slip', () => {
    const input = claimInput([LINES[0] as CoverageLine]);
    const r = record({ ...input, visit: { ...input.visit, reExam: { date: '2025-07-15' } } });
    expect(parsed([r]).records[0]?.map((f) => f.type)).toEqual(['XML1', 'XML3']);
  });

  it('reports a broken envelope as a problem', () => {
    const bad = parseGiamDinhHs(
      '<GIAMDINHHS><THONGTINHOSO><DANHSACHHOSO><HOSO><FILEHOSO><LOAIHOSO>XML1</LOAIHOSO><NOIDUNGFILE>@@</NOIDUNGFILE></FILEHOSO></HOSO></DANHSACHHOSO></THONGTINHOSO></GIAMDINHHS>',
    );
    expect(bad).toEqual({
      ok: false,
      problem: {
        key: 'claims.parse.malformed',
        params: { detail: 'XML1: NOIDUNGFILE is not base64 of UTF-8' },
      },
    });
    expect(parseGiamDinhHs('<OTHER></OTHER>').ok).toBe(false);
  });
});

describe('checkClaimTotals', () => {
  const claim = record();

  it('flags totals that differ from the lines', () => {
    const broken = { ...claim, xml1: { ...claim.xml1, T_BHTT: claim.xml1.T_BHTT + 1 } };
    expect(checkClaimTotals(broken).map((p) => [p.key, p.params?.field])).toEqual([
      ['claims.check.total', 'T_BHTT'],
      ['claims.check.visitParts', undefined],
    ]);
  });

  it('flags a line whose parts do not add up, a wrong MA_LK and a broken STT', () => {
    const [first, second] = claim.xml3;
    if (!first || !second) throw new Error('fixture');
    const xml3 = [
      { ...first, T_BNTT: first.T_BNTT + 5, MA_LK: 'OTHER' },
      { ...second, STT: 5 },
    ];
    expect(checkClaimTotals({ ...claim, xml3 }).map((p) => p.key)).toEqual([
      'claims.check.link',
      'claims.check.lineParts',
      'claims.check.sequence',
      'claims.check.total',
    ]);
  });
});

describe('claimFromInvoice problems', () => {
  it('refuses visits the fund does not cover, missing details and split drug prices', () => {
    const input = claimInput();
    const uncovered = { ...input.coverage, status: 'cardExpired' as const };
    expect(claimFromInvoice({ ...input, coverage: uncovered })).toEqual({
      ok: false,
      problems: [{ key: 'claims.notInsured' }],
    });
    expect(claimFromInvoice({ ...input, details: input.details.slice(1) })).toEqual({
      ok: false,
      problems: [{ key: 'claims.missingDetail', params: { name: 'Khám' } }],
    });
    const split = claimInput([{ ...(LINES[1] as CoverageLine), insuredUnitPrice: 1_000 }]);
    expect(claimFromInvoice(split)).toEqual({
      ok: false,
      problems: [
        {
          key: 'claims.drugPriceSplit',
          params: { name: 'Amlodipin', code: 'DRUG-2', patient: 'Nguyễn Văn "Tèo" <An> & Co' },
        },
      ],
    });
  });
});

describe('random claims (property)', () => {
  const lineArb = fc.record({
    kind: fc.constantFrom('service' as const, 'drug' as const, 'supply' as const),
    name: fc.string({ unit: 'grapheme', maxLength: 20 }),
    quantity: fc.integer({ min: 1, max: 50 }),
    unitPrice: fc.integer({ min: 0, max: 2_000_000 }),
    insuredDiscount: fc.integer({ min: 0, max: 200_000 }),
    coverageRatio: fc.constantFrom(0, 30, 50, 100),
    scope: fc.constantFrom(1 as const, 2 as const, 3 as const),
  });

  it('XML1 totals equal the XML2/XML3 sums and the invoice totals, and survive the envelope', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 10 }), (raw) => {
        const lines: CoverageLine[] = raw.map((l, i) => ({
          kind: l.kind,
          refId: i + 1,
          name: l.name,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          insuredUnitPrice:
            l.kind === 'drug' ? l.unitPrice : Math.max(0, l.unitPrice - l.insuredDiscount),
          coverageRatio: l.coverageRatio,
          scope: l.scope,
        }));
        const input = claimInput(lines);
        const claim = record(input);
        const totals = input.coverage.totals;
        expect(checkClaimTotals(claim)).toEqual([]);
        expect(claim.xml1.T_TONGCHI_BV).toBe(totals.amount);
        expect(claim.xml1.T_TONGCHI_BH).toBe(totals.insuredAmount);
        expect(claim.xml1.T_BHTT).toBe(totals.insurancePays);
        expect(claim.xml1.T_BNCCT).toBe(totals.coPay);
        expect(claim.xml1.T_BNTT).toBe(totals.patientPays);
        expect(claim.xml1.T_THUOC).toBe(totals.drugs);
        expect(claim.xml1.T_VTYT).toBe(totals.supplies);
        const back = parsed([claim, claim]);
        expect(back.count).toBe(2);
        const rows = back.records[0]?.find((f) => f.type === 'XML1')?.rows[0] ?? [];
        expect(rows.find(([n]) => n === 'T_TONGCHI_BV')?.[1]).toBe(String(totals.amount));
        const drugs = back.records[1]?.find((f) => f.type === 'XML2')?.rows ?? [];
        expect(drugs.map((r) => r.find(([n]) => n === 'TEN_THUOC')?.[1])).toEqual(
          claim.xml2.map((d) => d.TEN_THUOC),
        );
      }),
      { numRuns: 200 },
    );
  });
});
