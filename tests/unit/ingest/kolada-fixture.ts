import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KOLADA_PARQUET } from '../../../data/contract';
import { BuildWriter } from '../../../scripts/ingest/assemble/write-build';
import { assembleKoladaAll, type KoladaScope } from '../../../scripts/ingest/kolada-all/assemble-kolada-all';
import { INGEST_VERSION } from '../../../scripts/ingest/run-ingest';
import { FIXTURES_DIR, RAW_DIR } from '../../support/paths';
import { fixtureFiles, fixtureSnapshot } from './fixture-snapshot';

/** The tiny bad-input DDF folder (see its README). */
export const BAD = path.join(FIXTURES_DIR, 'kolada-bad-input');
export const TOTALS = 'kolada/datapoints--by--geo--year';
export const N18905 = `${TOTALS}/ddf--datapoints--n18905--by--geo--year.csv`;

/**
 * The fixture snapshot with the bad-input DDF folder laid over its kolada/, and N18905 replaced if asked.
 * Removed by `removeTempSnapshots`.
 */
export function rawWith(errorFile?: string): string {
  const dir = fixtureSnapshot();
  cpSync(path.join(BAD, 'kolada'), path.join(dir, 'kolada'), { recursive: true });
  if (errorFile) cpSync(path.join(BAD, 'errors', errorFile), path.join(dir, N18905));
  return dir;
}

/** The whole-Kolada step as run-ingest runs it, into a temporary directory that is thrown away. */
export async function assemble(rawDir: string, scope: KoladaScope = 'all') {
  const { files, reference } = fixtureFiles(rawDir);
  const writer = new BuildWriter(path.join(mkdtempSync(path.join(tmpdir(), 'atlas-kolada-out-')), 'build'));
  try {
    return await assembleKoladaAll(files, reference, {
      tempDir: writer.tempDir,
      previousDir: writer.outDir,
      ingestVersion: INGEST_VERSION,
      parquetFileFor: () => KOLADA_PARQUET.byIndicator('0123456789abcdef'),
      scope,
    });
  } finally {
    writer.abandon();
  }
}

/** A raw folder of links to the real snapshot: the atlas set's 72 Kolada files and, if given, one more file. */
export function linkedSnapshot(parent: string, name: string, extra?: { file: string; from: string }): string {
  const dir = path.join(parent, name);
  mkdirSync(path.join(dir, TOTALS), { recursive: true });
  for (const folder of ['geo', 'reference', 'stats', 'flows', 'firms'])
    symlinkSync(path.join(RAW_DIR, folder), path.join(dir, folder));
  for (const file of ['ddf--concepts.csv', 'selected-kpis.csv'])
    symlinkSync(path.join(RAW_DIR, 'kolada', file), path.join(dir, 'kolada', file));
  const selected = readFileSync(path.join(RAW_DIR, 'kolada', 'selected-kpis.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0]!.trim().toLowerCase())
    .filter((kpi) => kpi !== '');
  for (const kpi of selected) {
    const file = `${TOTALS}/ddf--datapoints--${kpi}--by--geo--year.csv`;
    symlinkSync(path.join(RAW_DIR, file), path.join(dir, file));
  }
  if (extra) symlinkSync(extra.from, path.join(dir, extra.file));
  return dir;
}
