import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  canMoveVisit,
  VISIT_STATUS_RULES,
  VISIT_STATUSES,
  VISIT_STEPS,
  VISIT_TRANSITIONS,
  visitIs,
  type VisitStatus,
} from '../../shared/domain/queue';
import { SOURCE_ROOT } from '../../electron/backend/paths';

function backendFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return backendFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('visit status rules', () => {
  it('name only real statuses, and every step is a move some status may make', () => {
    for (const statuses of Object.values(VISIT_STATUS_RULES)) {
      for (const status of statuses) expect(VISIT_STATUSES).toContain(status);
    }
    for (const to of Object.values(VISIT_STEPS)) {
      const from = VISIT_STATUSES.filter((s) => canMoveVisit(s, to));
      expect(from.length, `nothing moves to ${to}`).toBeGreaterThan(0);
    }
  });

  it('agree with the transitions: a billable visit can be settled, a dispensable one handed over', () => {
    const can = (status: VisitStatus, to: VisitStatus) => status === to || canMoveVisit(status, to);
    for (const status of VISIT_STATUS_RULES.billable)
      expect(can(status, VISIT_STEPS.settle)).toBe(true);
    for (const status of VISIT_STATUS_RULES.atPharmacy) {
      expect(can(status, VISIT_STEPS.toCashier)).toBe(true);
    }
    for (const status of VISIT_STATUS_RULES.cancellable) {
      expect(VISIT_TRANSITIONS[status]).toContain(VISIT_STEPS.cancel);
    }
    for (const status of VISIT_STATUS_RULES.final) expect(VISIT_TRANSITIONS[status]).toEqual([]);
    expect(visitIs('done', 'billable')).toBe(true);
    expect(visitIs('in_exam', 'billable')).toBe(false);
  });

  it('are the only place the backend names a visit status', () => {
    const literal = /'(waiting|in_exam|awaiting_pharmacy|awaiting_payment)'/;
    const compared = /(status|to)\s*[!=]==\s*'(done|cancelled)'|visits\.status,\s*'/;
    const offenders = backendFiles(path.join(SOURCE_ROOT, 'electron', 'backend')).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          literal.test(line) || compared.test(line)
            ? [`${path.relative(SOURCE_ROOT, file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
