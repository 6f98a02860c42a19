import type { AuditAnchorView, AuditVerification } from '../../../shared/api';
import type { AuditAnchors } from './anchors';
import type { AuditChain } from './chain';

function view({ id, hash, at, reason, ref }: AuditAnchorView): AuditAnchorView {
  return { id, hash, at, reason, ref };
}

/**
 * Recomputes the keyed chain and holds it against every anchor kept outside the database:
 * an anchor whose row is gone (the log was cut) or whose hash differs (rewritten) fails, and
 * the answer says which anchor failed first and up to when the log still matched.
 */
export function verifyAudit(chain: AuditChain, anchors: AuditAnchors): AuditVerification {
  const { anchors: list, unreadable } = anchors.read();
  const walk = chain.walk(new Set(list.map((a) => a.id)));
  const results = list
    .filter((anchor) => anchor.id > 0)
    .map((anchor) => {
      const stored = walk.hashes.get(anchor.id);
      const problem =
        stored === undefined
          ? ('missing' as const)
          : stored !== anchor.hash
            ? ('changed' as const)
            : null;
      return { anchor, problem };
    })
    .sort((a, b) => a.anchor.at.localeCompare(b.anchor.at) || a.anchor.id - b.anchor.id);
  const failed = results.filter((r) => r.problem !== null);
  const first = failed[0];
  const intact = first
    ? results.filter(
        (r) =>
          r.problem === null && r.anchor.at <= first.anchor.at && r.anchor.id < first.anchor.id,
      )
    : [];
  const lastIntact = intact.at(-1);
  const newestAnchored = Math.max(0, ...list.map((a) => a.id));
  const missingRows = Math.max(0, newestAnchored - walk.lastId);
  return {
    ok: walk.ok && failed.length === 0 && unreadable === 0,
    checked: walk.checked,
    ...(walk.brokenAt !== undefined && { brokenAt: walk.brokenAt }),
    head: walk.head,
    lastId: walk.lastId,
    anchors: { checked: results.length, failed: failed.length, unreadable },
    ...(first && {
      failedAnchor: { ...view(first.anchor), problem: first.problem ?? 'changed' },
    }),
    ...(lastIntact && { intactUntil: view(lastIntact.anchor) }),
    ...(missingRows > 0 && { missingRows }),
  };
}
