import { randomUUID } from 'node:crypto';
import { drizzleFor } from '../../db/client';
import { visitVitals } from '../../db/schema';
import { moveVisit } from '../../electron/backend/visits/status';
import { expectOk, makeUser } from './backend';
import { billingClinic, checkIn, serviceId } from './billing';
import { insertExam, insertPrescription, insertServiceOrder } from './clinical';

export type MoneyClinic = Awaited<ReturnType<typeof moneyClinic>>;

/**
 * The cash desk and the pharmacy of one station on 26/11/2026: a cashier, a cashier supervisor
 * (refunds, voids), a pharmacist, the billing clinic's drug (800 đ a tablet, BHYT price the
 * same) with 100,000 tablets in stock, the commune 100% rule off so co-pays show.
 */
export async function moneyClinic() {
  const clinic = await billingClinic();
  const { backend, adminToken, call } = clinic;
  const pharmacist = await makeUser(backend, adminToken, ['pharmacist']);
  const supervisor = await makeUser(backend, adminToken, ['cashier']);
  expectOk(await call('users.update', { id: supervisor.id, cashierSupervisor: true }));
  expectOk(
    await call(
      'stock.receive',
      {
        supplier: 'Công ty Dược Hậu Giang',
        lines: [
          {
            drugId: clinic.drugId,
            lot: 'MF-2611',
            expiry: '2028-12-31',
            quantity: 100_000,
            unitCost: 500,
          },
        ],
      },
      pharmacist.token,
    ),
  );
  return { ...clinic, pharmacist, supervisor };
}

/**
 * An insured visit (level 4, registered here) the doctor has finished, waiting at the pharmacy:
 * weight, diagnosis, service orders and a prescription, as the exam room leaves them.
 */
export async function visitAtPharmacy(
  clinic: MoneyClinic,
  orders: {
    services?: readonly { code: string; unitPrice: number }[];
    drugs: readonly { drugId: number; quantity: number; unitPrice: number }[];
  },
): Promise<{ visitId: number; prescriptionId: number; itemIds: number[] }> {
  const { visitId } = await checkIn(clinic, 'bhyt');
  const { sqlite } = clinic.backend.services;
  const db = drizzleFor(sqlite);
  const now = clinic.clock();
  return sqlite.transaction(() => {
    moveVisit(db, visitId, 'in_exam', now);
    insertExam(sqlite, { visitId, doctorId: clinic.doctor.id, codes: ['E11'], at: now });
    // The weight every claim carries (CAN_NANG).
    db.insert(visitVitals)
      .values({
        visitId,
        weightKg: 62.5,
        recordedBy: clinic.doctor.id,
        recordedAt: now.toISOString(),
      })
      .run();
    for (const service of orders.services ?? []) {
      insertServiceOrder(sqlite, {
        visitId,
        serviceId: serviceId(sqlite, service.code),
        unitPrice: service.unitPrice,
        doctorId: clinic.doctor.id,
        at: now,
      });
    }
    const { prescriptionId, itemIds } = insertPrescription(sqlite, {
      visitId,
      doctorId: clinic.doctor.id,
      at: now,
      items: orders.drugs.map((d) => ({
        drugId: d.drugId,
        quantity: d.quantity,
        unitPrice: d.unitPrice,
      })),
    });
    moveVisit(db, visitId, 'awaiting_pharmacy', now);
    return { visitId, prescriptionId, itemIds };
  })();
}

/** The cashier pays a visit's bill in full in cash, as the desk shows it; the payment's answer. */
export async function payInFull(clinic: MoneyClinic, visitId: number) {
  const { call, cashier } = clinic;
  const bill = expectOk(await call('billing.invoice', { visitId }, cashier.token));
  const paid = expectOk(
    await call(
      'billing.pay',
      {
        invoiceId: bill.invoiceId,
        expectedTotal: bill.total,
        requestId: randomUUID(),
        method: 'cash',
        amount: bill.due,
      },
      cashier.token,
    ),
  );
  return { bill, paid };
}
