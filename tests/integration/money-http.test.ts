import { describe, expect, it } from 'vitest';
import type { ApiError, DispenseResult } from '../../shared/api';
import { serve } from '../helpers/http';
import { ledgerSum, pharmacyClinic } from '../helpers/pharmacy';

type Answer<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The three money defects of issue 11, each driven over real HTTP on loopback. */
describe('money over HTTP', () => {
  it('refuses the same item twice in one hand-over, and gives out only what is owed', async () => {
    const clinic = await pharmacyClinic();
    const { paracetamol } = clinic.drugs;
    const [batchId] = (
      await clinic.receive([
        { drugId: paracetamol, lot: 'P1', expiry: '2028-01-31', quantity: 100, unitCost: 300 },
      ])
    ).lines.map((l) => l.batchId);
    const { prescriptionId, itemIds } = await clinic.prescribe([
      { drugId: paracetamol, quantity: 10 },
    ]);
    const itemId = itemIds[0] ?? 0;
    const http = await serve(clinic.backend);
    const token = clinic.pharmacist.token;

    const twice = await http.post(
      'stock.dispense',
      {
        prescriptionId,
        lines: [
          { itemId, quantity: 10 },
          { itemId, quantity: 10 },
        ],
      },
      token,
    );
    expect(twice.status).toBe(400);
    const refused = (await twice.json()) as Answer<never>;
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.fieldErrorKeys?.lines?.key).toBe('pharmacy.dispense.itemTwice');
    expect(refused.error.fieldErrors?.lines).toBe('Mỗi thuốc chỉ ghi một dòng');
    expect(ledgerSum(clinic.backend, batchId ?? 0)).toBe(100);

    const once = await http.post(
      'stock.dispense',
      { prescriptionId, lines: [{ itemId, quantity: 10 }] },
      token,
    );
    const given = (await once.json()) as Answer<DispenseResult>;
    if (!given.ok) throw new Error(given.error.message);
    expect(given.value.allocations.map((a) => a.quantity)).toEqual([10]);
    expect(ledgerSum(clinic.backend, batchId ?? 0)).toBe(90);

    // Nothing more is owed: asking again gives nothing out.
    const again = await http.post(
      'stock.dispense',
      { prescriptionId, lines: [{ itemId, quantity: 10 }] },
      token,
    );
    expect(again.status).toBe(409);
    expect(ledgerSum(clinic.backend, batchId ?? 0)).toBe(90);
  });
});
