import { claimBirthDate, claimDate, claimDateTime } from './from-invoice';
import type { Xml0CheckIn } from './xml130-fields';

/** What the check-in table (XML0) says when an insured patient arrives. */
export interface CheckInInput {
  facilityCode: string;
  /** MA_LK: the same link the visit's XML1 will carry. */
  link: string;
  patient: {
    code: string;
    fullName: string;
    citizenId: string;
    /** YYYY-MM-DD or YYYY. */
    birthDate: string;
    sex: 'male' | 'female';
  };
  card: { code: string; registeredFacility: string; validFrom: string; validTo: string };
  visitObjectCode: string;
  /** ISO instant of the check-in. */
  arrivedAt: string;
  /**
   * The first cost the visit incurs: the station's exam fee, ordered when the doctor takes the
   * patient (MA_DICH_VU by its shared-list code).
   */
  firstService: { code: string; name: string } | null;
}

/**
 * The XML0 row of CV 1245 §2.4 (Bảng check-in of QĐ 4750): identity, card, MA_DOITUONG_KCB and
 * the first cost, an outpatient visit (MA_LOAI_KCB 01) ordered at arrival.
 */
export function checkInRow(input: CheckInInput): Xml0CheckIn {
  const { patient, card } = input;
  const arrived = claimDateTime(input.arrivedAt);
  return {
    MA_LK: input.link,
    STT: 1,
    MA_BN: patient.code,
    HO_TEN: patient.fullName,
    SO_CCCD: patient.citizenId,
    NGAY_SINH: claimBirthDate(patient.birthDate),
    GIOI_TINH: patient.sex === 'male' ? 1 : 2,
    MA_THE_BHYT: card.code,
    MA_DKBD: card.registeredFacility,
    GT_THE_TU: claimDate(card.validFrom),
    GT_THE_DEN: claimDate(card.validTo),
    MA_DOITUONG_KCB: input.visitObjectCode,
    NGAY_VAO: arrived,
    NGAY_VAO_NOI_TRU: '',
    LY_DO_VNT: '',
    MA_LY_DO_VNT: '',
    MA_LOAI_KCB: '01',
    MA_CSKCB: input.facilityCode,
    MA_DICH_VU: input.firstService?.code ?? '',
    TEN_DICH_VU: input.firstService?.name ?? '',
    MA_THUOC: '',
    TEN_THUOC: '',
    MA_VAT_TU: '',
    TEN_VAT_TU: '',
    NGAY_YL: arrived,
    DU_PHONG: '',
  };
}
