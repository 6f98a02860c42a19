import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  drugs,
  prescriptionItems,
  prescriptions,
  serviceOrders,
  services,
  type VisitRow,
} from '../../../db/schema';
import type { CoverageCard, CoverageLine, Scope } from '../../../shared/domain/coverage';
import { fromMilli } from '../../../shared/domain/unit-price';
import { nameWithStrength } from '../../../shared/domain/prescription';
import { dispensedByItem } from '../pharmacy/ledger-queries';

/** A line to price, with what the invoice shows besides the money. */
export interface BillableItem {
  line: CoverageLine;
  /** services.id or drugs.id. */
  itemId: number;
  code: string;
  unit: string;
}

interface Snapshot {
  /** Thousandths of a dong, as stored. */
  unitPriceMilli: number;
  insuredPriceMilli: number | null;
  insuranceRatio: number;
  scope: number;
}

/** A null insured price means BHYT does not pay for the item: priced as out of scope. */
function pricing(snapshot: Snapshot): Omit<CoverageLine, 'kind' | 'refId' | 'name' | 'quantity'> {
  return {
    unitPrice: fromMilli(snapshot.unitPriceMilli),
    insuredUnitPrice: fromMilli(snapshot.insuredPriceMilli ?? snapshot.unitPriceMilli),
    coverageRatio: snapshot.insuranceRatio,
    scope: (snapshot.insuredPriceMilli === null ? 2 : snapshot.scope) as Scope,
  };
}

/** "Amlodipin Stada 5mg": the strength is added unless the trade name carries it ("Hapacol 500"). */
export function drugLabel(name: string, strength: string): string {
  return nameWithStrength(name, strength);
}

/**
 * What a visit bills: its services not cancelled, at their ordered prices, then the drugs the
 * stock ledger says were actually given (dispensed minus returned) at their prescribed prices.
 */
export function billableItems(db: Db, visitId: number): BillableItem[] {
  const ordered = db
    .select({ order: serviceOrders, service: services })
    .from(serviceOrders)
    .innerJoin(services, eq(services.id, serviceOrders.serviceId))
    .where(and(eq(serviceOrders.visitId, visitId), isNull(serviceOrders.cancelledAt)))
    .orderBy(asc(serviceOrders.id))
    .all();
  const items: BillableItem[] = ordered.map(({ order, service }) => ({
    line: {
      kind: 'service',
      refId: order.id,
      name: service.name,
      quantity: order.quantity,
      ...pricing(order),
    },
    itemId: service.id,
    code: service.bhxhCode ?? service.code,
    unit: service.unit ?? 'Lần',
  }));
  const prescription = db
    .select({ id: prescriptions.id })
    .from(prescriptions)
    .where(eq(prescriptions.visitId, visitId))
    .get();
  if (!prescription) return items;
  const given = dispensedByItem(db, prescription.id);
  const prescribed = db
    .select({ item: prescriptionItems, drug: drugs })
    .from(prescriptionItems)
    .innerJoin(drugs, eq(drugs.id, prescriptionItems.drugId))
    .where(eq(prescriptionItems.prescriptionId, prescription.id))
    .orderBy(asc(prescriptionItems.position))
    .all();
  for (const { item, drug } of prescribed) {
    const quantity = given.get(item.id) ?? 0;
    if (quantity <= 0) continue;
    items.push({
      line: {
        kind: 'drug',
        refId: item.id,
        name: drugLabel(drug.name, drug.strength),
        quantity,
        ...pricing(item),
      },
      itemId: drug.id,
      code: drug.code,
      unit: item.unit,
    });
  }
  return items;
}

/** The card as it was at check-in; fee visits and visits without one have none. */
export function visitCard(visit: VisitRow): CoverageCard | null {
  if (!visit.bhytCode) return null;
  return {
    code: visit.bhytCode,
    validFrom: visit.bhytValidFrom ?? '',
    validTo: visit.bhytValidTo ?? '',
    registeredFacility: visit.bhytFacilityCode ?? '',
  };
}
