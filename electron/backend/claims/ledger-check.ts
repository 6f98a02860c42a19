import type Database from 'better-sqlite3';
import type { LocalizedText } from '../../../shared/api';

interface Quantity {
  visitId: number;
  itemId: number;
  name: string;
  quantity: number;
}

/**
 * Visits of a period whose invoice bills other drug quantities than the stock ledger says were
 * handed over (dispensed minus returned): the claim must say what the patient received, so
 * claims.validate lists them and the export leaves them out.
 */
export function invoiceLedgerDifferences(
  sqlite: Database.Database,
  visitIds: readonly number[],
): Map<number, LocalizedText[]> {
  const problems = new Map<number, LocalizedText[]>();
  if (visitIds.length === 0) return problems;
  const ids = JSON.stringify(visitIds);
  const given = sqlite
    .prepare<[string], Quantity>(
      `SELECT p.visit_id AS visitId, i.id AS itemId, d.name AS name,
              -sum(m.quantity) AS quantity
       FROM stock_movements m
       JOIN prescription_items i ON i.id = m.prescription_item_id
       JOIN prescriptions p ON p.id = i.prescription_id
       JOIN drugs d ON d.id = i.drug_id
       WHERE p.visit_id IN (SELECT value FROM json_each(?)) AND m.kind IN ('dispense', 'return')
       GROUP BY i.id`,
    )
    .all(ids);
  const billed = sqlite
    .prepare<[string], Quantity>(
      `SELECT v.visit_id AS visitId, l.ref_id AS itemId, l.name AS name, l.quantity AS quantity
       FROM invoice_lines l JOIN invoices v ON v.id = l.invoice_id
       WHERE v.visit_id IN (SELECT value FROM json_each(?)) AND l.kind = 'drug'`,
    )
    .all(ids);
  const key = (q: Quantity): string => `${q.visitId}:${q.itemId}`;
  const billedBy = new Map(billed.map((q) => [key(q), q]));
  const givenBy = new Map(given.filter((q) => q.quantity > 0).map((q) => [key(q), q]));
  for (const k of new Set([...billedBy.keys(), ...givenBy.keys()])) {
    const bill = billedBy.get(k);
    const gave = givenBy.get(k);
    const billedQty = bill?.quantity ?? 0;
    const givenQty = gave?.quantity ?? 0;
    if (billedQty === givenQty) continue;
    const visitId = (bill ?? gave)?.visitId ?? 0;
    const list = problems.get(visitId) ?? [];
    list.push({
      key: 'claims.problem.ledgerMismatch',
      params: { name: bill?.name ?? gave?.name ?? '', billed: billedQty, given: givenQty },
    });
    problems.set(visitId, list);
  }
  return problems;
}
