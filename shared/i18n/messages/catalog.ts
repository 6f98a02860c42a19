import { defineMessages } from '../define';

/** Catalogues: ICD-10, drugs, services, and importing them from files. */
export const catalog = defineMessages({
  'catalog.kind.icd': { vi: 'Danh mục bệnh ICD-10', en: 'ICD-10 diagnoses' },
  'catalog.kind.drugs': { vi: 'Danh mục thuốc', en: 'Drug catalogue' },
  'catalog.kind.services': { vi: 'Danh mục dịch vụ kỹ thuật', en: 'Service catalogue' },
  'catalog.file.unsupported': {
    vi: 'Không đọc được loại tệp này. Chọn tệp Excel (.xlsx) hoặc CSV.',
    en: 'This kind of file cannot be read. Choose an Excel (.xlsx) or CSV file.',
  },
  'catalog.file.oldExcel': {
    vi: 'Tệp Excel cũ (.xls) không đọc được. Mở bằng Excel và lưu lại dạng .xlsx.',
    en: 'Old Excel files (.xls) cannot be read. Open it in Excel and save it as .xlsx.',
  },
  'catalog.file.unreadable': {
    vi: 'Tệp bị hỏng hoặc không phải tệp Excel.',
    en: 'The file is damaged or is not an Excel file.',
  },
  'catalog.file.encoding': {
    vi: 'Tệp CSV không phải mã UTF-8. Trong Excel chọn Lưu thành "CSV UTF-8".',
    en: 'The CSV file is not UTF-8. In Excel, save it as "CSV UTF-8".',
  },
  'catalog.file.empty': { vi: 'Tệp không có dữ liệu.', en: 'The file has no data.' },
  'catalog.file.tooManyRows': {
    vi: 'Tệp có quá nhiều dòng (tối đa {max}).',
    en: 'The file has too many rows (at most {max}).',
  },
  'catalog.file.unclosedQuote': {
    vi: 'Tệp CSV có dấu ngoặc kép chưa đóng ở dòng {row}.',
    en: 'The CSV file has an unclosed quote at row {row}.',
  },
  'catalog.import.missingColumns': {
    vi: 'Tệp thiếu cột bắt buộc: {columns}.',
    en: 'The file lacks required columns: {columns}.',
  },
  'catalog.row.required': { vi: 'Cột {column} bị trống.', en: 'Column {column} is empty.' },
  'catalog.row.badIcdCode': {
    vi: 'Mã bệnh "{code}" không đúng dạng ICD-10 (ví dụ I10, E11.9).',
    en: 'Code "{code}" is not an ICD-10 code (e.g. I10, E11.9).',
  },
  'catalog.row.badCode': {
    vi: 'Mã "{code}" không hợp lệ: chỉ gồm chữ, số và . _ - /, không có dấu cách.',
    en: 'Code "{code}" is not valid: letters, digits and . _ - / only, no spaces.',
  },
  'catalog.row.notNumber': {
    vi: 'Cột {column}: "{value}" không phải là số.',
    en: 'Column {column}: "{value}" is not a number.',
  },
  'catalog.row.negative': {
    vi: 'Cột {column}: "{value}" là số âm.',
    en: 'Column {column}: "{value}" is negative.',
  },
  'catalog.row.fractionalPrice': {
    vi: 'Cột {column}: giá "{value}" có quá 3 chữ số thập phân.',
    en: 'Column {column}: price "{value}" has more than 3 decimals.',
  },
  'catalog.row.ratioRange': {
    vi: 'Tỷ lệ thanh toán BHYT "{value}" phải từ 0 đến {max}.',
    en: 'BHYT payment ratio "{value}" must be between 0 and {max}.',
  },
  'catalog.row.badScope': {
    vi: 'Phạm vi "{value}" không đúng: ghi 1 (trong phạm vi BHYT), 2 hoặc 3.',
    en: 'Scope "{value}" is not valid: use 1 (within BHYT), 2 or 3.',
  },
  'catalog.row.badIngredients': {
    vi: 'Tên hoạt chất "{value}" có phần trống giữa các dấu +.',
    en: 'Active ingredients "{value}" have an empty part between the + signs.',
  },
  'catalog.row.strengthMismatch': {
    vi: 'Có {ingredients} hoạt chất nhưng {strengths} hàm lượng (ngăn cách bằng dấu +).',
    en: '{ingredients} active ingredients but {strengths} strengths (separated by +).',
  },
  'catalog.row.duplicate': {
    vi: 'Trùng với dòng {firstRow} (mã {code}).',
    en: 'Duplicate of row {firstRow} (code {code}).',
  },
  'catalog.row.insuredAbovePrice': {
    vi: 'Đơn giá BHYT {insuredPrice} cao hơn đơn giá {price}.',
    en: 'BHYT price {insuredPrice} is above the price {price}.',
  },
  'catalog.row.ratioWhole': {
    vi: 'Tỷ lệ thanh toán BHYT "{value}" phải là số phần trăm nguyên.',
    en: 'BHYT payment ratio "{value}" must be a whole percent.',
  },
  'catalog.file.notBase64': {
    vi: 'Nội dung tệp gửi lên bị hỏng. Chọn lại tệp.',
    en: 'The uploaded file content is damaged. Choose the file again.',
  },
  'catalog.file.tooLarge': {
    vi: 'Tệp quá lớn để nhập.',
    en: 'The file is too large to import.',
  },
  'catalog.import.adminOnly': {
    vi: 'Chỉ trạm trưởng được nhập danh mục này; dược sĩ chỉ nhập danh mục thuốc.',
    en: 'Only an administrator may import this catalogue; pharmacists import drugs only.',
  },
  'catalog.code.invalid': {
    vi: 'Mã chỉ gồm chữ, số và . _ - /, không có dấu cách (tối đa 50 ký tự).',
    en: 'A code holds letters, digits and . _ - / only, no spaces (at most 50 characters).',
  },
  'catalog.icd.notFound': {
    vi: 'Không có mã bệnh {code} trong danh mục.',
    en: 'Code {code} is not in the ICD-10 catalogue.',
  },
  'catalog.drug.notFound': { vi: 'Không tìm thấy thuốc.', en: 'The drug was not found.' },
  'catalog.drug.exists': {
    vi: 'Đã có thuốc mã {code} với số đăng ký này.',
    en: 'A drug with code {code} and this registration number already exists.',
  },
  'catalog.drug.ingredientRequired': {
    vi: 'Cần ít nhất một hoạt chất.',
    en: 'At least one active ingredient is needed.',
  },
  'catalog.price.decimals': {
    vi: 'Đơn giá có tối đa 3 chữ số thập phân.',
    en: 'A unit price has at most 3 decimals.',
  },
  'catalog.service.bhxhCodeInvalid': {
    vi: 'Mã BHXH chỉ gồm chữ, số và dấu chấm, ví dụ 13.0001.0001.',
    en: 'The BHXH code holds letters, digits and dots only, e.g. 13.0001.0001.',
  },
  'catalog.drug.routeCodeUnknown': {
    vi: 'Mã đường dùng "{code}" không có trong danh mục của Bộ Y tế.',
    en: 'Route code "{code}" is not in the Ministry of Health list.',
  },
  'catalog.drug.tenderFormat': {
    vi: 'Thông tin thầu ghi theo dạng: số quyết định;gói thầu;nhóm thầu;năm (ví dụ 57/QĐ-TTMS;G1;N1;2022).',
    en: 'Tender information reads: decision;package;group;year (e.g. 57/QĐ-TTMS;G1;N1;2022).',
  },
  'catalog.warn.title': {
    vi: 'Lưu được, nhưng hồ sơ giám định BHYT sẽ bị giữ lại',
    en: 'Saved, but BHYT claims will be held back',
  },
  'catalog.warn.badge': { vi: 'Thiếu cho giám định', en: 'Not ready for claims' },
  'catalog.warn.drugPriceSplit': {
    vi: 'Thuốc BHYT có giá bán {price} khác giá BHYT {insuredPrice}: bảng XML2 chỉ có một đơn giá, hồ sơ giám định sẽ bị giữ lại.',
    en: 'A BHYT drug priced {price} with a BHYT price of {insuredPrice}: XML2 has one unit price, so claims will be held back.',
  },
  'catalog.warn.noTender': {
    vi: 'Thuốc BHYT chưa có thông tin thầu (TT_THAU): hồ sơ giám định sẽ bị giữ lại.',
    en: 'The BHYT drug has no tender information (TT_THAU): claims will be held back.',
  },
  'catalog.warn.noRouteCode': {
    vi: 'Thuốc BHYT chưa có mã đường dùng: hồ sơ giám định sẽ bị giữ lại.',
    en: 'The BHYT drug has no route code: claims will be held back.',
  },
  'catalog.warn.noBhxhCode': {
    vi: 'Dịch vụ BHYT chưa có mã BHXH (MA_DICH_VU): hồ sơ giám định có dịch vụ này sẽ bị giữ lại.',
    en: 'The BHYT service has no BHXH code (MA_DICH_VU): claims with it will be held back.',
  },
  'catalog.insuredAbovePrice': {
    vi: 'Đơn giá BHYT không được cao hơn đơn giá.',
    en: 'The BHYT price cannot be higher than the price.',
  },
  'catalog.service.notFound': { vi: 'Không tìm thấy dịch vụ.', en: 'The service was not found.' },
  'catalog.service.codeTaken': {
    vi: 'Mã dịch vụ {code} đã có trong danh mục.',
    en: 'Service code {code} is already in the catalogue.',
  },
  'nav.catalog': { vi: 'Danh mục', en: 'Catalogues' },
  'catalog.title': { vi: 'Danh mục', en: 'Catalogues' },
  'catalog.description': {
    vi: 'Danh mục bệnh ICD-10, thuốc và dịch vụ kỹ thuật của trạm.',
    en: "The station's ICD-10 diagnoses, drugs and services.",
  },
  'catalog.tab.icd': { vi: 'ICD-10', en: 'ICD-10' },
  'catalog.tab.drugs': { vi: 'Thuốc', en: 'Drugs' },
  'catalog.tab.services': { vi: 'Dịch vụ kỹ thuật', en: 'Services' },
  'catalog.search.icd': {
    vi: 'Tìm bệnh theo mã hoặc tên (gõ không dấu được)',
    en: 'Find a diagnosis by code or name (accents optional)',
  },
  'catalog.search.icdHint': {
    vi: 'Gõ mã (I10, j06) hoặc vài chữ đầu của tên bệnh, ví dụ "tang huyet ap".',
    en: 'Type a code (I10, j06) or the start of words of the name, e.g. "tang huyet ap".',
  },
  'catalog.search.drugs': {
    vi: 'Tìm thuốc theo hoạt chất, tên thuốc hoặc mã thuốc',
    en: 'Find a drug by active ingredient, trade name or code',
  },
  'catalog.search.services': {
    vi: 'Tìm dịch vụ theo mã hoặc tên',
    en: 'Find a service by code or name',
  },
  'catalog.search.typeToFind': {
    vi: 'Gõ vào ô tìm kiếm để xem kết quả.',
    en: 'Type in the search box to see results.',
  },
  'catalog.noResults': { vi: 'Không tìm thấy kết quả nào.', en: 'Nothing found.' },
  'catalog.favourites.none': {
    vi: 'Bạn chưa có mã bệnh hay dùng. Tìm một mã rồi bấm ☆ để thêm.',
    en: 'You have no favourite diagnoses yet. Find a code and press ☆ to add it.',
  },
  'catalog.favourites.title': { vi: 'Mã bệnh hay dùng của bạn', en: 'Your favourite diagnoses' },
  'catalog.favourite.add': { vi: 'Thêm {code} vào mã hay dùng', en: 'Add {code} to favourites' },
  'catalog.favourite.remove': {
    vi: 'Bỏ {code} khỏi mã hay dùng',
    en: 'Remove {code} from favourites',
  },
  'catalog.count': { vi: '{count} mục', en: '{count} entries' },
  'catalog.col.code': { vi: 'Mã', en: 'Code' },
  'catalog.col.icdName': { vi: 'Tên bệnh', en: 'Diagnosis' },
  'catalog.col.chapter': { vi: 'Chương', en: 'Chapter' },
  'catalog.col.favourite': { vi: 'Hay dùng', en: 'Favourite' },
  'catalog.col.ingredient': { vi: 'Hoạt chất', en: 'Active ingredient' },
  'catalog.col.drugName': { vi: 'Tên thuốc', en: 'Trade name' },
  'catalog.col.strength': { vi: 'Hàm lượng', en: 'Strength' },
  'catalog.col.unit': { vi: 'Đơn vị tính', en: 'Unit' },
  'catalog.col.route': { vi: 'Đường dùng', en: 'Route' },
  'catalog.col.price': { vi: 'Đơn giá', en: 'Price' },
  'catalog.col.insuredPrice': { vi: 'Đơn giá BHYT', en: 'BHYT price' },
  'catalog.col.ratio': { vi: 'Tỷ lệ thanh toán BHYT (%)', en: 'BHYT payment ratio (%)' },
  'catalog.col.scope': { vi: 'Phạm vi BHYT', en: 'BHYT scope' },
  'catalog.col.drugCode': { vi: 'Mã thuốc BHYT', en: 'BHYT drug code' },
  'catalog.col.dosageForm': { vi: 'Dạng bào chế', en: 'Dosage form' },
  'catalog.col.routeCode': { vi: 'Mã đường dùng', en: 'Route code' },
  'catalog.col.registrationNo': { vi: 'Số đăng ký', en: 'Registration number' },
  'catalog.col.serviceName': { vi: 'Tên dịch vụ', en: 'Service' },
  'catalog.col.category': { vi: 'Nhóm', en: 'Group' },
  'catalog.col.bhxhCode': { vi: 'Mã dịch vụ BHXH', en: 'BHXH service code' },
  'catalog.col.tenderInfo': { vi: 'Thông tin thầu (TT_THAU)', en: 'Tender (TT_THAU)' },
  'catalog.drug.tenderHint': {
    vi: 'Số QĐ trúng thầu;gói;nhóm;năm — bắt buộc với thuốc BHYT.',
    en: 'Award decision;package;group;year — required for BHYT drugs.',
  },
  'catalog.col.rxType': { vi: 'Loại đơn thuốc', en: 'Prescription type' },
  'catalog.rxType.c': { vi: 'c – Thuốc thông thường', en: 'c – Ordinary' },
  'catalog.rxType.n': { vi: 'n – Thuốc gây nghiện', en: 'n – Narcotic' },
  'catalog.rxType.h': { vi: 'h – Thuốc hướng thần, tiền chất', en: 'h – Psychotropic, precursor' },
  'catalog.rxType.y': { vi: 'y – Thuốc y học cổ truyền', en: 'y – Traditional medicine' },
  'catalog.drug.routeCodeHint': {
    vi: 'Theo danh mục đường dùng của Bộ Y tế (MA_DUONG_DUNG).',
    en: 'From the Ministry of Health list of routes (MA_DUONG_DUNG).',
  },
  'catalog.service.example': {
    vi: 'Dịch vụ mẫu: mã và giá chỉ là ví dụ. Ghi mã dịch vụ BHXH (danh mục dùng chung QĐ 7603/TT 23/2024) và giá của trạm.',
    en: 'A sample service: its code and price are examples. Enter the BHXH code (shared list, QĐ 7603/TT 23/2024) and the station’s price.',
  },
  'catalog.service.exampleBadge': { vi: 'Mẫu', en: 'Sample' },
  'catalog.service.bhxhCodeHint': {
    vi: 'Mã trong danh mục dùng chung (MA_DICH_VU trên XML3).',
    en: 'The shared-list code (MA_DICH_VU in XML3).',
  },
  'catalog.service.indices': {
    vi: 'Chỉ số kết quả (XML4)',
    en: 'Result indices (XML4)',
  },
  'catalog.service.indicesHint': {
    vi: 'Mỗi dòng một chỉ số: mã chỉ số (nếu có), tên, đơn vị. Để trống nếu kết quả chỉ ghi chữ.',
    en: 'One line per index: its code (if any), name and unit. Leave empty for a text result.',
  },
  'catalog.service.indexCode': { vi: 'Mã chỉ số {n}', en: 'Index code {n}' },
  'catalog.service.indexName': { vi: 'Tên chỉ số {n}', en: 'Index name {n}' },
  'catalog.service.indexUnit': { vi: 'Đơn vị {n}', en: 'Unit {n}' },
  'catalog.service.addIndex': { vi: '+ Thêm chỉ số', en: '+ Add an index' },
  'catalog.service.removeIndex': { vi: 'Bỏ chỉ số {n}', en: 'Remove index {n}' },
  'catalog.col.detail': { vi: 'Chi tiết', en: 'Details' },
  'catalog.inUse': { vi: 'Đang sử dụng', en: 'In use' },
  'catalog.inactive': { vi: 'Ngừng sử dụng', en: 'Not in use' },
  'catalog.multiIngredient': { vi: 'Đa thành phần', en: 'Combination' },
  'catalog.notInsured': { vi: 'Không', en: 'None' },
  'catalog.category.exam': { vi: 'Khám bệnh', en: 'Consultation' },
  'catalog.category.lab': { vi: 'Xét nghiệm', en: 'Laboratory test' },
  'catalog.category.imaging': { vi: 'Chẩn đoán hình ảnh', en: 'Imaging' },
  'catalog.category.procedure': { vi: 'Thủ thuật', en: 'Procedure' },
  'catalog.category.other': { vi: 'Khác', en: 'Other' },
  'catalog.scope.1': { vi: '1 – Trong phạm vi BHYT', en: '1 – Within BHYT cover' },
  'catalog.scope.2': { vi: '2 – Ngoài phạm vi BHYT', en: '2 – Outside BHYT cover' },
  'catalog.scope.3': {
    vi: '3 – Ngoài phạm vi, nguồn khác chi trả',
    en: '3 – Outside cover, paid by another source',
  },
  'catalog.drugs.empty': {
    vi: 'Chưa có thuốc nào. Nhập danh mục thuốc từ tệp Excel của BHXH (Mẫu 03/DM).',
    en: 'No drugs yet. Import the drug catalogue from the BHXH Excel file (form 03/DM).',
  },
  'catalog.drug.add': { vi: 'Thêm thuốc', en: 'Add drug' },
  'catalog.drug.edit': { vi: 'Sửa thuốc {name}', en: 'Edit drug {name}' },
  'catalog.drug.saved': { vi: 'Đã lưu thuốc {name}', en: 'Saved drug {name}' },
  'catalog.drug.codeHint': {
    vi: 'MA_THUOC trong danh mục thuốc BHXH, ví dụ 40.17.',
    en: 'MA_THUOC in the BHXH drug list, e.g. 40.17.',
  },
  'catalog.drug.dosageFormExample': { vi: 'Viên nén', en: 'Tablet' },
  'catalog.drug.insuredHint': {
    vi: 'Để trống nếu BHYT không thanh toán thuốc này.',
    en: 'Leave empty if BHYT does not pay for this drug.',
  },
  'catalog.drug.ingredientN': { vi: 'Hoạt chất {n}', en: 'Active ingredient {n}' },
  'catalog.drug.strengthN': { vi: 'Hàm lượng {n}', en: 'Strength {n}' },
  'catalog.drug.addIngredient': { vi: '+ Thêm hoạt chất', en: '+ Add an active ingredient' },
  'catalog.drug.removeIngredient': { vi: 'Bỏ hoạt chất {n}', en: 'Remove active ingredient {n}' },
  'catalog.service.add': { vi: 'Thêm dịch vụ', en: 'Add service' },
  'catalog.service.edit': { vi: 'Sửa dịch vụ {code}', en: 'Edit service {code}' },
  'catalog.service.saved': { vi: 'Đã lưu dịch vụ {code}', en: 'Saved service {code}' },
  'catalog.service.insuredHint': {
    vi: 'Để trống nếu BHYT không thanh toán dịch vụ này.',
    en: 'Leave empty if BHYT does not pay for this service.',
  },
  'catalog.import.button': { vi: 'Nhập từ tệp', en: 'Import from file' },
  'catalog.import.title.icd': {
    vi: 'Nhập danh mục bệnh ICD-10 từ tệp',
    en: 'Import ICD-10 diagnoses from a file',
  },
  'catalog.import.title.drugs': {
    vi: 'Nhập danh mục thuốc từ tệp',
    en: 'Import the drug catalogue from a file',
  },
  'catalog.import.title.services': {
    vi: 'Nhập danh mục dịch vụ kỹ thuật từ tệp',
    en: 'Import the service catalogue from a file',
  },
  'catalog.icd.category': { vi: 'Mã loại', en: 'Category' },
  'catalog.import.file': {
    vi: 'Tệp Excel (.xlsx) hoặc CSV',
    en: 'Excel (.xlsx) or CSV file',
  },
  'catalog.import.choose': { vi: 'Bấm để chọn tệp', en: 'Press to choose a file' },
  'catalog.import.hint.icd': {
    vi: 'Cần cột Mã bệnh và Tên bệnh; có thể thêm Tên tiếng Anh, Chương, Mã nhóm (như tệp ICD-10 của Bộ Y tế).',
    en: 'Needs the columns Mã bệnh and Tên bệnh; Tên tiếng Anh, Chương and Mã nhóm are optional (as in the MoH ICD-10 file).',
  },
  'catalog.import.hint.drugs': {
    vi: 'Theo mẫu BHXH (Mẫu 03/DM): cần MA_THUOC, TEN_HOAT_CHAT, TEN_THUOC, DON_VI_TINH, DON_GIA; có thể thêm HAM_LUONG, DUONG_DUNG, MA_DUONG_DUNG, DANG_BAO_CHE, SO_DANG_KY, DON_GIA_BH, TYLE_TT_BH, PHAM_VI.',
    en: 'BHXH layout (form 03/DM): needs MA_THUOC, TEN_HOAT_CHAT, TEN_THUOC, DON_VI_TINH, DON_GIA; may add HAM_LUONG, DUONG_DUNG, MA_DUONG_DUNG, DANG_BAO_CHE, SO_DANG_KY, DON_GIA_BH, TYLE_TT_BH, PHAM_VI.',
  },
  'catalog.import.hint.services': {
    vi: 'Cần MA_DICH_VU, TEN_DICH_VU, DON_GIA; có thể thêm DON_VI_TINH, DON_GIA_BH.',
    en: 'Needs MA_DICH_VU, TEN_DICH_VU, DON_GIA; may add DON_VI_TINH, DON_GIA_BH.',
  },
  'catalog.import.check': { vi: 'Kiểm tra tệp', en: 'Check the file' },
  'catalog.import.readFailed': {
    vi: 'Không đọc được tệp trên máy. Chọn lại tệp.',
    en: 'The file could not be read from this computer. Choose it again.',
  },
  'catalog.import.status.new': { vi: 'Mới', en: 'New' },
  'catalog.import.status.changed': { vi: 'Cập nhật', en: 'Updated' },
  'catalog.import.status.unchanged': { vi: 'Không đổi', en: 'Unchanged' },
  'catalog.import.rejected': { vi: 'Dòng lỗi', en: 'Rejected' },
  'catalog.import.previewOf': {
    vi: 'Tệp {fileName}: {rows} dòng dữ liệu. Xem trước các dòng đầu:',
    en: 'File {fileName}: {rows} data rows. The first rows:',
  },
  'catalog.import.rejectedTitle': {
    vi: 'Các dòng sẽ bị bỏ qua',
    en: 'Rows that will be skipped',
  },
  'catalog.import.skippedTitle': { vi: 'Các dòng đã bỏ qua', en: 'Rows skipped' },
  'catalog.import.rejectedMore': {
    vi: 'Còn {count} dòng lỗi khác không liệt kê.',
    en: '{count} more rejected rows are not listed.',
  },
  'catalog.import.row': { vi: 'Dòng', en: 'Row' },
  'catalog.import.reason': { vi: 'Lý do', en: 'Reason' },
  'catalog.import.status': { vi: 'Kết quả', en: 'Result' },
  'catalog.import.confirm': {
    vi: 'Xác nhận nhập {count} dòng',
    en: 'Import {count} rows',
  },
  'catalog.import.nothingToDo': {
    vi: 'Không có gì để nhập: mọi dòng đã có sẵn hoặc bị lỗi.',
    en: 'Nothing to import: every row is already there or rejected.',
  },
  'catalog.import.back': { vi: 'Chọn tệp khác', en: 'Choose another file' },
  'catalog.import.done': {
    vi: 'Đã nhập {imported} mục mới, cập nhật {updated} mục, {unchanged} mục không đổi, bỏ qua {rejected} dòng lỗi.',
    en: 'Imported {imported} new entries, updated {updated}, {unchanged} unchanged, skipped {rejected} rejected rows.',
  },
});
