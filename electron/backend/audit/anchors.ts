import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AuditAnchorView, AuditAnchorReason } from '../../../shared/api';
import { writeDurably } from '../keys/key-file';
import type { AuditChain, ChainKey } from './chain';

export const ANCHOR_FILE = 'audit-anchors.jsonl';

const anchorLine = z.object({
  id: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  reason: z.enum(['start', 'shiftClose', 'backup', 'reportBundle']),
  ref: z.string().max(500).nullable(),
  mac: z.string(),
});

export interface AuditAnchor extends AuditAnchorView {
  /** HMAC of the anchor under the chain's key: an anchor cannot be made up without it. */
  mac: string;
}

function macOf(key: ChainKey, anchor: AuditAnchorView): string {
  const content = JSON.stringify([anchor.id, anchor.hash, anchor.at, anchor.reason, anchor.ref]);
  return createHmac('sha256', key.key).update('anchor\n').update(content).digest('hex');
}

/**
 * Copies of the audit chain's head (last id and hash) kept outside the database: in the
 * data folder's anchor log, beside each backup, in each report bundle. Rows cut from the
 * log's tail after an anchor, or rewritten before it, no longer match it.
 */
export class AuditAnchors {
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly chain: AuditChain,
    private readonly key: ChainKey,
  ) {
    this.file = path.join(dataDir, ANCHOR_FILE);
  }

  /**
   * Anchors the chain's head now, for `reason` (`ref` names what carries it: a backup file,
   * a shift, a bundle). Returns the anchor for the caller to embed in what it writes.
   */
  anchor(reason: AuditAnchorReason, at: Date, ref: string | null = null): AuditAnchor {
    const head = this.chain.head();
    const view: AuditAnchorView = {
      id: head.id,
      hash: head.hash,
      at: at.toISOString(),
      reason,
      ref,
    };
    const anchor = { ...view, mac: macOf(this.key, view) };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeDurably(this.file, `${JSON.stringify(anchor)}\n`, 'a');
    return anchor;
  }

  /** Writes the anchor beside a file Tram made (a backup): `<file>.anchor.json`. */
  anchorBeside(reason: AuditAnchorReason, at: Date, file: string): AuditAnchor {
    const anchor = this.anchor(reason, at, path.basename(file));
    fs.writeFileSync(`${file}.anchor.json`, `${JSON.stringify(anchor, null, 2)}\n`, {
      mode: 0o600,
    });
    return anchor;
  }

  /** Whether an anchor read back (from the log, a backup, a bundle) was made with this key. */
  isGenuine(anchor: AuditAnchor): boolean {
    const expected = Buffer.from(macOf(this.key, anchor), 'hex');
    const given = Buffer.from(anchor.mac, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Every anchor in the log; lines that are not anchors count as `unreadable`. */
  read(): { anchors: AuditAnchor[]; unreadable: number } {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { anchors: [], unreadable: 0 };
      throw error;
    }
    const anchors: AuditAnchor[] = [];
    let unreadable = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const parsed = anchorLine.safeParse(JSON.parse(line));
        if (parsed.success && this.isGenuine(parsed.data)) anchors.push(parsed.data);
        else unreadable += 1;
      } catch {
        unreadable += 1;
      }
    }
    return { anchors, unreadable };
  }
}

/**
 * The one call other rooms use to anchor the audit chain's head outside the database: at a
 * shift close, a backup (`besideFile`: the backup written, which gets `<file>.anchor.json`), a
 * report bundle (embed the returned anchor in it). Always appended to the data folder's log.
 */
export function anchorAuditHead(
  services: { auditAnchors: AuditAnchors; clock: () => Date },
  reason: AuditAnchorReason,
  options: { ref?: string; besideFile?: string } = {},
): AuditAnchor {
  const at = services.clock();
  if (options.besideFile) return services.auditAnchors.anchorBeside(reason, at, options.besideFile);
  return services.auditAnchors.anchor(reason, at, options.ref ?? null);
}
