import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { prescriptionItems, prescriptions } from '../../../db/schema';
import { formatIsoDate } from '../../../shared/domain/dates';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { rule, text, type PrintDocument } from '../../devices/print/layout';
import { notFound } from '../errors';
import { getPatientRow } from '../patients/registry';
import { getVisitRow } from '../visits/visits';
import { readPrescription } from './store';

/** Labels are read by the patient at home: always Vietnamese. */
const vi = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);

/**
 * The label stuck on one drug's bag (devices.print { kind: 'label', id: prescription item id }):
 * whose drug it is, what it is, how much and how to take it (the usage line carries the note), from the saved prescription.
 */
export function drugLabelDocument(db: Db, itemId: number, facilityName: string): PrintDocument {
  const found = db
    .select({ visitId: prescriptions.visitId })
    .from(prescriptionItems)
    .innerJoin(prescriptions, eq(prescriptions.id, prescriptionItems.prescriptionId))
    .where(eq(prescriptionItems.id, itemId))
    .get();
  const prescription = found && readPrescription(db, found.visitId);
  const item = prescription?.items.find((line) => line.itemId === itemId);
  if (!found || !prescription || !item) throw notFound('clinical.rx.label.notFound');
  const visit = getVisitRow(db, found.visitId);
  const patient = getPatientRow(db, visit.patientId);
  return {
    blocks: [
      text(facilityName.toUpperCase(), { align: 'center', bold: true }),
      text(patient.fullName.toUpperCase(), { align: 'center', bold: true }),
      rule(),
      text(item.displayName, { bold: true, size: 'large' }),
      text(
        vi('clinical.rx.label.amount', {
          quantity: item.quantity,
          unit: item.unit,
          days: item.days,
        }),
      ),
      text(item.usage, { bold: true }),
      rule(),
      text(
        vi('clinical.rx.label.footer', {
          date: formatIsoDate(visit.visitDate),
          code: prescription.code,
        }),
        { align: 'center' },
      ),
    ],
  };
}
