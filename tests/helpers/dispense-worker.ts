/**
 * A second Tram process for the dispensing race: opens the same database file through its own
 * backend, signs in, says "ready", waits for "go" on stdin, then dispenses the prescriptions
 * it was given as fast as it can and prints what it was allocated as one JSON line.
 */
import readline from 'node:readline';
import { createBackend } from '../../electron/backend/backend';

const [dataDir = '', username = '', password = '', ids = '[]'] = process.argv.slice(2);
const prescriptionIds = JSON.parse(ids) as number[];

// The tests' cheap hashing (helpers/backend.ts imports vitest, which a plain process cannot).
const scryptCost = { N: 1024, r: 8, p: 1 };
const backend = createBackend({ dataDir, version: '0.0.0-test', scryptCost });
const { dispatcher } = backend;
const login = await dispatcher.invoke('auth.login', { username, password });
if (!login.ok) throw new Error(`login failed: ${JSON.stringify(login.error)}`);
const token = login.value.token;

// Warm up (prepared statements, JIT) so both processes start dispensing at full speed.
for (const prescriptionId of prescriptionIds) {
  await dispatcher.invoke('stock.prescription', { prescriptionId }, { token });
}

const lines = readline.createInterface({ input: process.stdin });
const go = new Promise<void>((resolve) => lines.once('line', () => resolve()));
console.log('ready');
await go;

const allocated: { itemId: number; batchId: number; quantity: number }[] = [];
let busy = 0;
for (const prescriptionId of prescriptionIds) {
  for (;;) {
    const result = await dispatcher.invoke('stock.dispense', { prescriptionId }, { token });
    if (result.ok) {
      allocated.push(
        ...result.value.allocations.map(({ itemId, batchId, quantity }) => ({
          itemId,
          batchId,
          quantity,
        })),
      );
      break;
    }
    // Waited longer than busy_timeout for the other process's write: try again.
    if (result.error.messageKey === 'error.busy') {
      busy += 1;
      continue;
    }
    throw new Error(`dispense ${prescriptionId} failed: ${JSON.stringify(result.error)}`);
  }
}
console.log(JSON.stringify({ allocated, busy }));
lines.close();
backend.close();
