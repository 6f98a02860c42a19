import { defineMessages } from '../define';

export const devices = defineMessages({
  'devices.printer.refused': {
    vi: 'Máy in {target} từ chối kết nối. Kiểm tra máy in đã bật và địa chỉ, cổng đã đúng.',
    en: 'The printer at {target} refused the connection. Check that it is on and that the address and port are right.',
  },
  'devices.printer.unreachable': {
    vi: 'Không liên lạc được với máy in {target} qua mạng. Kiểm tra cáp mạng và địa chỉ IP.',
    en: 'Cannot reach the printer at {target} over the network. Check the cable and the IP address.',
  },
  'devices.printer.timedOut': {
    vi: 'Máy in {target} không phản hồi sau {seconds} giây.',
    en: 'The printer at {target} did not respond within {seconds} seconds.',
  },
  'devices.printer.closedMidJob': {
    vi: 'Máy in {target} ngắt kết nối khi đang in. Phiếu có thể bị thiếu, hãy in lại.',
    en: 'The printer at {target} closed the connection during the job. The slip may be incomplete: print it again.',
  },
  'devices.printer.paperOut': {
    vi: 'Máy in {target} hết giấy. Thay cuộn giấy rồi in lại.',
    en: 'The printer at {target} is out of paper. Load a new roll and print again.',
  },
  'devices.printer.coverOpen': {
    vi: 'Nắp máy in {target} đang mở.',
    en: 'The cover of the printer at {target} is open.',
  },
  'devices.printer.offline': {
    vi: 'Máy in {target} đang ngoại tuyến. Kiểm tra nguồn, cáp và đèn báo lỗi.',
    en: 'The printer at {target} is offline. Check the power, the cable and the error light.',
  },
  'devices.printer.notFound': {
    vi: 'Không thấy máy in {target}. Kiểm tra cáp USB và nguồn điện của máy in.',
    en: 'Printer {target} was not found. Check its USB cable and power.',
  },
  'devices.printer.accessDenied': {
    vi: 'Tram không có quyền gửi dữ liệu tới máy in {target}.',
    en: 'Tram is not allowed to send data to printer {target}.',
  },
  'devices.printer.busy': {
    vi: 'Máy in {target} đang được chương trình khác sử dụng.',
    en: 'Printer {target} is in use by another program.',
  },
  'devices.printer.failed': {
    vi: 'Không in được trên máy in {target} (lỗi {detail}).',
    en: 'Printing on {target} failed (error {detail}).',
  },
  'devices.printer.unsupported': {
    vi: 'Kiểu kết nối máy in này không dùng được trên máy tính này.',
    en: 'This kind of printer connection does not work on this computer.',
  },
  'devices.transport.tcp': { vi: 'Mạng LAN {host}:{port}', en: 'Network {host}:{port}' },
  'devices.transport.device': { vi: 'Cổng USB {path}', en: 'USB port {path}' },
  'devices.transport.serial': {
    vi: 'Cổng COM {path}, {baudRate} baud',
    en: 'Serial port {path}, {baudRate} baud',
  },
  'devices.transport.windows': {
    vi: 'Máy in Windows “{name}”',
    en: 'Windows printer “{name}”',
  },
  'devices.cut.none': { vi: 'không cắt', en: 'no cut' },
  'devices.cut.partial': { vi: 'cắt một phần', en: 'partial cut' },
  'devices.cut.full': { vi: 'cắt đứt hẳn', en: 'full cut' },
  'devices.mode.raster': { vi: 'in ảnh (raster)', en: 'image (raster)' },
  'devices.mode.ascii': { vi: 'in chữ không dấu', en: 'text without accents' },
  'devices.mode.tcvn3': {
    vi: 'in chữ TCVN-3, bảng mã số {codePage}',
    en: 'TCVN-3 text, code page {codePage}',
  },
  'devices.testPage.title': { vi: 'TRANG IN THỬ', en: 'TEST PAGE' },
  'devices.testPage.vowels': {
    vi: 'Nguyên âm với đủ 6 thanh',
    en: 'Vowels with all six tones',
  },
  'devices.testPage.printer': { vi: 'Cấu hình máy in', en: 'Printer settings' },
  'devices.testPage.profile': { vi: 'Tên cấu hình: {name}', en: 'Profile: {name}' },
  'devices.testPage.paper': {
    vi: 'Khổ giấy: {mm} mm ({dots} điểm)',
    en: 'Paper: {mm} mm ({dots} dots)',
  },
  'devices.testPage.connection': { vi: 'Kết nối: {transport}', en: 'Connection: {transport}' },
  'devices.testPage.mode': { vi: 'Cách in: {mode}', en: 'Print mode: {mode}' },
  'devices.testPage.cut': { vi: 'Cắt giấy: {cut}', en: 'Cutter: {cut}' },
  'devices.testPage.printedAt': { vi: 'In lúc: {time}', en: 'Printed at: {time}' },
  'devices.testPage.check': {
    vi: 'Mọi chữ có dấu ở trên phải rõ ràng, dấu nằm đúng trên chữ.',
    en: 'Every accented letter above must be clear, with its marks on the letter.',
  },
  'devices.testPage.scan': {
    vi: 'Quét mã QR này để thử máy quét mã vạch.',
    en: 'Scan this QR code to test the barcode scanner.',
  },
  'devices.scanner.connected': {
    vi: 'Đã kết nối máy quét {target}',
    en: 'Scanner {target} connected',
  },
  'devices.scanner.disconnected': {
    vi: 'Máy quét {target} đã ngắt. Tram sẽ tự kết nối lại khi cắm lại.',
    en: 'Scanner {target} disconnected. Tram reconnects when it is plugged in again.',
  },
  'devices.scanner.openFailed': {
    vi: 'Không mở được máy quét {target} ({detail}).',
    en: 'Could not open scanner {target} ({detail}).',
  },
  'devices.scanner.unavailable': {
    vi: 'Không nạp được trình điều khiển máy quét trên máy này ({detail}).',
    en: 'The scanner driver could not be loaded on this computer ({detail}).',
  },
});
