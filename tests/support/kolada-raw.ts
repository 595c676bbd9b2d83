import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RAW_DIR } from './paths';

/** Values straight from the snapshot's CSV files (geo,year,value or geo,gender,year,value), not from the build. */
export function rawKoladaValue(kpi: string, geo: string, year: number, gender?: 'k' | 'm'): number {
  const folder = gender ? 'datapoints--by--geo--gender--year' : 'datapoints--by--geo--year';
  const name = `ddf--datapoints--${kpi.toLowerCase()}--by--geo${gender ? '--gender' : ''}--year.csv`;
  const lines = readFileSync(path.join(RAW_DIR, 'kolada', folder, name), 'utf8').split(/\r?\n/);
  const prefix = gender ? `${geo},${gender},${year},` : `${geo},${year},`;
  const line = lines.find((candidate) => candidate.startsWith(prefix));
  if (!line) throw new Error(`no ${prefix} in ${name}`);
  return Number(line.slice(prefix.length));
}

/** Every year's value of one geo in the snapshot's CSV file (totals, or one sex), years ascending. */
export function rawKoladaSeries(kpi: string, geo: string, gender?: 'k' | 'm'): Map<number, number> {
  const folder = gender ? 'datapoints--by--geo--gender--year' : 'datapoints--by--geo--year';
  const name = `ddf--datapoints--${kpi.toLowerCase()}--by--geo${gender ? '--gender' : ''}--year.csv`;
  const prefix = gender ? `${geo},${gender},` : `${geo},`;
  const rows = readFileSync(path.join(RAW_DIR, 'kolada', folder, name), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.startsWith(prefix) && line.split(',').length === prefix.split(',').length + 1)
    .map((line) => line.slice(prefix.length).split(','))
    .map(([year, value]) => [Number(year), Number(value)] as const)
    .sort(([a], [b]) => a - b);
  return new Map(rows);
}
