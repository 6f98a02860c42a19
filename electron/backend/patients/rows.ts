import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { patients, visits, type PatientRow, type VisitRow } from '../../../db/schema';
import type { PatientSummary, PatientView, VisitSummary } from '../../../shared/api';
import type { AdminUnits, OldUnitsByWard } from '../../../shared/domain/admin-units';

/** Visits shown with a patient record. */
const RECENT_VISITS = 10;

type Present<T> = { [K in keyof T]?: Exclude<T[K], null> };

/** The object without its null and undefined values: outputs leave unknown fields out. */
export function present<T extends object>(value: T): Present<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as Present<T>;
}

export function toSummary(row: PatientRow): PatientSummary {
  return {
    id: row.id,
    code: row.code,
    fullName: row.fullName,
    sex: row.sex,
    birthYear: row.birthYear,
    ...present({
      birthDate: row.birthDate,
      phone: row.phone,
      cccd: row.cccd,
      bhytCode: row.bhytCode,
      lastVisitAt: row.lastVisitAt,
    }),
  };
}

export function toVisitSummary(row: VisitRow): VisitSummary {
  return {
    visitId: row.id,
    visitDate: row.visitDate,
    queueNumber: row.queueNumber,
    kind: row.kind,
    priority: row.priority,
    status: row.status,
    createdAt: row.createdAt,
    ...present({ reason: row.reason, cancelReason: row.cancelReason }),
  };
}

/** The whole record with names for its address codes, its merge target and recent visits. */
export function toView(
  db: Db,
  units: AdminUnits,
  row: PatientRow,
  oldUnits?: OldUnitsByWard,
): PatientView {
  const old = row.wardCode
    ? oldUnits?.get(row.wardCode)?.find((o) => o.wardCode === row.oldWardCode)
    : undefined;
  const target = row.mergedIntoId
    ? db
        .select({ id: patients.id, code: patients.code })
        .from(patients)
        .where(eq(patients.id, row.mergedIntoId))
        .get()
    : undefined;
  const recent = db
    .select()
    .from(visits)
    .where(eq(visits.patientId, row.id))
    .orderBy(desc(visits.createdAt), desc(visits.id))
    .limit(RECENT_VISITS)
    .all();
  return {
    ...toSummary(row),
    ...(row.bhytCode &&
      row.bhytValidFrom &&
      row.bhytValidTo && {
        bhyt: {
          code: row.bhytCode,
          validFrom: row.bhytValidFrom,
          validTo: row.bhytValidTo,
          ...present({
            facilityCode: row.bhytFacilityCode,
            fiveYearDate: row.bhytFiveYearDate,
          }),
        },
      }),
    insuranceStatus: row.insuranceStatus,
    address: present({
      text: row.addressText,
      street: row.addressStreet,
      wardCode: row.wardCode,
      provinceCode: row.provinceCode,
      wardName: units.wards.find((w) => w.code === row.wardCode)?.name,
      provinceName: units.provinces.find((p) => p.code === row.provinceCode)?.name,
      oldWardCode: row.oldWardCode,
      oldWardName: old && `${old.wardName} (${old.districtName})`,
    }),
    ...present({
      nationalityCode: row.nationalityCode,
      ethnicityCode: row.ethnicityCode,
      occupation: row.occupation,
      occupationCode: row.occupationCode,
      notes: row.notes,
    }),
    allergies: { ...present({ text: row.allergiesText }), ingredients: row.allergyIngredients },
    ...(row.guardianName && {
      guardian: { name: row.guardianName, ...present({ phone: row.guardianPhone }) },
    }),
    ...(target && { mergedInto: target }),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    visits: recent.map(toVisitSummary),
  };
}
