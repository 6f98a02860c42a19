import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGridPdf } from '../../electron/backend/documents/grid-pdf';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { movementReportPdf } from '../../electron/backend/pharmacy/report-pdf';
import { MOVEMENT_PARTS, type MovementReport } from '../../shared/api/stock';
import { OUTPUT_DIR } from '../e2e/harness';
import { pdfInfo, pdfText, pdfToPng } from '../helpers/pdf';

const RESOURCES = path.join(SOURCE_ROOT, 'resources');
const LONG_NAME = 'Paracetamol 500 mg viên nén sủi bọt hàm lượng cao dùng cho người lớn và trẻ em';

/** 150 drugs, every seventh with a name long enough to wrap over several lines. */
function yearReport(): MovementReport {
  const rows = Array.from({ length: 150 }, (_, i) => ({
    drugId: i + 1,
    drugCode: `40.${1000 + i}`,
    drugName: i % 7 === 0 ? `${LONG_NAME} ${i}` : `Thuốc số ${i}`,
    unit: 'Viên',
    ...Object.fromEntries(
      MOVEMENT_PARTS.map((part, p) => [part, { quantity: i * 10 + p, value: i * 1_000 + p }]),
    ),
  }));
  const totals = Object.fromEntries(
    MOVEMENT_PARTS.map((part, p) => [part, { quantity: 0, value: 7_000_000 + p }]),
  );
  return { from: '2025-01-01', to: '2025-12-31', rows, totals } as unknown as MovementReport;
}

describe('the grid PDF (a long table drawn with pdfkit)', () => {
  it('puts every row once, in order, repeats the header on each page and numbers the pages', async () => {
    const facility = { name: 'Trạm Y tế xã Đắk Rơ Wa', address: 'Xã Đắk Rơ Wa, TP Kon Tum' };
    const report = yearReport();
    const bytes = await renderGridPdf(
      RESOURCES,
      movementReportPdf(report, facility, new Date('2026-01-02T03:04:00.000Z')),
    );
    const { pages, width, height } = pdfInfo(bytes);
    expect(pages).toBeGreaterThan(3);
    expect(width).toBeGreaterThan(height); // landscape A4
    const text = pdfText(bytes);
    const pageTexts = text.split('\f').filter((page) => page.trim() !== '');
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, i) => {
      expect(page).toMatch(/Tồn đầu kỳ\s+Nhập trong kỳ\s+Xuất cho người bệnh/);
      expect(page).toContain(`Trang ${i + 1}/${pages}`);
    });
    expect(text).toContain('TRẠM Y TẾ XÃ ĐẮK RƠ WA');
    expect(text).toContain('Từ ngày 01/01/2025 đến ngày 31/12/2025');
    // Each code once and in order; a row's figures on its own line, beside its code.
    const codes = [...text.matchAll(/40\.(1\d{3})/g)].map((m) => Number(m[1]));
    expect(codes).toEqual(report.rows.map((_, i) => 1000 + i));
    expect(text).toMatch(
      /149\s+40\.1148\s+Thuốc số 148\s+Viên\s+1\.480\s+148\.000\s+1\.481\s+148\.001\s+1\.482\s+148\.002/,
    );
    // A long name wraps inside its column: its last words come on the lines under it.
    expect(text).toMatch(/Paracetamol 500 mg viên/);
    expect(text.replace(/\s+/g, ' ')).toMatch(/trẻ em 147/);
    expect(text).toMatch(/Tổng cộng\s+7\.000\.000\s+7\.000\.001/);
    expect(pageTexts.at(-1)).toMatch(/Người lập\s+Phụ trách dược\s+Trạm trưởng/);
    pdfToPng(bytes, path.join(OUTPUT_DIR, '..', 'pdf', 'grid-movement-report-year.png'));
  });
});
