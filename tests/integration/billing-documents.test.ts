import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodes } from 'zxing-wasm/reader';
import { foldToAscii } from '../../electron/devices/print/escpos';
import { receiptContent } from '../../electron/backend/billing/receipt-content';
import { OUTPUT_DIR } from '../e2e/harness';
import { parseEmv, verifyCrc } from '../../shared/domain/vietqr';
import { expectOk } from '../helpers/backend';
import {
  asSeen,
  billingClinic,
  checkIn,
  seedVisitAtCashier,
  type Clinic,
} from '../helpers/billing';
import { addPrinter, tcpPrinter } from '../helpers/devices';
import { pdfInfo, pdfText, pdfToPng } from '../helpers/pdf';
import { fakePrinter } from '../helpers/printer';
import { prepareZxingOffline } from '../helpers/zxing';

beforeAll(prepareZxingOffline);

const SHOTS = path.join(OUTPUT_DIR, '..', 'billing');
const bytesOf = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

/** A paid insured visit: 80% of the covered part of a 568,700 VND bill, paid in cash. */
async function paidVisit(clinic: Clinic) {
  const { visitId } = await checkIn(clinic, 'bhyt');
  seedVisitAtCashier(clinic.backend.services.sqlite, {
    visitId,
    doctorId: clinic.doctor.id,
    diagnoses: ['I10', 'E11'],
    services: [
      { code: 'KB01', unitPrice: 38_700 },
      { code: 'TT03', unitPrice: 150_000, quantity: 2 },
      { code: 'XN01', unitPrice: 200_000, scope: 2 },
    ],
    drugs: [{ drugId: clinic.drugId, prescribed: 30, unitPrice: 1_000 }],
  });
  const invoice = expectOk(await clinic.call('billing.invoice', { visitId }, clinic.cashier.token));
  const paid = expectOk(
    await clinic.call(
      'billing.pay',
      {
        ...asSeen(invoice),
        method: 'cash',
        amount: invoice.patientDue,
        tendered: 300_000,
      },
      clinic.cashier.token,
    ),
  );
  return { invoice, paymentId: paid.receipt?.id ?? 0 };
}

