import type { BenchResult } from './measure';
import { checkTargets } from './targets';

/**
 * `npm run bench` runs them all; `npm run bench -- NAME` runs one. One JSON line per figure set.
 * `--check` then holds the figures to the targets (targets.ts) and exits 1 on a miss.
 */
const benches: Record<string, () => Promise<BenchResult[]>> = {
  'dispatcher.call': async () => (await import('./foundation.bench')).dispatcherCall(),
  'server.start': async () => (await import('./foundation.bench')).serverStart(),
  'print.receipt': async () => (await import('./print-receipt')).benchPrintReceipt(),
  'catalog.import': async () => (await import('./catalog.bench')).catalogImport(),
  'catalog.search': async () => (await import('./catalog.bench')).catalogSearch(),
  'catalog.icdStarter': async () => (await import('./catalog.bench')).icdStarterSearch(),
  'devices.print': async () => (await import('./devices.bench')).printJob(),
  'visits.finish': async () => (await import('./exam.bench')).visitsFinish(),
  'documents.prescription': async () => (await import('./exam.bench')).prescriptionPdf(),
  'stock.dispense': async () => (await import('./pharmacy.bench')).dispense(),
  'stock.movementReport': async () => (await import('./pharmacy.bench')).movementReport(),
  'reports.compute': async () => (await import('./reports.bench')).reportsCompute(),
  'bundles.import': async () => (await import('./bundles.bench')).bundlesImport(),
  ...Object.fromEntries(
    ['claims.exportXml130', 'claims.validate'].map((name) => [
      name,
      async () => (await import('./billing.bench')).claimsBench(name),
    ]),
  ),
  ...Object.fromEntries(
    ['patients.search', 'patients.search.raw'].map((name) => [
      name,
      async () => (await import('./patients.bench')).patientsSearch(name),
    ]),
  ),
  ...Object.fromEntries(
    [
      'encryption.patients.search',
      'encryption.visits.finish',
      'encryption.open',
      'backups.create',
    ].map((name) => [name, async () => (await import('./storage.bench')).storageBench(name)]),
  ),
  crash: async () => (await import('./crash.bench')).crash(),
};

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const check = args.includes('--check');
const wanted = args.filter((arg) => arg !== '--check');
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`Unknown bench: ${unknown.join(', ')}. Known: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
const ran = new Set<string>();
const results: BenchResult[] = [];
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  ran.add(name);
  for (const result of await run()) {
    ran.add(result.bench);
    results.push(result);
    console.log(JSON.stringify(result));
  }
}
if (check) {
  const checks = checkTargets(ran, results);
  for (const line of checks) console.log(JSON.stringify(line));
  const missed = checks.filter((c) => !c.met);
  for (const miss of missed) {
    const which = Object.values(miss.where ?? {}).join(', ');
    console.error(
      `MISSED ${miss.check}${which ? ` (${which})` : ''}: ${miss.figure} ${miss.value ?? 'not measured'} > ${miss.max}`,
    );
  }
  console.error(`${checks.length - missed.length} of ${checks.length} targets met`);
  if (missed.length > 0) process.exitCode = 1;
}
