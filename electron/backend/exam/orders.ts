import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  serviceOrders,
  services,
  type ResultIndex,
  type ResultValue,
  type VisitRow,
} from '../../../db/schema';
import type { OrderView } from '../../../shared/api';
import type { LocalizedText } from '../../../shared/api/result';
import { fromMilli, fromMilliOrNull } from '../../../shared/domain/unit-price';
import { AppError, conflict, notFound } from '../errors';
import { readSection } from '../settings/store';
import type { WriteContext } from '../patients/registry';
import { visitInExam } from './record';

type OrderRow = typeof serviceOrders.$inferSelect;

const orderColumns = {
  order: serviceOrders,
  code: services.code,
  name: services.name,
  unit: services.unit,
  category: services.category,
  resultIndices: services.resultIndices,
};

type OrderJoin = { order: OrderRow } & Pick<
  OrderView,
  'code' | 'name' | 'unit' | 'category' | 'resultIndices'
>;

function toView({ order, ...service }: OrderJoin): OrderView {
  return {
    orderId: order.id,
    serviceId: order.serviceId,
    ...service,
    quantity: order.quantity,
    unitPrice: fromMilli(order.unitPriceMilli),
    insuredPrice: fromMilliOrNull(order.insuredPriceMilli),
    result: order.result,
    resultValues: order.resultValues ?? [],
    resultAt: order.resultAt,
    orderedAt: order.orderedAt,
    cancelledAt: order.cancelledAt,
  };
}

/** All orders of a visit, cancelled ones included (they show struck through), oldest first. */
export function listOrders(db: Db, visitId: number): OrderView[] {
  return db
    .select(orderColumns)
    .from(serviceOrders)
    .innerJoin(services, eq(services.id, serviceOrders.serviceId))
    .where(eq(serviceOrders.visitId, visitId))
    .orderBy(asc(serviceOrders.id))
    .all()
    .map(toView);
}

/**
 * Orders services at the catalogue's prices of today (copied, so a later price change does
 * not rewrite the bill). A service already ordered and not cancelled is refused: raise the
 * quantity instead.
 */
export function orderServices(
  ctx: WriteContext,
  visitId: number,
  wanted: readonly { serviceId: number; quantity: number }[],
): OrderView[] {
  visitInExam(ctx.db, visitId);
  const ids = wanted.map((w) => w.serviceId);
  const found = new Map(
    ctx.db
      .select()
      .from(services)
      .where(inArray(services.id, ids))
      .all()
      .map((s) => [s.id, s]),
  );
  const open = new Set(
    ctx.db
      .select({ serviceId: serviceOrders.serviceId })
      .from(serviceOrders)
      .where(and(eq(serviceOrders.visitId, visitId), isNull(serviceOrders.cancelledAt)))
      .all()
      .map((row) => row.serviceId),
  );
  const fieldErrors: Record<string, LocalizedText> = {};
  wanted.forEach(({ serviceId }, i) => {
    const service = found.get(serviceId);
    const path = `services.${i}.serviceId`;
    if (!service) fieldErrors[path] = { key: 'exam.order.unknownService' };
    else if (!service.active) {
      fieldErrors[path] = { key: 'exam.order.inactiveService', params: { name: service.name } };
    } else if (open.has(serviceId) || ids.indexOf(serviceId) < i) {
      fieldErrors[path] = { key: 'exam.order.duplicate', params: { name: service.name } };
    }
  });
  const [first] = Object.values(fieldErrors);
  if (first) throw new AppError('VALIDATION', first.key, { params: first.params, fieldErrors });
  const at = ctx.now.toISOString();
  for (const { serviceId, quantity } of wanted) {
    const service = found.get(serviceId);
    if (!service) continue;
    ctx.db
      .insert(serviceOrders)
      .values({
        visitId,
        serviceId,
        quantity,
        unitPriceMilli: service.priceMilli,
        insuredPriceMilli: service.insuredPriceMilli,
        insuranceRatio: service.insuranceRatio,
        scope: service.scope,
        orderedBy: ctx.userId,
        orderedAt: at,
      })
      .run();
  }
  return listOrders(ctx.db, visitId);
}

