import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimsExport } from '../../shared/api';
import {
  XML14_FIELDS,
  XML1_FIELDS,
  XML2_FIELDS,
  XML3_FIELDS,
} from '../../shared/domain/claims/xml130-fields';
import {
  parseGiamDinhHs,
  type ParsedFile,
  type ParsedRow,
} from '../../shared/domain/claims/xml130';
import { translate } from '../../shared/i18n';
import { expectError, expectOk } from '../helpers/backend';
import {
  asSeen,
  billingClinic,
  cardCode,
  checkIn,
  coveragePeriods,
  seedVisitAtCashier,
  TEST_BHXH_CODES,
  type Clinic,
  type SeedVisit,
} from '../helpers/billing';
import { repriceVisit } from '../../electron/backend/billing/invoices';
import { drugInput } from '../helpers/catalog';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

/** Checks a visit in, leaves the doctor's and pharmacy's rows, and settles the bill. */
async function finishedVisit(
  clinic: Clinic,
  seed: Omit<SeedVisit, 'visitId'>,
  options: { kind?: 'bhyt' | 'fee'; card?: string; beforeBilling?: (visitId: number) => void } = {},
): Promise<number> {
  const { visitId } = await checkIn(clinic, options.kind ?? 'bhyt', options.card);
  seedVisitAtCashier(clinic.backend.services.sqlite, {
    doctorId: clinic.doctor.id,
    ...seed,
    visitId,
  });
  if (options.beforeBilling) {
    options.beforeBilling(visitId);
    // A change to the visit's coverage is a write that reprices its bill.
    const { db } = clinic.backend.services;
    db.$client.transaction(() => repriceVisit(db, visitId, clinic.clock()))();
  }
  const invoice = expectOk(await clinic.call('billing.invoice', { visitId }));
  expectOk(
    await clinic.call('billing.pay', {
      ...asSeen(invoice),
      method: 'cash',
      amount: invoice.due,
    }),
  );
  return visitId;
}

