import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ManifestInput } from '../../../data/contract';
import { KOLADA_DIR } from '../sources/kolada-ddf';

export const TOTALS_DIR = `${KOLADA_DIR}/datapoints--by--geo--year`;
export const BY_SEX_DIR = `${KOLADA_DIR}/datapoints--by--geo--gender--year`;
export const bySexFile = (kpi: string) =>
  `${BY_SEX_DIR}/ddf--datapoints--${kpi.toLowerCase()}--by--geo--gender--year.csv`;
const FILE_NAME = /^ddf--datapoints--([a-z]\d{5})--by--geo(--gender)?--year\.csv$/;

export interface KpiFile {
  kpi: string;
  /** Relative to the raw directory. */
  file: string;
  absolute: string;
}

export interface ScannedFolder {
  files: KpiFile[];
  /** One manifest input for the whole folder: sha256 over each file's name and sha256, rows = data rows. */
  input: ManifestInput | null;
  skipped: { kpi: string; reason: string }[];
}

/**
 * Lists one datapoints folder: every file whose name is a KPI file and whose header names that same KPI in its
 * value column (a header naming another KPI is skipped with the file and line, never silently read as this KPI).
 */
export function scanKpiFolder(
  rawDir: string,
  relativeDir: string,
  bySex: boolean,
  /** Only these KPIs' files are read (the atlas set alone, or those not refreshed live); others are not opened. */
  include?: (kpi: string) => boolean,
): ScannedFolder {
  const absoluteDir = path.join(rawDir, relativeDir);
  if (!existsSync(absoluteDir)) return { files: [], input: null, skipped: [] };
  const expectedHeader = bySex ? ['geo', 'gender', 'year'] : ['geo', 'year'];
  const files: KpiFile[] = [];
  const skipped: ScannedFolder['skipped'] = [];
  const digest = createHash('sha256');
  let rows = 0;
  for (const name of readdirSync(absoluteDir).sort()) {
    const match = FILE_NAME.exec(name);
    const file = `${relativeDir}/${name}`;
    if (!match || Boolean(match[2]) !== bySex) {
      skipped.push({ kpi: name, reason: `${file}: not a Kolada datapoints file name; not read` });
      continue;
    }
    const kpi = (match[1] ?? '').toUpperCase();
    if (include && !include(kpi)) continue;
    const absolute = path.join(absoluteDir, name);
    const bytes = readFileSync(absolute);
    digest.update(`${name} ${createHash('sha256').update(bytes).digest('hex')}\n`);
    const text = bytes.toString('utf8');
    const firstBreak = text.indexOf('\n');
    const header = (firstBreak < 0 ? text : text.slice(0, firstBreak))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(',');
    const expected = [...expectedHeader, kpi.toLowerCase()];
    if (header.join(',') !== expected.join(',')) {
      skipped.push({
        kpi,
        reason: `${file}:1: header "${header.join(',')}" does not name this file's KPI (expected "${expected.join(',')}"); file not read`,
      });
      continue;
    }
    rows += countLines(text) - 1;
    files.push({ kpi, file, absolute });
  }
  return {
    files,
    skipped,
    input: { path: `${relativeDir}/*.csv`, sha256: digest.digest('hex'), rows, origin: 'snapshot' },
  };
}

function countLines(text: string): number {
  let lines = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lines += 1;
  return text.endsWith('\n') ? lines : lines + 1;
}
