import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { prescriptions } from '../../../db/schema';
import type { ClaimProblem } from '../../../shared/api/claims';
import {
  nationalPrescriptionSchema,
  type NationalPrescription,
} from '../../../shared/api/prescriptions';
import type { Settings } from '../../../shared/api';
import { nationalPrescription } from '../../../shared/domain/national-prescription';
import { enqueue } from '../claims/outbox';
import { visitDetail } from '../exam/detail';
import { notFound } from '../errors';

export interface NationalPayload {
  visitId: number;
  payload: NationalPrescription;
  /** What the national system's schema refuses, by field, with the patient named. */
  problems: ClaimProblem[];
}

/** The prescription of a visit in the national system's form, with what its schema refuses. */
export function nationalPayloadOf(
  db: Db,
  prescriptionId: number,
  clinical: Settings['clinical'],
): NationalPayload {
  const row = db
    .select({ visitId: prescriptions.visitId })
    .from(prescriptions)
    .where(eq(prescriptions.id, prescriptionId))
    .get();
  if (!row) throw notFound('clinical.rx.notFound');
  const detail = visitDetail(db, row.visitId, clinical);
  const payload = nationalPrescription(detail);
  if (!payload) throw notFound('clinical.rx.notFound');
  const checked = nationalPrescriptionSchema.safeParse(payload);
  const subject = {
    key: 'clinical.rx.national.subject',
    params: { code: payload.ma_don_thuoc, patient: payload.ho_ten_benh_nhan },
  } as const;
  const problems: ClaimProblem[] = checked.success
    ? []
    : checked.error.issues.map((issue) => ({
        key: 'clinical.rx.national.field',
        params: { field: issue.path.join('.') },
        subject,
        field: issue.path.join('.'),
      }));
  return { visitId: row.visitId, payload, problems };
}

/**
 * A finished visit's prescription waits in the outbox for the national system's upload adapter
 * (credentials and network are not here: nothing is sent, nothing pretends to be).
 */
export function queuePrescription(
  db: Db,
  prescriptionId: number,
  clinical: Settings['clinical'],
  at: string,
): void {
  const { visitId, payload, problems } = nationalPayloadOf(db, prescriptionId, clinical);
  enqueue(db, 'prescription', visitId, payload, problems, at);
}