function exported(file: ClaimsExport) {
  const parsed = parseGiamDinhHs(Buffer.from(file.content, 'base64').toString('utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.value;
}

const fieldsOf = (row: ParsedRow | undefined): string[] => (row ?? []).map(([name]) => name);
const valueOf = (row: ParsedRow | undefined, field: string): string =>
  row?.find(([name]) => name === field)?.[1] ?? '';
const sumOf = (rows: readonly ParsedRow[], field: string): number =>
  rows.reduce((s, row) => s + Number(valueOf(row, field)), 0);
const table = (files: readonly ParsedFile[], type: string): ParsedFile | undefined =>
  files.find((f) => f.type === type);

describe('claims (XML 130)', () => {
  it('lists what the insurer would reject and exports one HOSO per clean finished visit', async () => {
    const clinic = await billingClinic();
    const { call, backend } = clinic;
    const { sqlite } = backend.services;
    const exam = { code: 'KB01', unitPrice: 38_700 };
    const full = await finishedVisit(clinic, {
      diagnoses: ['I10', 'E11'],
      reexamDate: '2026-12-26',
      services: [exam, { code: 'XN01', unitPrice: 15_200 }],
      drugs: [{ drugId: clinic.drugId, prescribed: 30, dispensed: 28, unitPrice: 1_050 }],
    });
    const plain = await finishedVisit(clinic, { diagnoses: ['J06.9'], services: [exam] });
    const noDiagnosis = await finishedVisit(clinic, { services: [exam] });
    const uncoded = expectOk(
      await call('catalog.drugs.save', drugInput({ code: 'X1', name: 'Thuốc lạ' })),
    );
    sqlite.prepare("UPDATE drugs SET code = '' WHERE id = ?").run(uncoded.id);
    const noDrugCode = await finishedVisit(clinic, {
      diagnoses: ['K29.7'],
      services: [exam],
      drugs: [{ drugId: uncoded.id, prescribed: 10, unitPrice: 2_000 }],
    });
    const expired = await finishedVisit(
      clinic,
      { diagnoses: ['J06.9'], services: [exam] },
      {
        beforeBilling: (visitId) =>
          sqlite
            .prepare("UPDATE visits SET bhyt_valid_to = '2026-11-20' WHERE id = ?")
            .run(visitId),
      },
    );
    const noDoctorCode = await finishedVisit(clinic, {
      doctorId: 1,
      diagnoses: ['J06.9'],
      services: [exam],
    });
    await finishedVisit(clinic, { diagnoses: ['J06.9'], services: [exam] }, { kind: 'fee' });
    const waiting = await checkIn(clinic, 'bhyt');
    seedVisitAtCashier(sqlite, { visitId: waiting.visitId, diagnoses: ['I10'], services: [exam] });

    const checked = expectOk(await call('claims.validate', NOVEMBER));
    expect(checked.visits.map((v) => v.visitId)).toEqual([
      full,
      plain,
      noDiagnosis,
      noDrugCode,
      expired,
      noDoctorCode,
    ]);
    expect(checked).toMatchObject({ ready: 2, withProblems: 4, problems: [] });
    // Each problem in the words staff read: whose item, which field, where to fix it.
    const said = (visitId: number): string[] =>
      (checked.visits.find((v) => v.visitId === visitId)?.problems ?? []).map((p) =>
        [
          p.subject ? translate('vi', p.subject.key, p.subject.params) : '',
          translate('vi', p.key, p.params),
          p.fix ? translate('vi', p.fix.key, p.fix.params) : '',
        ].join(' | '),
      );
    expect(said(full)).toEqual([]);
    expect(said(noDiagnosis)).toEqual(
      ['CHAN_DOAN_VAO', 'CHAN_DOAN_RV', 'MA_BENH_CHINH'].map(
        (field) =>
          `Hồ sơ 202611260003 của Nguyễn Văn An | thiếu ${field} (bắt buộc theo Cổng giám định) | sửa chẩn đoán (ICD-10) ở Khám bệnh.`,
      ),
    );
    expect(said(noDrugCode)).toEqual([
      'Thuốc Paracetamol 500mg (Thuốc lạ) (—) của Nguyễn Văn An | thiếu MA_THUOC (bắt buộc theo Cổng giám định) | sửa thuốc này ở Danh mục › Thuốc.',
      'Thuốc Paracetamol 500mg (Thuốc lạ) (—) của Nguyễn Văn An | thiếu TT_THAU (bắt buộc theo Cổng giám định) | nhập Thông tin thầu (số QĐ;gói;nhóm;năm) ở Danh mục › Thuốc.',
    ]);
    expect(said(expired)).toEqual([
      'Hồ sơ 202611260005 của Nguyễn Văn An | Thẻ BHYT không có giá trị ngày 2026-11-26 (hạn thẻ 2026-01-01 – 2026-11-20). | ',
    ]);
    expect(said(noDoctorCode)).toEqual([
      'Dịch vụ Khám bệnh tại trạm y tế xã (KB01) của Nguyễn Văn An | thiếu MA_BAC_SI (bắt buộc theo Cổng giám định) | nhập Mã chứng chỉ hành nghề của người thực hiện ở Người dùng.',
    ]);

    const file = expectOk(await call('claims.exportXml130', NOVEMBER));
    expect(file).toMatchObject({
      fileName: 'GIAMDINHHS_01001_20261101_20261130.xml',
      mimeType: 'application/xml',
      count: 2,
      skipped: 4,
      skippedVisitIds: [noDiagnosis, noDrugCode, expired, noDoctorCode],
    });
    const envelope = exported(file);
    expect(envelope).toMatchObject({ facilityCode: '01001', createdOn: '20261126', count: 2 });
    const [first, second] = envelope.records;
    expect(first?.map((f) => f.type)).toEqual(['XML1', 'XML2', 'XML3', 'XML14']);
    expect(second?.map((f) => f.type)).toEqual(['XML1', 'XML3']);

    const invoice = expectOk(await call('billing.invoice', { visitId: full }));
    const xml1 = table(first ?? [], 'XML1')?.rows[0];
    const xml2 = table(first ?? [], 'XML2')?.rows ?? [];
    const xml3 = table(first ?? [], 'XML3')?.rows ?? [];
    const xml14 = table(first ?? [], 'XML14')?.rows[0];
    expect(fieldsOf(xml1)).toEqual([...XML1_FIELDS]);
    xml2.forEach((row) => expect(fieldsOf(row)).toEqual([...XML2_FIELDS]));
    xml3.forEach((row) => expect(fieldsOf(row)).toEqual([...XML3_FIELDS]));
    expect(fieldsOf(xml14)).toEqual([...XML14_FIELDS]);
    const link = checked.visits[0]?.link ?? '';
    expect(link).toBe('202611260001');
    expect(
      Object.fromEntries(
        [
          'MA_LK',
          'STT',
          'HO_TEN',
          'NGAY_SINH',
          'GIOI_TINH',
          'MA_DKBD',
          'GT_THE_TU',
          'GT_THE_DEN',
          'MA_BENH_CHINH',
          'MA_BENH_KT',
          'MA_DOITUONG_KCB',
          'NGAY_VAO',
          'T_THUOC',
          'T_TONGCHI_BV',
          'T_BHTT',
          'T_BNCCT',
          'T_BNTT',
          'NAM_QT',
          'THANG_QT',
          'MA_LOAI_KCB',
          'MA_KHOA',
          'MA_CSKCB',
          'NGAY_TAI_KHAM',
          'MA_TTDV',
        ].map((f) => [f, valueOf(xml1, f)]),
      ),
    ).toEqual({
      MA_LK: link,
      STT: '1',
      HO_TEN: 'Nguyễn Văn An',
      NGAY_SINH: '198503120000',
      GIOI_TINH: '1',
      MA_DKBD: '01001',
      GT_THE_TU: '20260101',
      GT_THE_DEN: '20261231',
      MA_BENH_CHINH: 'I10',
      MA_BENH_KT: 'E11',
      MA_DOITUONG_KCB: '1.1',
      NGAY_VAO: '202611260900',
      T_THUOC: '29400',
      T_TONGCHI_BV: String(invoice.total),
      T_BHTT: String(invoice.insurancePays),
      T_BNCCT: String(invoice.coPay),
      T_BNTT: String(invoice.patientPays),
      NAM_QT: '2026',
      THANG_QT: '11',
      MA_LOAI_KCB: '01',
      MA_KHOA: 'K01',
      MA_CSKCB: '01001',
      NGAY_TAI_KHAM: '20261226',
      MA_TTDV: '0123456789',
    });
    expect(
      xml2.map((r) => [valueOf(r, 'MA_THUOC'), valueOf(r, 'SO_LUONG'), valueOf(r, 'MA_NHOM')]),
    ).toEqual([['40.17', '28', '4']]);
    expect(
      xml3.map((r) => [valueOf(r, 'MA_DICH_VU'), valueOf(r, 'MA_NHOM'), valueOf(r, 'MA_BAC_SI')]),
    ).toEqual([
      // The shared-list codes the catalogue carries, not the station's own KB01, XN01.
      [TEST_BHXH_CODES.KB01, '13', '000123/BYT-CCHN'],
      [TEST_BHXH_CODES.XN01, '1', '000123/BYT-CCHN'],
    ]);
    expect([valueOf(xml14, 'MA_LK'), valueOf(xml14, 'NGAY_HEN_KL')]).toEqual([
      link,
      '202612260000',
    ]);
    expect(valueOf(table(second ?? [], 'XML1')?.rows[0], 'STT')).toBe('2');

    const audit = expectOk(await call('audit.list', { action: 'claims.exportXml130' }));
    expect(audit.entries[0]?.detail).toMatchObject({ count: 2, skipped: 4 });
  });

  it('refuses a period that makes no sense, or an export without the head code', async () => {
    const clinic = await billingClinic();
    const backwards = expectError(
      await clinic.call('claims.validate', { from: '2026-11-30', to: '2026-11-01' }),
      'VALIDATION',
    );
    expect(backwards.fieldErrorKeys?.to?.key).toBe('claims.period.order');
    expectError(await clinic.call('claims.exportXml130', NOVEMBER), 'CONFLICT');
    expectOk(await clinic.call('settings.update', { claims: { headCode: '' } }));
    const checked = expectOk(await clinic.call('claims.validate', NOVEMBER));
    expect(checked.problems.map((p) => p.key)).toEqual(['claims.problem.headCode']);
    const refused = expectError(await clinic.call('claims.exportXml130', NOVEMBER), 'CONFLICT');
    expect(refused.messageKey).toBe('claims.problem.headCode');
  });

  it('XML1 totals equal the XML2 and XML3 lines and the invoice, for random visits', async () => {
    const clinic = await billingClinic();
    const services = ['KB01', 'XN01', 'XN02', 'TT01', 'TT02', 'TT04'];
    const money = fc.integer({ min: 0, max: 5_000 }).map((n) => n * 100);
    const service = fc.record({
      code: fc.constantFrom(...services),
      quantity: fc.integer({ min: 1, max: 3 }),
      unitPrice: money,
      cut: fc.integer({ min: 0, max: 100 }),
      insuranceRatio: fc.constantFrom(30, 50, 100),
      scope: fc.constantFrom(1, 1, 1, 2),
    });
    const drug = fc.record({
      prescribed: fc.integer({ min: 1, max: 60 }),
      share: fc.integer({ min: 0, max: 100 }),
      unitPrice: fc.integer({ min: 1, max: 300 }).map((n) => n * 50),
      insured: fc.boolean(),
      insuranceRatio: fc.constantFrom(50, 100),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<1 | 2 | 3 | 4 | 5>(1, 2, 3, 4, 5),
        fc.boolean(),
        fc.array(service, { minLength: 1, maxLength: 4 }),
        fc.array(drug, { maxLength: 3 }),
        async (level, primaryCareFull, ordered, prescribed) => {
          expectOk(
            await clinic.call('settings.update', {
              coverage: { periods: coveragePeriods({ primaryCareFull }) },
            }),
          );
          const visitId = await finishedVisit(
            clinic,
            {
              diagnoses: ['J06.9'],
              services: ordered.map((s) => ({
                code: s.code,
                quantity: s.quantity,
                unitPrice: s.unitPrice,
                insuredPrice: s.unitPrice - Math.floor((s.unitPrice * s.cut) / 1000),
                insuranceRatio: s.insuranceRatio,
                scope: s.scope,
              })),
              drugs: prescribed.map((d) => ({
                drugId: clinic.drugId,
                prescribed: d.prescribed,
                dispensed: Math.round((d.prescribed * d.share) / 100),
                unitPrice: d.unitPrice,
                insuredPrice: d.insured ? d.unitPrice : null,
                insuranceRatio: d.insuranceRatio,
              })),
            },
            { card: cardCode(level) },
          );
          const invoice = expectOk(await clinic.call('billing.invoice', { visitId }));
          const checked = expectOk(await clinic.call('claims.validate', NOVEMBER));
          const mine = checked.visits.find((v) => v.visitId === visitId);
          expect(mine?.problems).toEqual([]);
          const envelope = exported(expectOk(await clinic.call('claims.exportXml130', NOVEMBER)));
          const files = envelope.records.find(
            (files) => valueOf(table(files, 'XML1')?.rows[0], 'MA_LK') === mine?.link,
          );
          const xml1 = table(files ?? [], 'XML1')?.rows[0];
          const lines = [
            ...(table(files ?? [], 'XML2')?.rows ?? []),
            ...(table(files ?? [], 'XML3')?.rows ?? []),
          ];
          expect(lines).toHaveLength(invoice.lines.length);
          const pairs: Array<[string, string, number]> = [
            ['T_TONGCHI_BV', 'THANH_TIEN_BV', invoice.total],
            ['T_BHTT', 'T_BHTT', invoice.insurancePays],
            ['T_BNCCT', 'T_BNCCT', invoice.coPay],
            ['T_BNTT', 'T_BNTT', invoice.patientPays],
            ['T_NGUONKHAC', 'T_NGUONKHAC', invoice.otherSources],
          ];
          for (const [total, line, billed] of pairs) {
            expect(Number(valueOf(xml1, total))).toBe(billed);
            expect(sumOf(lines, line)).toBe(billed);
          }
          for (const row of lines) {
            const parts = ['T_BHTT', 'T_BNCCT', 'T_BNTT', 'T_NGUONKHAC'].map((f) =>
              Number(valueOf(row, f)),
            );
            expect(parts.reduce((a, b) => a + b, 0)).toBe(Number(valueOf(row, 'THANH_TIEN_BV')));
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
