/**
 * Ingest benchmark: full offline ingest time and peak memory, each run in its own Node process so the peak RSS
 * belongs to that run alone; then the same with the observation rows multiplied (synthetic copies under
 * synthetic indicator ids, labelled as such) to show that cost grows linearly. Target: the 1x run under 10 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDICATOR_DEFINITIONS } from '../../data/indicators';
import { loadSnapshot } from '../ingest/load-snapshot';
import { RawFiles } from '../ingest/raw-files';
import { runIngest, type ExtraSource } from '../ingest/run-ingest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const RAW_DIR = process.env.ATLAS_RAW_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'data');
const TARGET_MS = 10_000;

interface RunResult {
  multiplier: number;
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

async function child(multiplier: number): Promise<void> {
  const extraSources = syntheticCopies(multiplier - 1);
  const observations = extraSources.reduce((sum, extra) => sum + extra.observations.length, 0);
  const outDir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-ingest-'));
  const started = performance.now();
  try {
    await runIngest({ rawDir: RAW_DIR, outDir: path.join(outDir, 'build'), quiet: true, extraSources });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const result: RunResult = {
    multiplier,
    observations: Math.round(observations / Math.max(1, multiplier - 1)) * multiplier || observations,
    ms: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function measure(multiplier: number): RunResult {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--bench-child', String(multiplier)],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as RunResult;
}

export async function runIngestBench(): Promise<void> {
  const rows: RunResult[] = [];
  for (const multiplier of [1, 5, 10]) rows.push(measure(multiplier));
  const base = rows[0] as RunResult;
  console.log('run                                        time      peak RSS   time vs 1x  RSS vs 1x');
  for (const row of rows) {
    const label =
      row.multiplier === 1
        ? 'full offline ingest (real snapshot)'
        : `synthetic: observation rows x${row.multiplier}`;
    console.log(
      `${label.padEnd(42)} ${(row.ms / 1000).toFixed(2).padStart(6)} s ${row.maxRssMb.toFixed(0).padStart(7)} MB ` +
        `${(row.ms / base.ms).toFixed(2).padStart(10)}x ${(row.maxRssMb / base.maxRssMb).toFixed(2).padStart(9)}x`,
    );
  }
  console.log(
    `target: full ingest under ${TARGET_MS / 1000} s: ${base.ms < TARGET_MS ? 'met' : 'NOT met'}. ` +
      'Synthetic runs parse the raw files once and push x-times the rows through grouping, aggregation, validation ' +
      'and writing (copies under synthetic indicator ids; never written to data/build).',
  );
}

if (process.argv[2] === '--bench-child') await child(Number(process.argv[3] ?? '1'));
else if (process.argv[1] === fileURLToPath(import.meta.url)) await runIngestBench();
