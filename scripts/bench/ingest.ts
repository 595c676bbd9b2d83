/**
 * Ingest benchmark (issue 11 §9): the full offline ingest of the whole snapshot (the atlas set plus all of Kolada
 * into Parquet) beside a build of the atlas set alone (`--atlas-set-only`), each in its own Node process so the
 * peak RSS belongs to that run alone, so the cost of the other 1,900 KPIs is visible. Targets: the whole ingest
 * under 20 s with peak RSS under 1 GB. With ATLAS_BENCH_SYNTHETIC=1 also the observation rows of the atlas set
 * multiplied x5 and x10 (synthetic copies under synthetic indicator ids, labelled as such) to show linear growth.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDICATOR_DEFINITIONS } from '../../data/indicators';
import type { KoladaScope } from '../ingest/kolada-all/assemble-kolada-all';
import { loadSnapshot } from '../ingest/load-snapshot';
import { RawFiles } from '../ingest/raw-files';
import { runIngest, type ExtraSource } from '../ingest/run-ingest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const RAW_DIR = process.env.ATLAS_RAW_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'data');
export const INGEST_TARGET = { ms: 20_000, rssMb: 1024 };

interface RunResult {
  multiplier: number;
  scope: KoladaScope;
  observations: number;
  ms: number;
  maxRssMb: number;
}

/** Copies of every snapshot observation under `<id>_synthetic_N` ids, with matching definitions. */
function syntheticCopies(copies: number): ExtraSource[] {
  if (copies === 0) return [];
  const { observations } = loadSnapshot(new RawFiles(RAW_DIR), () => undefined);
  return Array.from({ length: copies }, (_, index) => {
    const suffix = `_synthetic_${index + 1}`;
    return {
      name: `synthetic copy ${index + 1} (benchmark only)`,
      observations: observations.map((observation) => ({
        ...observation,
        indicator: observation.indicator + suffix,
      })),
      definitions: INDICATOR_DEFINITIONS.map((definition) => ({
        ...definition,
        id: definition.id + suffix,
        titleEn: `${definition.titleEn} (synthetic copy ${index + 1})`,
        aggregate:
          definition.aggregate.kind === 'weighted_mean'
            ? { ...definition.aggregate, base: definition.aggregate.base + suffix }
            : definition.aggregate,
      })),
      inputs: [],
      warnings: [],
    };
  });
}

async function child(multiplier: number, scope: KoladaScope): Promise<void> {
  const extraSources = syntheticCopies(multiplier - 1);
  const observations = extraSources.reduce((sum, extra) => sum + extra.observations.length, 0);
  const outDir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-ingest-'));
  const started = performance.now();
  try {
    await runIngest({
      rawDir: RAW_DIR,
      outDir: path.join(outDir, 'build'),
      quiet: true,
      extraSources,
      koladaScope: scope,
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const result: RunResult = {
    multiplier,
    scope,
    observations: Math.round(observations / Math.max(1, multiplier - 1)) * multiplier || observations,
    ms: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function measure(multiplier: number, scope: KoladaScope): RunResult {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--bench-child', String(multiplier), scope],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as RunResult;
}

const LABELS: Record<KoladaScope, string> = {
  all: 'full offline ingest (whole snapshot)',
  'atlas-set': 'atlas set alone (--atlas-set-only)',
};

export async function runIngestBench(): Promise<void> {
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores`,
  );
  const rows: RunResult[] = [measure(1, 'all'), measure(1, 'atlas-set')];
  if (process.env.ATLAS_BENCH_SYNTHETIC === '1')
    for (const multiplier of [5, 10]) rows.push(measure(multiplier, 'atlas-set'));
  const base = rows[1] as RunResult;
  console.log('run                                        time      peak RSS   vs atlas set (time, RSS)');
  for (const row of rows) {
    const label = row.multiplier === 1 ? LABELS[row.scope] : `synthetic: atlas-set rows x${row.multiplier}`;
    console.log(
      `${label.padEnd(42)} ${(row.ms / 1000).toFixed(2).padStart(6)} s ${row.maxRssMb.toFixed(0).padStart(7)} MB ` +
        `${(row.ms / base.ms).toFixed(2).padStart(10)}x ${(row.maxRssMb / base.maxRssMb).toFixed(2).padStart(9)}x`,
    );
  }
  const whole = rows[0] as RunResult;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `target: whole ingest under ${INGEST_TARGET.ms / 1000} s: ${met(whole.ms < INGEST_TARGET.ms)}; ` +
      `peak RSS under ${INGEST_TARGET.rssMb} MB: ${met(whole.maxRssMb < INGEST_TARGET.rssMb)}. ` +
      `load average now ${os.loadavg()[0]!.toFixed(1)}.`,
  );
}

if (process.argv[2] === '--bench-child')
  await child(Number(process.argv[3] ?? '1'), process.argv[4] === 'atlas-set' ? 'atlas-set' : 'all');
else if (process.argv[1] === fileURLToPath(import.meta.url)) await runIngestBench();
