import { describe, expect, it } from 'vitest';
import { parseXml } from '../../shared/domain/claims/xml';
import { parseGiamDinhHs, rowsOf, type ParsedFile } from '../../shared/domain/claims/xml130';
import { MARK_DEVIATIONS, SHEET_NUMBERS } from '../../shared/domain/claims/xml130-spec';
import { expectOk, makeUser, minutes } from '../helpers/backend';
import { asSeen, CLAIM_READY_PATIENT, TEST_BHXH_CODES, cardCode } from '../helpers/billing';
import { EXAM_DRUGS, examClinic } from '../helpers/exam';
import { makePatient } from '../helpers/patients';
import { checkRows } from '../helpers/xml130-sheet';

const TODAY = { from: '2026-11-26', to: '2026-11-26' };

const value = (file: ParsedFile | undefined, field: string, row = 0): string =>
  file?.rows[row]?.find(([name]) => name === field)?.[1] ?? '';

/** Fields whose mandatory mark Tram deliberately does not follow (the decision's reason). */
const exempt = (table: keyof typeof SHEET_NUMBERS): string[] =>
  MARK_DEVIATIONS.filter((d) => d.table === table).map((d) => d.field);

describe('a claim the gateway accepts (checked against ../shared/reference/xml130)', () => {
  it('exports an insured visit with a lab result, two drugs and a re-exam date whose every table passes the sheet', async () => {
    const s = await examClinic();
    const { call, adminToken, backend, asDoctor, clock } = s;
    expectOk(await call('settings.update', { claims: { headCode: '0123456789' } }));
    expectOk(await call('users.update', { id: s.doctor.id, practitionerCode: '000123/BYT-CCHN' }));
    const reception = await makeUser(backend, adminToken, ['receptionist'], 'letan');
    const pharmacist = await makeUser(backend, adminToken, ['pharmacist'], 'duocsi');
    const cashier = await makeUser(backend, adminToken, ['cashier'], 'thungan');

    // The administrator codes the exam fee and the glucose test, and says what the test measures.
    for (const code of ['KB01', 'XN01']) {
      const [service] = expectOk(await call('catalog.services.search', { q: code }));
      if (!service) throw new Error(`no ${code}`);
      const saved = expectOk(
        await call('catalog.services.save', {
          ...service,
          bhxhCode: TEST_BHXH_CODES[code] ?? null,
          ...(code === 'XN01' && {
            price: 15_200.5,
            insuredPrice: 15_200.5,
            resultIndices: [{ code: 'GLU-MM', name: 'Glucose máu mao mạch', unit: 'mmol/L' }],
          }),
        }),
      );
      expect(saved.claimWarnings).toEqual([]);
    }
    // Both drugs are BHYT drugs bought under a tender.
    for (const key of ['amlodipine', 'metformin'] as const) {
      const saved = expectOk(
        await call('catalog.drugs.save', {
          ...EXAM_DRUGS[key],
          id: s.drugs[key],
          tenderInfo: '57/QĐ-TTMS;G1;N1;2022',
        }),
      );
      expect(saved.claimWarnings).toEqual([]);
    }
    expectOk(
      await call(
        'stock.receive',
        {
          supplier: 'Công ty Dược Hậu Giang',
          lines: [s.drugs.amlodipine, s.drugs.metformin].map((drugId, i) => ({
            drugId,
            lot: `L${i}`,
            expiry: '2028-06-30',
            quantity: 200,
            unitCost: 500,
          })),
        },
        pharmacist.token,
      ),
    );

    const patient = await makePatient(
      call,
      {
        ...CLAIM_READY_PATIENT,
        fullName: 'Lê Thị Bình',
        sex: 'female',
        birthDate: '1958-04-02',
        cccd: '001158012345',
        bhyt: {
          code: cardCode(3, 'HT'),
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
          facilityCode: '01001',
        },
      },
      reception.token,
    );
    const { visitId } = expectOk(
      await call(
        'visits.create',
        { patientId: patient.id, kind: 'bhyt', reason: 'Đau đầu, chóng mặt' },
        reception.token,
      ),
    );

    clock.advance(minutes(5));
    expectOk(await asDoctor('visits.start', { visitId }));
    expectOk(
      await asDoctor('visits.recordVitals', {
        visitId,
        pulse: 80,
        systolic: 160,
        diastolic: 95,
        weightKg: 54.5,
        heightCm: 152,
      }),
    );
    expectOk(
      await asDoctor('visits.setDiagnoses', {
        visitId,
        primary: { code: 'I10' },
        secondary: [{ code: 'E11' }],
      }),
    );
    const [glucose] = expectOk(await call('catalog.services.search', { q: 'XN01' }));
    const orders = expectOk(
      await asDoctor('visits.orderServices', {
        visitId,
        services: [{ serviceId: glucose?.id ?? 0, quantity: 1 }],
      }),
    );
    const glucoseOrder = orders.find((o) => o.code === 'XN01');
    clock.advance(minutes(10));
    const result = expectOk(
      await asDoctor('visits.setOrderResult', {
        orderId: glucoseOrder?.orderId ?? 0,
        values: ['7.8'],
        result: 'Đường huyết cao',
      }),
    );
    expect(result.resultValues).toEqual([
      { code: 'GLU-MM', name: 'Glucose máu mao mạch', unit: 'mmol/L', value: '7.8' },
    ]);
    expectOk(
      await asDoctor('prescriptions.save', {
        visitId,
        items: [
          { drugId: s.drugs.amlodipine, dose: { morning: '1' }, days: 30, note: 'Uống sau ăn' },
          { drugId: s.drugs.metformin, dose: { morning: '1', evening: '1' }, days: 30 },
        ],
      }),
    );
    expectOk(
      await asDoctor('visits.saveNotes', {
        visitId,
        advice: 'Ăn nhạt, tập thể dục',
        reexamDate: '2026-12-26',
      }),
    );
    expectOk(await asDoctor('visits.finish', { visitId }));

    clock.advance(minutes(15));
    const [awaiting] = expectOk(await call('stock.awaiting', {}, pharmacist.token));
    expectOk(
      await call(
        'stock.dispense',
        { prescriptionId: awaiting?.prescriptionId ?? 0 },
        pharmacist.token,
      ),
    );
    clock.advance(minutes(5));
    const bill = expectOk(await call('billing.invoice', { visitId }, cashier.token));
    // The commune station's 100% rule: nothing to pay, the cashier settles the bill.
    expectOk(
      await call(
        'billing.pay',
        { ...asSeen(bill), method: 'cash', amount: bill.due },
        cashier.token,
      ),
    );

    const checked = expectOk(await call('claims.validate', TODAY, cashier.token));
    expect(checked.problems).toEqual([]);
    expect(checked.visits.map((v) => v.problems)).toEqual([[]]);

    const file = expectOk(await call('claims.exportXml130', TODAY, cashier.token));
    expect(file).toMatchObject({ count: 1, skipped: 0 });
    const xml = Buffer.from(file.content, 'base64').toString('utf8');
    expect(xml).toContain(
      '<GIAMDINHHS xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    );
    expect(xml).toContain('<CHUKYDONVI></CHUKYDONVI>');
    const parsed = parseGiamDinhHs(xml);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const files = parsed.value.records[0] ?? [];
    expect(files.map((f) => f.type)).toEqual(['XML1', 'XML2', 'XML3', 'XML4', 'XML14']);

    // Every table, every row: the gateway sheet's order, sizes, types and mandatory marks.
    for (const f of files) {
      const table = f.type as keyof typeof SHEET_NUMBERS;
      expect({ table, failures: checkRows(SHEET_NUMBERS[table], f.rows, exempt(table)) }).toEqual({
        table,
        failures: [],
      });
    }

    const [xml1, xml2, xml3, xml4, xml14] = files;
    expect(value(xml1, 'MA_QUOCTICH')).toBe('000');
    expect(value(xml1, 'MA_DANTOC')).toBe('01');
    expect(value(xml1, 'MA_NGHE_NGHIEP')).toBe('61110');
    expect([
      value(xml1, 'MATINH_CU_TRU'),
      value(xml1, 'MAHUYEN_CU_TRU'),
      value(xml1, 'MAXA_CU_TRU'),
    ]).toEqual(['01', '004', '00118']);
    expect(value(xml1, 'LY_DO_VV')).toBe('Đau đầu, chóng mặt');
    expect(value(xml1, 'CAN_NANG')).toBe('54.50');
    expect(value(xml1, 'MA_DOITUONG_KCB')).toBe('1.1');
    expect(value(xml1, 'NGAY_TAI_KHAM')).toBe('20261226');
    // Arrived 09:00, examined, result at 09:15, drugs handed over at 09:30: the visit ends then.
    expect(value(xml1, 'NGAY_VAO')).toBe('202611260900');
    expect(value(xml1, 'NGAY_RA')).toBe('202611260930');
    for (const row of [...(xml2?.rows ?? []), ...(xml3?.rows ?? [])]) {
      const at = (field: string) => row.find(([n]) => n === field)?.[1] ?? '';
      expect(at('NGAY_YL') >= '202611260900' && at('NGAY_YL') <= '202611260930').toBe(true);
      expect(at('MA_PTTT')).toBe('1');
    }
    expect(value(xml1, 'T_BHTT_GDV')).toBe(value(xml1, 'T_BHTT'));
    expect([value(xml2, 'LIEU_DUNG', 0), value(xml2, 'CACH_DUNG', 0)]).toEqual([
      '1 viên/lần * 1 lần/ngày * 30 ngày [1 viên/ngày]',
      'Uống sau ăn',
    ]);
    expect(value(xml2, 'LIEU_DUNG', 1)).toBe('1 viên/lần * 2 lần/ngày * 30 ngày [2 viên/ngày]');
    expect(value(xml2, 'TT_THAU', 0)).toBe('57/QĐ-TTMS;G1;N1;2022');
    // The glucose test at 15,200.5 đ: DON_GIA keeps the decimal, the amount is whole dong.
    const labRow = xml3?.rows.findIndex((r) =>
      r.some(([n, v]) => n === 'MA_DICH_VU' && v === TEST_BHXH_CODES.XN01),
    );
    expect([
      value(xml3, 'DON_GIA_BV', labRow),
      value(xml3, 'THANH_TIEN_BV', labRow),
      value(xml3, 'MA_BENH', labRow),
    ]).toEqual(['15200.5', '15201', 'E11']);
    expect(
      [
        'MA_DICH_VU',
        'MA_CHI_SO',
        'TEN_CHI_SO',
        'GIA_TRI',
        'DON_VI_DO',
        'KET_LUAN',
        'MA_BS_DOC_KQ',
      ].map((field) => value(xml4, field)),
    ).toEqual([
      TEST_BHXH_CODES.XN01,
      'GLU-MM',
      'Glucose máu mao mạch',
      '7.8',
      'mmol/L',
      'Đường huyết cao',
      '000123/BYT-CCHN',
    ]);
    expect(value(xml14, 'NGAY_HEN_KL')).toBe('202612260000');

    // The check-in (XML0) built at reception, exported for the period, passes its sheet too.
    const checkIns = expectOk(await call('claims.exportCheckIns', TODAY, cashier.token));
    expect(checkIns).toMatchObject({ count: 1, skipped: 0 });
    const doc = parseXml(Buffer.from(checkIns.content, 'base64').toString('utf8'));
    if (!doc.ok) throw new Error(doc.detail);
    expect(doc.root.name).toBe('CHI_TIEU_TRANG_THAI_KCB');
    expect(doc.root.children.map((c) => c.name)).toEqual(['DSACH_TRANG_THAI_KCB', 'CHUKYDONVI']);
    const rows = rowsOf(doc.root);
    expect(checkRows('Check-in', rows)).toEqual([]);
    expect(rows[0]?.find(([n]) => n === 'MA_LK')?.[1]).toBe(value(xml1, 'MA_LK'));
    expect(rows[0]?.find(([n]) => n === 'MA_DICH_VU')?.[1]).toBe(TEST_BHXH_CODES.KB01);
  }, 60_000);
});