function orderInExam(db: Db, orderId: number): { order: OrderRow; visit: VisitRow } {
  const order = db.select().from(serviceOrders).where(eq(serviceOrders.id, orderId)).get();
  if (!order) throw notFound('exam.order.notFound');
  return { order, visit: visitInExam(db, order.visitId) };
}

function readOrder(db: Db, orderId: number): OrderView {
  const row = db
    .select(orderColumns)
    .from(serviceOrders)
    .innerJoin(services, eq(services.id, serviceOrders.serviceId))
    .where(eq(serviceOrders.id, orderId))
    .get();
  if (!row) throw notFound('exam.order.notFound');
  return toView(row);
}

/**
 * The measured values of a result against the service's definition (copied with the value, so
 * a later change of the definition does not rewrite a result); '' values are left out.
 */
function measured(
  indices: readonly ResultIndex[],
  values: readonly string[] | undefined,
): ResultValue[] {
  if (values === undefined) return [];
  if (values.length !== indices.length) {
    throw new AppError('VALIDATION', 'exam.order.valuesMismatch', {
      params: { expected: indices.length },
      fieldErrors: {
        values: { key: 'exam.order.valuesMismatch', params: { expected: indices.length } },
      },
    });
  }
  return indices.flatMap((index, i) => {
    const value = values[i] ?? '';
    return value === '' ? [] : [{ ...index, value }];
  });
}

export function setOrderResult(
  ctx: WriteContext,
  orderId: number,
  result: string | null,
  values?: readonly string[],
): { view: OrderView; visit: VisitRow } {
  const { order, visit } = orderInExam(ctx.db, orderId);
  if (order.cancelledAt) throw conflict('exam.order.cancelled');
  const service = ctx.db
    .select({ resultIndices: services.resultIndices })
    .from(services)
    .where(eq(services.id, order.serviceId))
    .get();
  const resultValues = measured(service?.resultIndices ?? [], values);
  const cleared = result === null && resultValues.length === 0;
  ctx.db
    .update(serviceOrders)
    .set({
      result,
      resultValues: cleared ? null : resultValues,
      resultBy: cleared ? null : ctx.userId,
      resultAt: cleared ? null : ctx.now.toISOString(),
    })
    .where(eq(serviceOrders.id, orderId))
    .run();
  return { view: readOrder(ctx.db, orderId), visit };
}

/** A service with a result was done and is billed: clear the result first to cancel it. */
export function cancelOrder(
  ctx: WriteContext,
  orderId: number,
): { view: OrderView; visit: VisitRow } {
  const { order, visit } = orderInExam(ctx.db, orderId);
  if (order.result !== null || (order.resultValues ?? []).length > 0) {
    throw conflict('exam.order.hasResult');
  }
  if (!order.cancelledAt) {
    ctx.db
      .update(serviceOrders)
      .set({ cancelledAt: ctx.now.toISOString() })
      .where(eq(serviceOrders.id, orderId))
      .run();
  }
  return { view: readOrder(ctx.db, orderId), visit };
}

/**
 * Orders the station's exam fee (settings: clinical.examServiceCode) when the doctor takes a
 * visit, so no visit reaches the cashier or the claim without it. A visit that already has an
 * exam-category order, even a cancelled one (the doctor waived it), gets nothing more.
 */
export function orderExamFee(ctx: WriteContext, visitId: number): void {
  const code = readSection(ctx.db, 'clinical').examServiceCode;
  if (code === '') return;
  const service = ctx.db.select().from(services).where(eq(services.code, code)).get();
  if (!service?.active) return;
  const examOrdered = ctx.db
    .select({ id: serviceOrders.id })
    .from(serviceOrders)
    .innerJoin(services, eq(services.id, serviceOrders.serviceId))
    .where(and(eq(serviceOrders.visitId, visitId), eq(services.category, 'exam')))
    .get();
  if (!examOrdered) orderServices(ctx, visitId, [{ serviceId: service.id, quantity: 1 }]);
}
