import { formatVnd } from '../../shared/domain/money';
import { encodeRaster } from '../../electron/devices/print/escpos';
import { feed, qr, row, rule, text, type PrintDocument } from '../../electron/devices/print/layout';
import { renderDocument } from '../../electron/devices/print/render';
import { timeIt, type BenchResult } from './measure';

const ITEMS: readonly [string, number, number][] = [
  ['Khám bệnh (BHYT)', 1, 38_700],
  ['Paracetamol 500mg viên nén (Hapacol)', 20, 350],
  ['Amoxicillin 500mg viên nang cứng', 21, 1_200],
  ['Oresol 245 gói bột pha uống hương cam', 5, 2_500],
  ['Vitamin C 500mg', 10, 400],
  ['Xét nghiệm đường huyết mao mạch', 1, 15_200],
  ['Bông y tế tiệt trùng 10g', 2, 4_000],
  ['Nước muối sinh lý Natri clorid 0,9% chai 500ml', 2, 9_500],
  ['Băng dính cá nhân Urgo', 10, 1_000],
  ['Thay băng vết thương chiều dài ≤ 15cm', 1, 57_600],
];

/** An 80 mm cashier receipt of the usual shape: header, 10 item lines, totals, VietQR-like QR. */
export function sampleReceipt(): PrintDocument {
  const total = ITEMS.reduce((sum, [, qty, price]) => sum + qty * price, 0);
  return {
    blocks: [
      text('TRẠM Y TẾ PHƯỜNG BẾN NGHÉ', { align: 'center', bold: true }),
      text('15 Đường Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', { align: 'center' }),
      text('BIÊN LAI THU TIỀN', { align: 'center', bold: true, size: 'large' }),
      text('Số: BL-2026-000123   Ngày 01/03/2026 09:30', { align: 'center' }),
      rule(),
      text('Bệnh nhân: Nguyễn Thị Ánh Tuyết (1958)'),
      text('Mã BN: 79001-2026-00042   BHYT: DN4797912345678'),
      rule(),
      ...ITEMS.map(([name, qty, price]) => row(`${name} × ${qty}`, formatVnd(qty * price))),
      rule(),
      row('Tổng cộng', formatVnd(total), { bold: true }),
      row('BHYT chi trả (80%)', formatVnd(Math.round(total * 0.8))),
      row('Người bệnh trả', formatVnd(total - Math.round(total * 0.8)), { bold: true }),
      rule(),
      qr(
        `00020101021238570010A00000072701270006970436011300123456789020208QRIBFTTA5303704540${total}5802VN6304ABCD`,
      ),
      text('Cảm ơn quý khách. Chúc mau khỏe!', { align: 'center' }),
      feed(1),
    ],
  };
}

/** Layout + raster + ESC/POS encode of the sample receipt at 576 dots; n is its item lines. */
export async function benchPrintReceipt(samples = 200): Promise<BenchResult[]> {
  const doc = sampleReceipt();
  const figures = await timeIt(
    samples,
    () => encodeRaster(renderDocument(doc, { widthDots: 576 }), { cut: 'partial', feedLines: 3 }),
    5,
  );
  return [{ bench: 'print.receipt', n: ITEMS.length, ...figures }];
}
