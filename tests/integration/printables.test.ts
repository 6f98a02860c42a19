import { describe, expect, it } from 'vitest';
import type { OsPdfJob } from '../../electron/devices/print/os-driver';
import { mm } from '../../electron/backend/documents/pdf';
import { expectError, expectOk, makeUser } from '../helpers/backend';
import { pdfInfo, pdfText, pdfToPng } from '../helpers/pdf';
import path from 'node:path';
import { SOURCE_ROOT } from '../../electron/backend/paths';

const SHOTS = path.join(SOURCE_ROOT, 'test-output', 'pdf');
import { pharmacyClinic } from '../helpers/pharmacy';

const bytes = (file: { content: string }): Uint8Array => Buffer.from(file.content, 'base64');
const points = (millimetres: number): number => Math.round(mm(millimetres) * 1000) / 1000;

async function dispensedClinic() {
  const clinic = await pharmacyClinic();
  const { paracetamol, amlodipine } = clinic.drugs;
  const receipt = await clinic.receive(
    [
      { drugId: paracetamol, lot: 'PA-01', expiry: '2027-06-30', quantity: 100, unitCost: 450 },
      { drugId: amlodipine, lot: 'AM-01', expiry: '2027-01-31', quantity: 10, unitCost: 800 },
      { drugId: amlodipine, lot: 'AM-02', expiry: '2028-01-31', quantity: 50, unitCost: 820 },
    ],
    { invoiceNo: 'HD-0042' },
  );
  const seeded = await clinic.prescribe([
    { drugId: paracetamol, quantity: 10 },
    { drugId: amlodipine, quantity: 30 },
  ]);
  expectOk(await clinic.call('stock.dispense', { prescriptionId: seeded.prescriptionId }));
  return { ...clinic, receipt, ...seeded };
}

describe('PDF fallbacks for every printable, sized for their paper', () => {
  it('prints the goods receipt on A4 and the dispensing slip on A5, in Vietnamese', async () => {
    const clinic = await dispensedClinic();
    const slip = expectOk(await clinic.call('stock.receiptSlip', { receiptId: clinic.receipt.id }));
    expect(pdfInfo(bytes(slip))).toMatchObject({ pages: 1, width: 595.28, height: 841.89 });
    pdfToPng(bytes(slip), path.join(SHOTS, 'goods-receipt-a4.png'), 80);
    const text = pdfText(bytes(slip));
    for (const expected of [
      'PHIẾU NHẬP KHO',
      'Nhà cung cấp: Công ty Dược Hậu Giang',
      'Số hóa đơn: HD-0042',
      'AM-02',
      '41.000',
      'Thủ kho',
    ]) {
      expect(text).toContain(expected);
    }
    // 100 × 450 + 10 × 800 + 50 × 820 = 94.000 đồng.
    expect(text).toContain('94.000');
    expect(text).toMatch(/Bằng chữ: Chín mươi tư nghìn đồng/i);

    const dispensing = expectOk(
      await clinic.call('stock.dispensingSlip', { prescriptionId: clinic.prescriptionId }),
    );
    expect(pdfInfo(bytes(dispensing))).toMatchObject({ pages: 1, width: 419.53, height: 595.28 });
    pdfToPng(bytes(dispensing), path.join(SHOTS, 'dispensing-slip-a5.png'), 100);
    const given = pdfText(bytes(dispensing));
    expect(given).toContain('PHIẾU PHÁT THUỐC');
    expect(given).toContain('Người bệnh 1');
    expect(given).toMatch(/AM-01 \(31\/01\/2027\): 10/);
    expect(given).toMatch(/AM-02 \(31\/01\/2028\): 20/);
    expect(given).toContain('Người nhận thuốc');
  });

  it('prints drug labels on the roll the label printer uses, one page each', async () => {
    const clinic = await dispensedClinic();
    const all = expectOk(
      await clinic.call('prescriptions.labels', { prescriptionId: clinic.prescriptionId }),
    );
    const info = pdfInfo(bytes(all));
    expect(info).toMatchObject({ pages: 2, width: points(58) });
    pdfToPng(bytes(all), path.join(SHOTS, 'drug-label-58mm.png'), 150);
    const text = pdfText(bytes(all));
    expect(text).toContain('NGƯỜI BỆNH 1');
    expect(text).toContain('Amlodipin');
    const one = expectOk(
      await clinic.call('prescriptions.labels', {
        prescriptionId: clinic.prescriptionId,
        itemId: clinic.itemIds[1]!,
      }),
    );
    expect(pdfInfo(bytes(one)).pages).toBe(1);
    // An 80 mm label printer: the PDF follows its paper.
    expectOk(
      await clinic.asAdmin('devices.printers.save', {
        name: 'Máy in nhãn',
        widthDots: 576,
        transport: { kind: 'tcp', host: '127.0.0.1', port: 9100 },
        cut: true,
        roles: ['label'],
      }),
    );
    const wide = expectOk(
      await clinic.call('prescriptions.labels', { prescriptionId: clinic.prescriptionId }),
    );
    expect(pdfInfo(bytes(wide)).width).toBe(points(80));
  });
});

describe('documents.print: a PDF straight to the OS printer the admin chose', () => {
  it('needs a chosen printer and the desktop app, then prints the same PDF silently', async () => {
    const clinic = await dispensedClinic();
    const document = { kind: 'goodsReceipt', receiptId: clinic.receipt.id } as const;
    const none = expectError(await clinic.call('documents.print', { document }), 'CONFLICT');
    expect(none.messageKey).toBe('documents.print.noPrinter');
    expectOk(
      await clinic.asAdmin('settings.update', {
        printing: { osPrinters: { goodsReceipt: 'Canon LBP2900' } },
      }),
    );
    const web = expectError(await clinic.call('documents.print', { document }), 'CONFLICT');
    expect(web.messageKey).toBe('documents.print.desktopOnly');

    const jobs: OsPdfJob[] = [];
    clinic.backend.setOsPrinter({
      list: () => Promise.resolve(['Canon LBP2900']),
      print: () => Promise.resolve({ ok: true }),
      printPdf: (job) => {
        jobs.push(job);
        return Promise.resolve(
          jobs.length === 1 ? { ok: true } : { ok: false, reason: 'Out of paper' },
        );
      },
    });
    expect(expectOk(await clinic.call('documents.print', { document }))).toEqual({
      ok: true,
      printer: 'Canon LBP2900',
    });
    expect(jobs[0]?.printerName).toBe('Canon LBP2900');
    expect(pdfText(jobs[0]!.pdf)).toBe(
      pdfText(
        bytes(expectOk(await clinic.call('stock.receiptSlip', { receiptId: clinic.receipt.id }))),
      ),
    );
    const failed = expectError(await clinic.call('documents.print', { document }), 'CONFLICT');
    expect(failed.message).toBe(
      'Không in được trên Canon LBP2900 (Out of paper). Mở bản PDF để in tay.',
    );

    // Printing is reading: a cashier may not print the pharmacy's slips.
    const cashier = await makeUser(clinic.backend, clinic.adminToken, ['cashier']);
    expectError(await clinic.call('documents.print', { document }, cashier.token), 'FORBIDDEN');
  });
});
