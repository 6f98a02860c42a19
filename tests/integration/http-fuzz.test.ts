import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES, type ProcedureName } from '../../shared/api';
import { makeBackend, makeUser, setUpClinic } from '../helpers/backend';
import { serve } from '../helpers/http';
import { databaseFingerprint } from '../helpers/snapshot';

/** These end, lock or re-check the caller's own session; the fuzzer keeps its session. */
const SKIPPED: ProcedureName[] = ['auth.logout', 'auth.lock', 'auth.unlock'];
/** Failed sign-ins are recorded on purpose (lockout count and audit entry). */
const RECORDS_FAILURES: ProcedureName[] = ['auth.login'];

const body = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
  fc.constantFrom('', '{', '[]', 'null', '{"__proto__":{"x":1}}', '\u0000', '{"id":1e309}'),
  fc
    .dictionary(
      fc.constantFrom('id', 'username', 'password', 'roles', 'facility', 'limit', 'before', 'from'),
      fc.oneof(
        fc.string(),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string()),
      ),
    )
    .map((value) => JSON.stringify(value)),
);

describe('malformed input over HTTP', () => {
  it('never answers 5xx or drops the connection, and refused calls change nothing', async () => {
    const backend = makeBackend();
    const { adminToken } = await setUpClinic(backend);
    const cashier = await makeUser(backend, adminToken, ['cashier']);
    const { url } = await serve(backend);
    const names = PROCEDURE_NAMES.filter((name) => !SKIPPED.includes(name));

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        body,
        fc.constantFrom(adminToken, cashier.token, undefined, 'garbage'),
        async (name, raw, token) => {
          const before = databaseFingerprint(backend.database.sqlite);
          const response = await fetch(`${url}/api/${name}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(token && { authorization: `Bearer ${token}` }),
            },
            body: raw,
          });
          expect(response.status).toBeLessThan(500);
          // A file procedure given valid input answers with the file itself.
          if (!response.headers.get('content-type')?.startsWith('application/json')) {
            expect(response.status).toBe(200);
            return;
          }
          const answer = (await response.json()) as { ok: boolean };
          if (!answer.ok && !RECORDS_FAILURES.includes(name)) {
            expect(databaseFingerprint(backend.database.sqlite)).toBe(before);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 300_000);
});
