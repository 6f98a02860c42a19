import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR } from '../e2e/harness';
import { expectError, expectOk } from '../helpers/backend';
import { pdfText, pdfToPng } from '../helpers/pdf';
import { pharmacyClinic, type PharmacyClinic } from '../helpers/pharmacy';

const bytes = (content: string): Buffer => Buffer.from(content, 'base64');

/**
 * November: paracetamol received 200 @450 and 100 @500, 30 given (5 of them brought back),
 * 4 broken; December: 10 given. Amlodipine: 60 @700 received in November, nothing else.
 */
async function monthOfStock(clinic: PharmacyClinic) {
  const { paracetamol, amlodipine } = clinic.drugs;
  const { lines } = await clinic.receive(
    [
      { drugId: paracetamol, lot: 'PA-OLD', expiry: '2027-01-31', quantity: 200, unitCost: 450 },
      { drugId: paracetamol, lot: 'PA-NEW', expiry: '2027-12-31', quantity: 100, unitCost: 500 },
      { drugId: amlodipine, lot: 'AM-1', expiry: '2027-06-30', quantity: 60, unitCost: 700 },
    ],
    { invoiceNo: 'HD 0042' },
  );
  const { prescriptionId, itemIds } = await clinic.prescribe([
    { drugId: paracetamol, quantity: 30 },
  ]);
  expectOk(await clinic.call('stock.dispense', { prescriptionId }));
  expectOk(await clinic.call('stock.return', { itemId: itemIds[0]!, quantity: 5 }));
  expectOk(
    await clinic.call('stock.adjust', { batchId: lines[0]!.batchId, quantity: -4, reason: 'Vỡ' }),
  );
  await clinic.laterDays(10);
  const december = await clinic.prescribe([{ drugId: paracetamol, quantity: 10 }]);
  expectOk(await clinic.call('stock.dispense', { prescriptionId: december.prescriptionId }));
}

