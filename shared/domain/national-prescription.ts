import type { VisitDetail } from '../api/exam';
import type { NationalPrescription } from '../api/prescriptions';
import { localDate, localTime } from './dates';
import { printedUsage } from './prescription-print';

const DAY_MS = 24 * 60 * 60_000;

/** "2026-11-26 09:30:00" in Vietnam for an instant. */
function localDateTime(iso: string): string {
  const instant = new Date(iso);
  const seconds = String(instant.getUTCSeconds()).padStart(2, '0');
  return `${localDate(instant)} ${localTime(instant)}:${seconds}`;
}

/** dd/mm/yyyy, or the year alone when only it is known. */
function birthDate(patient: VisitDetail['patient']): string {
  if (!patient.birthDate) return String(patient.birthYear);
  const [year, month, day] = patient.birthDate.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * The visit's prescription as the national e-prescription system takes it (QĐ 808/QĐ-BYT):
 * the drugs by INN with the brand beside them, each usage as printed, the re-exam as a count of
 * days. The caller checks it against nationalPrescriptionSchema.
 */
export function nationalPrescription(detail: VisitDetail): NationalPrescription | null {
  const { prescription, patient } = detail;
  if (!prescription) return null;
  const written = localDate(new Date(prescription.updatedAt));
  const weight = detail.vitals?.weightKg ?? null;
  return {
    ma_don_thuoc: prescription.code,
    loai_don_thuoc: prescription.type,
    ho_ten_benh_nhan: patient.fullName,
    ...(patient.cccd && { ma_dinh_danh_cong_dan: patient.cccd }),
    ngay_sinh_benh_nhan: birthDate(patient),
    ...(weight !== null && weight > 0 && { can_nang: weight }),
    gioi_tinh: patient.sex === 'male' ? 2 : 3,
    ...(detail.bhyt && { ma_so_the_bao_hiem_y_te: detail.bhyt.code }),
    ...(patient.isUnder72Months &&
      patient.guardian && { thong_tin_nguoi_giam_ho: patient.guardian.name }),
    dia_chi: patient.address ?? '',
    chan_doan: detail.diagnoses.map((d) => ({
      ma_chan_doan: d.code,
      ten_chan_doan: d.name,
      ket_luan: d.text ?? '',
    })),
    thong_tin_don_thuoc: prescription.items.map((item) => ({
      ma_thuoc: item.drugCode,
      biet_duoc: item.name,
      ten_thuoc: [item.ingredient, item.strength].filter((s) => s.trim() !== '').join(' '),
      don_vi_tinh: item.unit,
      so_luong: item.quantity,
      cach_dung: printedUsage(item),
    })),
    loi_dan: detail.notes.advice ?? '',
    ...(detail.notes.reexamDate && {
      ngay_tai_kham: Math.round(
        (Date.parse(detail.notes.reexamDate) - Date.parse(written)) / DAY_MS,
      ),
    }),
    ngay_gio_ke_don: localDateTime(prescription.updatedAt),
  };
}