describe('billing documents', () => {
  it('prints the receipt on 80 mm and A5 with the same content, stamped once voided', async () => {
    const clinic = await billingClinic();
    const { invoice, paymentId } = await paidVisit(clinic);
    expect(invoice).toMatchObject({ total: 568_700, patientDue: 273_740 });

    const roll = expectOk(await clinic.call('billing.receipt', { paymentId, format: '80mm' }));
    expect(roll.fileName).toBe('bien-lai-01-0000001-80mm.pdf');
    const rollBytes = bytesOf(roll.content);
    expect(pdfInfo(rollBytes).width).toBeCloseTo(226.8, 0);
    pdfToPng(rollBytes, path.join(SHOTS, 'receipt-80mm.png'));
    const sheet = expectOk(await clinic.call('billing.receipt', { paymentId, format: 'A5' }));
    const sheetBytes = bytesOf(sheet.content);
    expect(pdfInfo(sheetBytes)).toMatchObject({ pages: 1, width: 419.53, height: 595.28 });
    pdfToPng(sheetBytes, path.join(SHOTS, 'receipt-a5.png'));

    for (const text of [pdfText(rollBytes), pdfText(sheetBytes)]) {
      for (const expected of [
        'TRẠM Y TẾ XÃ AN BÌNH',
        'BIÊN LAI THU TIỀN',
        'Quyển số: 01 - Số: 0000001',
        'Ngày 26/11/2026 09:00',
        'Người bệnh: Nguyễn Văn An (1985)',
        'Tổng chi phí',
        '568.700 đ',
        'Quỹ BHYT chi trả',
        '294.960 đ',
        '273.740 đ',
        'Khách đưa',
        '300.000 đ',
        'Tiền thừa trả khách',
        '26.260 đ',
        'Hai trăm bảy mươi ba nghìn bảy trăm bốn mươi đồng',
      ]) {
        expect(text.replace(/\s+/g, ' ')).toContain(expected);
      }
    }

    expectOk(await clinic.call('billing.void', { paymentId, reason: 'Thu nhầm người bệnh' }));
    const voided = pdfText(
      bytesOf(
        expectOk(await clinic.call('billing.receipt', { paymentId, format: '80mm' })).content,
      ),
    );
    expect(voided).toContain('ĐÃ HỦY: Thu nhầm người bệnh');
    const reads = expectOk(await clinic.call('audit.list', { action: 'billing.receipt' }));
    expect(reads.entries).toHaveLength(3);
  });

  it('sends the same receipt content to the thermal printer (payment id)', async () => {
    const clinic = await billingClinic();
    const { paymentId } = await paidVisit(clinic);
    const printer = await fakePrinter();
    await addPrinter(
      clinic.call,
      tcpPrinter(printer.port, { roles: ['receipt'], textMode: { kind: 'ascii' } }),
    );
    expectOk(
      await clinic.call(
        'devices.print',
        { document: { kind: 'receipt', id: paymentId } },
        clinic.cashier.token,
      ),
    );
    const [job] = printer.jobs();
    const printed = job?.toString('latin1') ?? '';
    const content = receiptContent(clinic.backend.services.db, paymentId);
    for (const line of [content.title, content.numberLine, ...content.patientLines]) {
      expect(printed).toContain(foldToAscii(line));
    }
    // The amount in words wraps on 80 mm paper: its first line is there.
    expect(printed).toContain(foldToAscii(content.words).slice(0, 40));
    for (const total of content.totals) {
      expect(printed).toContain(foldToAscii(total.value));
    }
    const preview = expectOk(
      await clinic.call('devices.preview', { document: { kind: 'receipt', id: paymentId } }),
    );
    expect(preview.widthDots).toBe(576);
    expect(preview.heightDots).toBeGreaterThan(600);
  });

  it('prints form 01/BV with every line and both shares, and the shift report', async () => {
    const clinic = await billingClinic();
    const { invoice } = await paidVisit(clinic);
    const statement = expectOk(
      await clinic.call('billing.costStatement', { invoiceId: invoice.invoiceId }),
    );
    const bytes = bytesOf(statement.content);
    expect(pdfInfo(bytes)).toMatchObject({ width: 595.28, height: 841.89 });
    pdfToPng(bytes, path.join(SHOTS, 'cost-statement-01bv.png'), 110);
    const text = pdfText(bytes).replace(/[ \t]+/g, ' ');
    for (const expected of [
      'Mẫu số: 01/BV',
      'BẢNG KÊ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH NGOẠI TRÚ',
      'NGUYỄN VĂN AN',
      'Mã thẻ BHYT:',
      '01/01/2026 – 31/12/2026',
      'Mức hưởng: 80%',
      'Bệnh lý tăng huyết áp',
      '(I10)',
      'Khám bệnh tại trạm y tế xã',
      'Hapacol 500',
      '1 Khám bệnh tại trạm y tế xã lần 1 38.700 38.700 30.960 7.740 0',
      '4 Hapacol 500 Viên 30 1.000 30.000 24.000 6.000 0',
      'Tổng cộng 568.700',
      'Tổng cộng 568.700 294.960 73.740 200.000',
      'Quỹ BHYT thanh toán: 294.960 đ',
      'NGƯỜI LẬP BẢNG KÊ',
      'GIÁM ĐỊNH BHYT',
    ]) {
      expect(text).toContain(expected);
    }

    const closed = expectOk(await clinic.call('billing.closeShift', { countedCash: 273_740 }));
    const report = bytesOf(
      expectOk(await clinic.call('billing.shiftReport', { shiftId: closed.shiftId })).content,
    );
    pdfToPng(report, path.join(SHOTS, 'shift-report.png'), 110);
    const reportText = pdfText(report).replace(/[ \t]+/g, ' ');
    expect(reportText).toContain('BÁO CÁO KẾT CA THU NGÂN');
    expect(reportText).toContain(
      `Người dùng ${clinic.cashier.username} Tiền mặt 1 273.740 đ 0 0 đ 273.740 đ`,
    );
    expect(reportText).toMatch(/Chênh lệch 0 ?đ/);
    expect(reportText).toContain('01/0000001');
  });

  it('shows a VietQR code that scans back to its payload, CRC verified', async () => {
    const clinic = await billingClinic();
    const { visitId } = await checkIn(clinic, 'fee');
    seedVisitAtCashier(clinic.backend.services.sqlite, {
      visitId,
      services: [{ code: 'KB01', unitPrice: 50_000 }],
    });
    const { invoiceId } = expectOk(await clinic.call('billing.invoice', { visitId }));
    const qr = expectOk(await clinic.call('billing.transferQr', { invoiceId }));
    const [scanned] = await readBarcodes(bytesOf(qr.png), { formats: ['QRCode'] });
    expect(scanned?.text).toBe(qr.payload);
    expect(verifyCrc(scanned?.text ?? '')).toBe(true);
    expect(parseEmv(qr.payload).ok).toBe(true);
    expect(qr).toMatchObject({ amount: 50_000, reference: `HD${invoiceId}`, bankName: 'Agribank' });
  });
});
