/**
 * `npm run bench`: report-only benchmarks (never a CI gate). Each area measures itself against a baseline taken
 * in the same run and prints ratios, so numbers from different machines stay comparable.
 * Usage: npm run bench [-- ingest api rebuild load web live workshop workshop-live stores index]
 */
import os from 'node:os';

type Bench = { name: string; run: () => Promise<void> };

const benches: Bench[] = [
  { name: 'ingest', run: async () => (await import('./ingest')).runIngestBench() },
  { name: 'api', run: async () => (await import('./api')).runApiBench() },
  { name: 'rebuild', run: async () => (await import('./rebuild-stall')).runRebuildStallBench() },
  { name: 'load', run: async () => (await import('./load')).runLoadBench() },
  { name: 'web', run: async () => (await import('./web')).runWebBench() },
  { name: 'live', run: async () => (await import('./live')).runLiveBench() },
  { name: 'workshop', run: async () => (await import('./workshop')).runWorkshopBench() },
  { name: 'stores', run: async () => (await import('./workshop-stores')).runWorkshopStoresBench() },
  { name: 'index', run: async () => (await import('./attractiveness')).runAttractivenessBench() },
  { name: 'workshop-live', run: async () => (await import('./workshop-live')).runWorkshopLiveBench() },
];

const wanted = process.argv.slice(2);
const selected = wanted.length ? benches.filter((b) => wanted.includes(b.name)) : benches;
const cpus = os.cpus();
console.log(
  `Machine: ${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
for (const bench of selected) {
  console.log(`\n=== ${bench.name} ===`);
  await bench.run();
}
