/** A batch as first-expiry-first-out allocation sees it. */
export interface FefoBatch {
  id: number;
  /** YYYY-MM-DD; the batch may be used up to and including this day. */
  expiry: string;
  onHand: number;
}

export interface FefoTake {
  batchId: number;
  quantity: number;
}

export interface FefoPlan {
  takes: FefoTake[];
  /** What the usable batches could not cover. */
  short: number;
}

/** A batch may be handed out on `date` when it has stock and has not expired (its expiry day counts). */
export function isUsableOn(batch: FefoBatch, date: string): boolean {
  return batch.onHand > 0 && batch.expiry >= date;
}

/** Earliest expiry first; batches expiring the same day go in the order they were received. */
export function compareFefo(a: FefoBatch, b: FefoBatch): number {
  return a.expiry < b.expiry ? -1 : a.expiry > b.expiry ? 1 : a.id - b.id;
}

/**
 * Takes `quantity` from the batches not expired on `date`, earliest expiry first, across as
 * many batches as needed; what they cannot cover is `short`.
 */
export function planFefo(batches: readonly FefoBatch[], quantity: number, date: string): FefoPlan {
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new RangeError(`planFefo: bad quantity ${quantity}`);
  }
  const takes: FefoTake[] = [];
  let left = quantity;
  for (const batch of batches.filter((b) => isUsableOn(b, date)).sort(compareFefo)) {
    if (left === 0) break;
    const take = Math.min(left, batch.onHand);
    takes.push({ batchId: batch.id, quantity: take });
    left -= take;
  }
  return { takes, short: left };
}
