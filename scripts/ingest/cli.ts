/**
 * npm run ingest [-- --from DIR] [--out DIR] [--quiet]
 * Reads the offline snapshot (default ../shared/data, or ATLAS_RAW_DIR) and writes the build (default data/build,
 * or ATLAS_BUILD_DIR). Exit code 1 with a file:line:column message on bad input; the previous build is kept.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from './errors';
import { runIngest } from './run-ingest';
import { formatSummary } from './summary';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const rawDir = path.resolve(
    values.from ?? process.env.ATLAS_RAW_DIR ?? path.join(repoRoot, '..', 'shared', 'data'),
  );
  const outDir = path.resolve(
    values.out ?? process.env.ATLAS_BUILD_DIR ?? path.join(repoRoot, 'data', 'build'),
  );
  const started = performance.now();
  try {
    const report = await runIngest({ rawDir, outDir, quiet: values.quiet });
    const warnings = report.manifest.warnings;
    process.stdout.write(`${formatSummary(report.summary, warnings.length, performance.now() - started)}\n`);
    if (!values.quiet) for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(`build ${report.manifest.buildId} written to ${report.outDir}\n`);
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      process.stderr.write(
        `ingest failed: ${error.message}\nThe previous build in ${outDir} is unchanged.\n`,
      );
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
