/**
 * npm run ingest [-- --from DIR] [--out DIR] [--quiet] [--atlas-set-only]
 *   [--live | --offline-cache [--kpis N00001,U30446,…]] [--import FILE [--import-kind indicator|firms]] [--remove-import NAME] [--no-imports]
 * Reads the offline snapshot (default ../shared/data, or ATLAS_RAW_DIR) and writes the build (default data/build,
 * or ATLAS_BUILD_DIR). Exit code 1 with a file:line:column message on bad input; the previous build is kept.
 * Live fetching and users' imports: see docs/live-ingest.md (exit code 2 when a live source failed).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from './errors';
import { CLI_EXTRA_OPTIONS, planExtraSources } from './live/cli-extra-sources';
import { LiveKoladaCatalogueError } from './live/kolada-catalogue-refresh';
import { runIngest } from './run-ingest';
import { formatSummary } from './summary';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'atlas-set-only': { type: 'boolean', default: false },
      ...CLI_EXTRA_OPTIONS,
    },
  });
  const rawDir = path.resolve(
    values.from ?? process.env.ATLAS_RAW_DIR ?? path.join(repoRoot, '..', 'shared', 'data'),
  );
  const outDir = path.resolve(
    values.out ?? process.env.ATLAS_BUILD_DIR ?? path.join(repoRoot, 'data', 'build'),
  );
  const extras = planExtraSources(values, { rawDir, repoRoot }, (line) => process.stderr.write(`${line}\n`));
  if (extras.stop !== null) return extras.stop;
  const started = performance.now();
  try {
    const report = await runIngest({
      rawDir,
      outDir,
      quiet: values.quiet,
      extraSources: extras.load,
      koladaScope: values['atlas-set-only'] ? 'atlas-set' : 'all',
    });
    const warnings = report.manifest.warnings;
    process.stdout.write(`${formatSummary(report.summary, warnings.length, performance.now() - started)}\n`);
    if (!values.quiet) for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(`build ${report.manifest.buildId} written to ${report.outDir}\n`);
    if (extras.liveFailures.length > 0) {
      process.stderr.write(
        `${extras.liveFailures.length} live source(s) failed; their figures come from the snapshot. Run again to resume (fetched responses are cached).\n`,
      );
      return 2;
    }
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      process.stderr.write(
        `ingest failed: ${error.message}\nThe previous build in ${outDir} is unchanged.\n`,
      );
      return 1;
    }
    if (error instanceof LiveKoladaCatalogueError) {
      process.stderr.write(
        `${error.message}.\nThe previous build in ${outDir} is unchanged. Run again to resume (fetched responses are cached).\n`,
      );
      return 2;
    }
    throw error;
  } finally {
    extras.cleanup();
  }
}

process.exitCode = await main();
