import { defineMessages } from '../define';

export const patients = defineMessages({
  'patients.code.invalid': {
    vi: 'Mã bệnh nhân “{value}” không đúng dạng (ví dụ 01001-2026-000123).',
    en: 'Patient code “{value}” is not in the right form (e.g. 01001-2026-000123).',
  },
  'patients.phone.required': { vi: 'Chưa nhập số điện thoại.', en: 'Enter a phone number.' },
  'patients.phone.digits': {
    vi: 'Số điện thoại chỉ gồm chữ số (có thể có +84 ở đầu).',
    en: 'A phone number has only digits (+84 in front is fine).',
  },
  'patients.phone.prefix': {
    vi: 'Đầu số {prefix} không đúng: số di động bắt đầu bằng 03, 05, 07, 08, 09; số cố định bằng 02.',
    en: 'A number cannot start with {prefix}: mobiles start with 03, 05, 07, 08 or 09, landlines with 02.',
  },
  'patients.phone.length': {
    vi: 'Số điện thoại phải có {expected} chữ số (đang có {actual}).',
    en: 'The phone number must have {expected} digits (it has {actual}).',
  },
  'patients.cccd.required': { vi: 'Chưa nhập số CCCD.', en: 'Enter the citizen ID number.' },
  'patients.cccd.digits': {
    vi: 'Số CCCD chỉ gồm chữ số.',
    en: 'A citizen ID number has only digits.',
  },
  'patients.cccd.length': {
    vi: 'Số CCCD phải có {expected} chữ số (đang có {actual}).',
    en: 'A citizen ID number has {expected} digits (this one has {actual}).',
  },
  'patients.cccd.province': {
    vi: 'Số CCCD không đúng: {code} không phải mã tỉnh nơi đăng ký khai sinh.',
    en: 'This citizen ID is wrong: {code} is not a province-of-birth code.',
  },
  'patients.cccd.sexMismatch': {
    vi: 'Số CCCD không khớp giới tính: chữ số thứ 4 là {digit}.',
    en: 'The citizen ID does not match the sex: its 4th digit is {digit}.',
  },
  'patients.cccd.centuryMismatch': {
    vi: 'Số CCCD không khớp năm sinh {year}: chữ số thứ 4 ({digit}) chỉ thế kỷ sinh khác.',
    en: 'The citizen ID does not match birth year {year}: its 4th digit ({digit}) gives another century.',
  },
  'patients.cccd.yearMismatch': {
    vi: 'Số CCCD không khớp năm sinh {year}: chữ số thứ 5–6 là {suffix}.',
    en: 'The citizen ID does not match birth year {year}: its 5th–6th digits are {suffix}.',
  },
  'cards.bhyt.required': {
    vi: 'Chưa nhập mã thẻ BHYT.',
    en: 'Enter the health insurance card code.',
  },
  'cards.bhyt.group': {
    vi: 'Mã đối tượng “{group}” (2 chữ cái đầu của mã thẻ BHYT) không có trong danh mục.',
    en: 'Beneficiary group “{group}” (the first 2 letters of the card code) is not in the list.',
  },
  'cards.bhyt.level': {
    vi: 'Mức hưởng (ký tự thứ 3 của mã thẻ BHYT) phải là số từ 1 đến 5.',
    en: 'The benefit level (3rd character of the card code) must be a digit from 1 to 5.',
  },
  'cards.bhyt.province': {
    vi: 'Mã tỉnh “{province}” (ký tự thứ 4–5 của mã thẻ BHYT) không đúng.',
    en: 'Province code “{province}” (characters 4–5 of the card code) is not valid.',
  },
  'cards.bhyt.number': {
    vi: 'Mã số BHXH (phần cuối của mã thẻ) phải có {expected} chữ số (đang có {actual} ký tự).',
    en: 'The social insurance number (end of the card code) must have {expected} digits ({actual} characters now).',
  },
  'cards.bhyt.numberOnly': {
    vi: 'Thẻ chỉ có mã số BHXH 10 số: nhập đủ mã thẻ BHYT 15 ký tự hoặc tra cứu trên cổng BHXH.',
    en: 'The card carries only the 10-digit social insurance number: enter the full 15-character card code or look it up on the BHXH portal.',
  },
  'cards.bhyt.validFromInvalid': {
    vi: 'Ngày bắt đầu giá trị sử dụng của thẻ không hợp lệ.',
    en: 'The card’s valid-from date is not a valid date.',
  },
  'cards.bhyt.validToInvalid': {
    vi: 'Ngày hết hạn của thẻ không hợp lệ.',
    en: 'The card’s valid-to date is not a valid date.',
  },
  'cards.bhyt.datesReversed': {
    vi: 'Giá trị sử dụng của thẻ không đúng: từ ngày {validFrom} đến ngày {validTo}.',
    en: 'The card’s validity is wrong: from {validFrom} to {validTo}.',
  },
  'cards.bhyt.notYetValid': {
    vi: 'Thẻ BHYT chưa có giá trị sử dụng: có giá trị từ ngày {validFrom}.',
    en: 'The health insurance card is not valid yet: it starts on {validFrom}.',
  },
  'cards.bhyt.expired': {
    vi: 'Thẻ BHYT đã hết hạn sử dụng từ sau ngày {validTo}.',
    en: 'The health insurance card expired after {validTo}.',
  },
  'cards.bhyt.level1': {
    vi: 'Mức 1: hưởng 100% chi phí KCB, không giới hạn tỷ lệ thanh toán thuốc, vật tư, dịch vụ kỹ thuật',
    en: 'Level 1: 100% of care costs, no cap on the paid share of drugs, supplies and services',
  },
  'cards.bhyt.level2': {
    vi: 'Mức 2: hưởng 100% chi phí KCB, có giới hạn tỷ lệ thanh toán một số thuốc, vật tư, dịch vụ kỹ thuật',
    en: 'Level 2: 100% of care costs, with caps on some drugs, supplies and services',
  },
  'cards.bhyt.level3': {
    vi: 'Mức 3: hưởng 95% chi phí KCB, có giới hạn tỷ lệ thanh toán một số thuốc, vật tư, dịch vụ kỹ thuật',
    en: 'Level 3: 95% of care costs, with caps on some drugs, supplies and services',
  },
  'cards.bhyt.level4': {
    vi: 'Mức 4: hưởng 80% chi phí KCB, có giới hạn tỷ lệ thanh toán một số thuốc, vật tư, dịch vụ kỹ thuật',
    en: 'Level 4: 80% of care costs, with caps on some drugs, supplies and services',
  },
  'cards.bhyt.level5': {
    vi: 'Mức 5: hưởng 100% chi phí KCB, kể cả chi phí ngoài phạm vi được hưởng BHYT',
    en: 'Level 5: 100% of care costs, including costs outside the insured scope',
  },
  'cards.scan.empty': { vi: 'Không đọc được gì từ máy quét.', en: 'The scanner sent nothing.' },
  'cards.scan.tooLong': {
    vi: 'Dữ liệu quét quá dài, không phải mã trên thẻ.',
    en: 'The scan is too long to be a card code.',
  },
  'cards.scan.unrecognised': {
    vi: 'Không nhận ra mã vừa quét (không phải CCCD, thẻ BHYT hay thẻ bệnh nhân).',
    en: 'Unrecognised code (not a citizen ID, insurance card or patient card).',
  },
  'cards.scan.imeActive': {
    vi: 'Bộ gõ tiếng Việt đang làm sai mã quét. Tắt bộ gõ (Unikey/EVKey: chuyển sang chữ E) rồi quét lại.',
    en: 'The Vietnamese input method garbled the scan. Switch it off (Unikey/EVKey: E mode) and scan again.',
  },
  'cards.hex.empty': { vi: 'Mã quét rỗng.', en: 'The scan is empty.' },
  'cards.hex.invalidChar': {
    vi: 'Mã quét dạng hex có ký tự lạ “{char}”: tắt bộ gõ tiếng Việt rồi quét lại.',
    en: 'The hex scan has an unexpected character “{char}”: switch off the Vietnamese input method and scan again.',
  },
  'cards.hex.oddLength': {
    vi: 'Mã quét dạng hex bị thiếu ký tự: quét lại.',
    en: 'The hex scan is missing a character: scan again.',
  },
  'cards.hex.invalidUtf8': {
    vi: 'Mã quét dạng hex không đọc được thành chữ: quét lại.',
    en: 'The hex scan does not decode to text: scan again.',
  },
  'cards.qr.truncated': {
    vi: 'Mã QR đọc được không đầy đủ: quét lại hoặc nhập tay phần còn thiếu.',
    en: 'The QR code was read only in part: scan again or type in what is missing.',
  },
  'cards.qr.birthDate': {
    vi: 'Ngày sinh trên thẻ “{value}” không hợp lệ.',
    en: 'The date of birth on the card, “{value}”, is not a valid date.',
  },
  'cards.qr.sex': {
    vi: 'Giới tính trên thẻ “{value}” không đọc được.',
    en: 'The sex on the card, “{value}”, could not be read.',
  },
  'cards.qr.issueDate': {
    vi: 'Ngày cấp trên thẻ “{value}” không hợp lệ.',
    en: 'The issue date on the card, “{value}”, is not a valid date.',
  },
  'cards.qr.nameUnreadable': {
    vi: 'Không đọc được họ tên trên thẻ BHYT: nhập tay.',
    en: 'The name on the insurance card could not be read: type it in.',
  },
  'cards.qr.addressUnreadable': {
    vi: 'Không đọc được địa chỉ trên thẻ BHYT: nhập tay.',
    en: 'The address on the insurance card could not be read: type it in.',
  },
  'cards.qr.facility': {
    vi: 'Nơi đăng ký KCB ban đầu “{value}” không đúng mã cơ sở 5 ký tự.',
    en: 'The registered facility “{value}” is not a 5-character facility code.',
  },
  'cards.qr.validFrom': {
    vi: 'Ngày bắt đầu giá trị sử dụng “{value}” trên thẻ không hợp lệ.',
    en: 'The valid-from date on the card, “{value}”, is not a valid date.',
  },
  'cards.qr.validTo': {
    vi: 'Ngày hết hạn “{value}” trên thẻ không hợp lệ.',
    en: 'The valid-to date on the card, “{value}”, is not a valid date.',
  },
  'patients.notFound': { vi: 'Không tìm thấy người bệnh.', en: 'Patient not found.' },
  'patients.merged': {
    vi: 'Hồ sơ này đã được gộp vào hồ sơ khác: mở hồ sơ được giữ lại.',
    en: 'This record was merged into another: open the record that was kept.',
  },
  'patients.mergeSelf': {
    vi: 'Không thể gộp một hồ sơ vào chính nó.',
    en: 'A record cannot be merged into itself.',
  },
  'patients.changedMeanwhile': {
    vi: 'Hồ sơ vừa được người khác sửa. Mở lại hồ sơ để xem thay đổi rồi sửa tiếp.',
    en: 'Someone else just changed this record. Reopen it to see their changes, then edit again.',
  },
  'patients.duplicate.cccd': {
    vi: 'Số CCCD này đã có trong hồ sơ {code} ({name}).',
    en: 'This citizen ID is already on record {code} ({name}).',
  },
  'patients.duplicate.bhyt': {
    vi: 'Mã thẻ BHYT này đã có trong hồ sơ {code} ({name}).',
    en: 'This insurance card is already on record {code} ({name}).',
  },
  'patients.birth.required': {
    vi: 'Nhập ngày sinh, hoặc năm sinh nếu người bệnh chỉ nhớ năm.',
    en: 'Enter the date of birth, or the year if that is all the patient knows.',
  },
  'patients.birth.yearMismatch': {
    vi: 'Năm sinh phải là {year}, theo ngày sinh.',
    en: 'The year of birth must be {year}, as in the date of birth.',
  },
  'patients.birth.future': {
    vi: 'Ngày sinh ở tương lai.',
    en: 'The date of birth is in the future.',
  },
  'patients.name.noLetters': {
    vi: 'Họ tên phải có chữ cái.',
    en: 'The name must contain letters.',
  },
  'patients.address.province': {
    vi: 'Tỉnh/thành phố không có trong danh mục 2025.',
    en: 'This province is not in the 2025 list.',
  },
  'patients.address.oldWard': {
    vi: 'Xã/phường cũ này không thuộc xã/phường mới đã chọn.',
    en: 'This former commune is not part of the chosen commune.',
  },
  'patients.nationality.code': {
    vi: 'Mã quốc tịch gồm 3 chữ số (TT 07/2016/TT-BCA).',
    en: 'The nationality code has 3 digits (TT 07/2016/TT-BCA).',
  },
  'patients.occupation.code': {
    vi: 'Mã nghề nghiệp gồm 5 chữ số (QĐ 34/2020/QĐ-TTg); 00000 nếu không có nghề.',
    en: 'The occupation code has 5 digits (QĐ 34/2020/QĐ-TTg); 00000 for none.',
  },
  'patients.address.ward': {
    vi: 'Xã/phường không thuộc tỉnh/thành phố đã chọn.',
    en: 'This commune is not in the chosen province.',
  },
  'patients.ethnicity.unknown': {
    vi: 'Mã dân tộc không có trong danh mục.',
    en: 'This ethnicity code is not in the list.',
  },
  'patients.guardian.required': {
    vi: 'Trẻ dưới {months} tháng tuổi cần có họ tên người giám hộ.',
    en: 'A child under {months} months needs a guardian’s name.',
  },
  'patients.sex.male': { vi: 'Nam', en: 'Male' },
  'patients.sex.female': { vi: 'Nữ', en: 'Female' },
  'patients.insurance.none': { vi: 'Không có BHYT', en: 'No insurance' },
  'patients.insurance.verified': { vi: 'Có thẻ BHYT', en: 'Insurance card seen' },
  'patients.insurance.unverified': {
    vi: 'BHYT chưa xác minh (chỉ có CCCD)',
    en: 'Insurance not verified (citizen ID only)',
  },
  'patients.card.title': { vi: 'THẺ KHÁM BỆNH', en: 'PATIENT CARD' },
  'patients.card.code': { vi: 'Mã người bệnh', en: 'Patient code' },
  'patients.card.birthDate': { vi: 'Ngày sinh {date}', en: 'Born {date}' },
  'patients.card.birthYear': { vi: 'Năm sinh {year}', en: 'Born {year}' },
  'visits.notFound': { vi: 'Không tìm thấy lượt khám.', en: 'Visit not found.' },
  'visits.alreadyQueued': {
    vi: 'Người bệnh đã có lượt khám hôm nay, số thứ tự {number}.',
    en: 'The patient is already checked in today, number {number}.',
  },
  'visits.cannotMove': {
    vi: 'Lượt khám này đã sang bước khác nên không làm được thao tác này. Hãy tải lại danh sách.',
    en: 'This visit has moved on to another step, so this cannot be done. Reload the list.',
  },
  'visits.cannotCancel': {
    vi: 'Lượt khám đã chuyển sang lấy thuốc, thanh toán hoặc đã kết thúc: không hủy được.',
    en: 'The visit has moved on to pharmacy or payment, or has ended: it cannot be cancelled.',
  },
  'visits.bhyt.noCard': {
    vi: 'Người bệnh chưa có thẻ BHYT trong hồ sơ: nhập thẻ vào hồ sơ, hoặc khám thu phí.',
    en: 'The record has no insurance card: add the card to the record, or make a fee-paying visit.',
  },
  'visits.bhyt.unverified': {
    vi: 'Người bệnh mới xuất trình CCCD, chưa có mã thẻ BHYT: tra cứu thẻ trên cổng BHXH và nhập vào hồ sơ, hoặc khám thu phí.',
    en: 'Only the citizen ID was shown, no insurance card code: look the card up on the BHXH portal and add it to the record, or make a fee-paying visit.',
  },
  'visits.kind.bhyt': { vi: 'Khám BHYT', en: 'Insured (BHYT)' },
  'visits.kind.fee': { vi: 'Khám thu phí', en: 'Fee-paying' },
  'visits.priority.none': { vi: 'Không ưu tiên', en: 'No priority' },
  'visits.priority.child': { vi: 'Trẻ em dưới 6 tuổi', en: 'Child under 6' },
  'visits.priority.elderly': { vi: 'Người từ 80 tuổi', en: 'Aged 80 or over' },
  'visits.priority.disability': { vi: 'Người khuyết tật', en: 'Disability' },
  'visits.priority.pregnancy': { vi: 'Phụ nữ có thai', en: 'Pregnancy' },
  'visits.priority.emergency': { vi: 'Cấp cứu', en: 'Emergency' },
  'visits.status.waiting': { vi: 'Chờ khám', en: 'Waiting' },
  'visits.status.in_exam': { vi: 'Đang khám', en: 'In exam' },
  'visits.status.awaiting_pharmacy': { vi: 'Chờ lấy thuốc', en: 'Awaiting pharmacy' },
  'visits.status.awaiting_payment': { vi: 'Chờ thanh toán', en: 'Awaiting payment' },
  'visits.status.done': { vi: 'Đã xong', en: 'Done' },
  'visits.status.cancelled': { vi: 'Đã hủy', en: 'Cancelled' },
  'visits.ticket.title': { vi: 'SỐ THỨ TỰ KHÁM BỆNH', en: 'QUEUE NUMBER' },
  'visits.ticket.wait': {
    vi: 'Vui lòng ngồi chờ gọi số. Xin cảm ơn!',
    en: 'Please wait until your number is called. Thank you!',
  },
});
