import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crashFolder, crashRound } from '../helpers/crash';

describe('killed at a random moment while writing', () => {
  it('keeps every acknowledged write, passes integrity_check and audit.verify (30 rounds)', async () => {
    const dataDir = await crashFolder();
    try {
      let acknowledged = 0;
      for (let round = 0; round < 30; round++) {
        const result = await crashRound(dataDir, round);
        expect(result, `round ${round}`).toMatchObject({
          missing: 0,
          integrity: 'ok',
          auditOk: true,
        });
        // A crash leaves the marker: the next open runs the full check before any write.
        expect(result.fullCheck).toBe(true);
        acknowledged += result.acknowledged;
      }
      expect(acknowledged).toBeGreaterThan(30);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 600_000);
});
