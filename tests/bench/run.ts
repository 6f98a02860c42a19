import type { BenchResult } from './measure';

/** `npm run bench` runs them all; `npm run bench -- NAME` runs one. One JSON line per figure set. */
const benches: Record<string, () => Promise<BenchResult[]>> = {
  'dispatcher.call': async () => (await import('./foundation.bench')).dispatcherCall(),
  'server.start': async () => (await import('./foundation.bench')).serverStart(),
  'print.receipt': async () => (await import('./print-receipt')).benchPrintReceipt(),
  'catalog.import': async () => (await import('./catalog.bench')).catalogImport(),
  'catalog.search': async () => (await import('./catalog.bench')).catalogSearch(),
  'devices.print': async () => (await import('./devices.bench')).printJob(),
  'visits.finish': async () => (await import('./exam.bench')).visitsFinish(),
  'documents.prescription': async () => (await import('./exam.bench')).prescriptionPdf(),
  'stock.dispense': async () => (await import('./pharmacy.bench')).dispense(),
  'stock.movementReport': async () => (await import('./pharmacy.bench')).movementReport(),
  'ui.search': async () => (await import('./ui-search.bench')).uiSearch(),
  ...Object.fromEntries(
    ['web.start', 'web.rss', 'web.tree'].map((name) => [
      name,
      async () => (await import('./web.bench')).webResources(name),
    ]),
  ),
  ...Object.fromEntries(
    ['jobs.exportWhileSearching', 'jobs.exportMemory'].map((name) => [
      name,
      async () => (await import('./web.bench')).exportWhileSearching(name),
    ]),
  ),
  ...Object.fromEntries(
    ['claims.exportXml130', 'claims.validate'].map((name) => [
      name,
      async () => (await import('./billing.bench')).claimsBench(name),
    ]),
  ),
  ...Object.fromEntries(
    ['patients.search', 'patients.search.fts5-raw', 'patients.search.like-scan'].map((name) => [
      name,
      async () => (await import('./patients.bench')).patientsSearch(name),
    ]),
  ),
};

const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`Unknown bench: ${unknown.join(', ')}. Known: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  for (const result of await run()) console.log(JSON.stringify(result));
}
