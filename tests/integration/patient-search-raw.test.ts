import { describe, expect, it } from 'vitest';
import { searchPatients } from '../../electron/backend/patients/search';
import { generatePatients } from '../bench/patient-generator';
import { KINDS, queriesOf } from '../bench/patients.bench';
import { RawSearch } from '../bench/patients-raw';
import { makeBackend } from '../helpers/backend';

// The bench's baseline claims to give the people patients.search gives, in the same order:
// held here on a registry the bench's generator made, for every query kind it times.
describe('the patients.search bench baseline', () => {
  it('answers every kind of query with the same people in the same order, at any limit', () => {
    const size = 5000;
    const { sqlite } = makeBackend().services;
    generatePatients(sqlite, size);
    const raw = new RawSearch(sqlite);
    let seed = 100;
    for (const kind of Object.keys(KINDS)) {
      const queries = queriesOf(sqlite, kind, (seed += 1), 40, size);
      expect(queries.length, kind).toBe(40);
      let ordered = 0;
      for (const query of queries) {
        for (const limit of [20, 3]) {
          const input = { q: query.q, birthYear: query.birthYear, limit };
          const app = searchPatients(sqlite, input).map((p) => p.id);
          expect(
            raw.search(input).map((p) => p.id),
            `${kind} "${query.q}" ${limit}`,
          ).toEqual(app);
          if (app.length > 1) ordered += 1;
        }
      }
      // The order itself is held, not only single answers ("phone" and "cccd" are mostly one).
      if (!['phone', 'cccd', 'bhyt', 'patient code'].includes(kind)) {
        expect(ordered, kind).toBeGreaterThan(5);
      }
    }
  });
});
