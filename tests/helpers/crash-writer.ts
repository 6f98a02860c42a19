/**
 * The crash test's victim: a Tram backend on a set-up data folder, writing through the API
 * (the dispatcher) as fast as it can. Each acknowledged write is printed as one line ("id")
 * only after the dispatcher answered ok; the parent kills this process at a random moment.
 */
import { createBackend } from '../../electron/backend/backend';

const [dataDir = '', round = '0'] = process.argv.slice(2);
const backend = createBackend({ dataDir, version: 'crash', scryptCost: { N: 1024, r: 8, p: 1 } });
const login = await backend.dispatcher.invoke('auth.login', {
  username: 'admin',
  password: 'matkhau-admin',
});
if (!login.ok) throw new Error(JSON.stringify(login.error));
const meta = { token: login.value.token };
console.log('ready');
for (let i = 0; ; i++) {
  const patient = await backend.dispatcher.invoke(
    'patients.create',
    {
      fullName: `Vòng ${round} Người ${i}`,
      sex: i % 2 ? 'male' : 'female',
      birthYear: 1940 + (i % 60),
    },
    meta,
  );
  if (!patient.ok) throw new Error(JSON.stringify(patient.error));
  const visit = await backend.dispatcher.invoke(
    'visits.create',
    { patientId: patient.value.id, kind: 'fee' },
    meta,
  );
  if (!visit.ok) throw new Error(JSON.stringify(visit.error));
  process.stdout.write(`${patient.value.id} ${visit.value.visitId}\n`);
}