describe('the stock movement report (nhập – xuất – tồn)', () => {
  it('gives opening, received, dispensed, adjusted and closing per drug in quantity and VND', async () => {
    const clinic = await pharmacyClinic();
    await monthOfStock(clinic);
    const november = expectOk(
      await clinic.call('stock.movements', { from: '2026-11-01', to: '2026-11-30' }),
    );
    const para = november.rows.find((r) => r.drugCode === '40.17');
    expect(para).toMatchObject({
      opening: { quantity: 0, value: 0 },
      received: { quantity: 300, value: 200 * 450 + 100 * 500 },
      dispensed: { quantity: 25, value: 25 * 450 },
      writtenOff: { quantity: 0, value: 0 },
      adjusted: { quantity: -4, value: -4 * 450 },
      closing: { quantity: 271, value: 171 * 450 + 100 * 500 },
    });
    const december = expectOk(
      await clinic.call('stock.movements', { from: '2026-12-01', to: '2026-12-31' }),
    );
    expect(
      december.rows.map((r) => [
        r.drugName,
        r.opening.quantity,
        r.dispensed.quantity,
        r.closing.quantity,
      ]),
    ).toEqual([
      ['Amlodipin Stada', 60, 0, 60],
      ['Hapacol 500', 271, 10, 261],
    ]);
    expect(december.totals.closing.value).toBe(60 * 700 + 161 * 450 + 100 * 500);
    expectError(
      await clinic.call('stock.movements', { from: '2026-12-31', to: '2026-12-01' }),
      'VALIDATION',
    );
  });

  it('exports the same figures to xlsx and PDF', async () => {
    const clinic = await pharmacyClinic();
    await monthOfStock(clinic);
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const xlsx = expectOk(await clinic.call('stock.movementReport', { ...period, format: 'xlsx' }));
    expect(xlsx.fileName).toBe('bao-cao-nhap-xuat-ton-2026-11-01-2026-11-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes(xlsx.content) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('TRẠM Y TẾ XÃ AN BÌNH');
    expect(sheet.getCell('A3').value).toBe('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(sheet.getRow(5).getCell(5).value).toBe('Tồn đầu kỳ');
    expect(sheet.getRow(6).getCell(6).value).toBe('Thành tiền');
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(7)).toEqual([
      1,
      '40.472',
      'Amlodipin Stada',
      'Viên',
      0,
      0,
      60,
      42_000,
      0,
      0,
      0,
      0,
      0,
      0,
      60,
      42_000,
    ]);
    expect(values(8)).toEqual([
      2,
      '40.17',
      'Hapacol 500',
      'Viên',
      0,
      0,
      300,
      140_000,
      25,
      11_250,
      0,
      0,
      -4,
      -1_800,
      271,
      126_950,
    ]);
    expect(sheet.getRow(9).getCell(1).value).toBe('Tổng cộng');
    expect(sheet.getRow(9).getCell(16).value).toBe(168_950);
    expect(sheet.getColumn(16).numFmt).toBe('#,##0');

    const pdf = expectOk(await clinic.call('stock.movementReport', { ...period, format: 'pdf' }));
    const text = pdfText(bytes(pdf.content));
    expect(text).toContain('BÁO CÁO NHẬP – XUẤT – TỒN KHO THUỐC');
    expect(text).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(text).toMatch(
      /Hapacol 500\s+Viên\s+0\s+0\s+300\s+140\.000\s+25\s+11\.250\s+0\s+0\s+-4\s+-1\.800\s+271\s+126\.950/,
    );
    expect(text).toMatch(/Tổng cộng\s+0\s+182\.000\s+11\.250\s+0\s+-1\.800\s+168\.950/);
    pdfToPng(
      bytes(pdf.content),
      path.join(OUTPUT_DIR, '..', 'pdf', 'pharmacy-movement-report.png'),
    );
  });
});

describe('expiry report and stock-take sheet', () => {
  it('lists expired and soon-expiring batches, and prints the stock-take with its counts', async () => {
    const clinic = await pharmacyClinic();
    await monthOfStock(clinic);
    // 6 December: PA-OLD (31/01/2027) is within 90 days, the others are not.
    const expiry = expectOk(await clinic.call('stock.expiryReport', {}));
    const text = pdfText(bytes(expiry.content));
    expect(text).toContain('BÁO CÁO THUỐC HẾT HẠN VÀ SẮP HẾT HẠN');
    expect(text).toContain('hết hạn đến ngày 06/03/2027');
    expect(text).toMatch(
      /Hapacol 500\s+Viên\s+PA-OLD\s+31\/01\/2027\s+161\s+450\s+72\.450\s+Sắp hết hạn/,
    );
    expect(text).not.toContain('PA-NEW');
    const wider = pdfText(
      bytes(expectOk(await clinic.call('stock.expiryReport', { withinDays: 400 })).content),
    );
    expect(wider).toContain('PA-NEW');
    pdfToPng(
      bytes(expiry.content),
      path.join(OUTPUT_DIR, '..', 'pdf', 'pharmacy-expiry-report.png'),
    );

    const count = expectOk(await clinic.call('stock.count.start', { note: 'Kiểm kê tháng 12' }));
    const paOld = count.lines.find((l) => l.lot === 'PA-OLD')!;
    expectOk(
      await clinic.call('stock.count', {
        countId: count.id,
        lines: [{ batchId: paOld.batchId, counted: 158 }],
      }),
    );
    const sheet = pdfText(
      bytes(expectOk(await clinic.call('stock.count.sheet', { countId: count.id })).content),
    );
    expect(sheet).toContain('BIÊN BẢN KIỂM KÊ THUỐC');
    expect(sheet).toContain(`Phiếu số ${count.id}`);
    expect(sheet).toMatch(/PA-OLD\s+31\/01\/2027\s+161\s+158\s+-3/);
    expect(sheet).toMatch(/PA-NEW\s+31\/12\/2027\s+100\s*\n/);
    expect(sheet).toContain('Người kiểm kê');
    pdfToPng(
      bytes(expectOk(await clinic.call('stock.count.sheet', { countId: count.id })).content),
      path.join(OUTPUT_DIR, '..', 'pdf', 'pharmacy-count-sheet.png'),
    );
  });
});
