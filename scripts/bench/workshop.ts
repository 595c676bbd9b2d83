/**
 * Workshop storage benchmark (report only): acknowledged entry writes per second with synchronous=FULL (what the
 * API runs with) next to the same loop with synchronous=NORMAL in the same run, so the ratio shows what the
 * fsync per commit costs on this disk; plus the time to read a workshop of 600 entries with their links.
 * A workshop session writes a few entries a minute, so even the FULL figure is far above what is needed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { seedBenchWorkshop, writeBenchEntry } from './workshop-seed';

const WRITE_SECONDS = 2;

async function writesPerSecond(
  store: SqliteWorkshopStore,
  workshopId: string,
  cycleId: string,
): Promise<number> {
  const end = performance.now() + WRITE_SECONDS * 1000;
  let count = 0;
  while (performance.now() < end) await writeBenchEntry(store, workshopId, cycleId, count++);
  return count / WRITE_SECONDS;
}

async function withWorkshop(file: string, synchronous: 'FULL' | 'NORMAL') {
  const store = new SqliteWorkshopStore(file);
  store.db.pragma(`synchronous = ${synchronous}`);
  const { workshopId, cycleId } = await seedBenchWorkshop(store);
  return { store, workshopId, cycleId };
}

export async function runWorkshopBench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-workshop-bench-'));
  try {
    const full = await withWorkshop(path.join(dir, 'full.sqlite'), 'FULL');
    const fullRate = await writesPerSecond(full.store, full.workshopId, full.cycleId);
    const normal = await withWorkshop(path.join(dir, 'normal.sqlite'), 'NORMAL');
    const normalRate = await writesPerSecond(normal.store, normal.workshopId, normal.cycleId);
    console.log(`entry writes/s, synchronous=FULL (used):  ${fullRate.toFixed(0)}`);
    console.log(`entry writes/s, synchronous=NORMAL (baseline): ${normalRate.toFixed(0)}`);
    console.log(`FULL / NORMAL: ${(fullRate / normalRate).toFixed(2)}`);

    normal.store.db.exec(`DELETE FROM entries WHERE rowid NOT IN (SELECT rowid FROM entries LIMIT 600)`);
    const start = performance.now();
    const reads = 50;
    for (let i = 0; i < reads; i += 1) await normal.store.getWorkshop(normal.workshopId);
    const entries = (await normal.store.getWorkshop(normal.workshopId))?.cycles[0]?.entries.length ?? 0;
    console.log(
      `read a workshop of ${entries} entries: ${((performance.now() - start) / reads).toFixed(2)} ms`,
    );
    await full.store.close();
    await normal.store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runWorkshopBench();
