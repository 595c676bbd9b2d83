import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BUILD_FILES,
  BuildManifest,
  KoladaCatalogueFile,
  koladaParquetOf,
  type ManifestInput,
} from '../../../data/contract';
import type { RawFiles } from '../raw-files';
import type { ColumnarResult } from './columnar';

/** What the Parquet file depends on: the ingest version, every Kolada data file, the concepts and the reference. */
export function keyOf(ingestVersion: string, files: RawFiles, folders: (ManifestInput | null)[]): string {
  const hash = createHash('sha256').update(`ingest ${ingestVersion}\n`);
  for (const input of files.list().filter((entry) => /^(kolada|reference)\//.test(entry.path)))
    hash.update(`${input.path} ${input.sha256}\n`);
  for (const folder of folders) if (folder) hash.update(`${folder.path} ${folder.sha256}\n`);
  return hash.digest('hex');
}

/**
 * A rebuild for an import changes no Kolada input: copy the previous build's Parquet file and take its coverage
 * instead of reading 2,900 files again. Null when anything it depends on differs (or no previous build is there).
 */
export function reusePrevious(
  previousDir: string,
  key: string,
  tempDir: string,
  parquetFile: string,
): ColumnarResult | null {
  try {
    const catalogueFile = path.join(previousDir, BUILD_FILES.koladaCatalogue);
    if (!existsSync(catalogueFile)) return null;
    const previous = KoladaCatalogueFile.parse(JSON.parse(readFileSync(catalogueFile, 'utf8')));
    if (previous.columnarKey !== key) return null;
    const manifest = BuildManifest.parse(
      JSON.parse(readFileSync(path.join(previousDir, BUILD_FILES.manifest), 'utf8')),
    );
    const previousFile = koladaParquetOf(manifest.outputs);
    const output = manifest.outputs.find((entry) => entry.file === previousFile);
    if (previousFile === null || output?.rows === undefined) return null;
    mkdirSync(path.join(tempDir, 'kolada'), { recursive: true });
    copyFileSync(path.join(previousDir, previousFile), path.join(tempDir, parquetFile));
    const copied = createHash('sha256').update(readFileSync(path.join(tempDir, parquetFile)));
    if (copied.digest('hex') !== output.sha256) return null;
    const kpi = (entry: (typeof previous.entries)[number]) => entry.indicator.kpi ?? '';
    return {
      coverage: new Map(previous.entries.map((entry) => [kpi(entry), entry.coverageByYear])),
      bySex: new Set(previous.entries.filter((entry) => entry.indicator.bySex).map(kpi)),
      parquet: [{ file: parquetFile, rows: output.rows }],
      totalValues: output.rows,
    };
  } catch {
    // An unreadable previous build is no reason to fail: read the files.
    return null;
  }
}
