import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { RAW_DIR } from '../../support/paths';

/** Real values from the read-only snapshot, read at test time so the fake servers answer with true figures. */
function readRows(relative: string): Record<string, string>[] {
  const text = readFileSync(path.join(RAW_DIR, relative), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

export type LongValues = Map<string, number>;
export const longKey = (indicator: string, code: string, year: string | number) =>
  `${indicator}|${code}|${year}`;

export function snapshotLongValues(): LongValues {
  const values: LongValues = new Map();
  for (const file of [
    'stats/housing-population-income-unemployment-2011-2024.csv',
    'stats/age-education-2001-2021.csv',
  ]) {
    for (const row of readRows(file)) {
      if (row.value !== undefined && row.value !== '') {
        values.set(
          longKey(row.indicator ?? '', row.municipality_code ?? '', row.year ?? ''),
          Number(row.value),
        );
      }
    }
  }
  return values;
}

const koladaCache = new Map<string, { geo: string; year: number; value: number }[]>();

/** Kolada DDF datapoints of one KPI: geo ("0", "06", "0617"), year and value. */
export function koladaDdf(kpi: string): { geo: string; year: number; value: number }[] {
  const lower = kpi.toLowerCase();
  let points = koladaCache.get(lower);
  if (!points) {
    points = readRows(`kolada/datapoints--by--geo--year/ddf--datapoints--${lower}--by--geo--year.csv`)
      .filter((row) => row[lower] !== '')
      .map((row) => ({ geo: row.geo ?? '', year: Number(row.year), value: Number(row[lower]) }));
    koladaCache.set(lower, points);
  }
  return points;
}

export function norrbottenTotalFlows(): {
  origin: string;
  destination: string;
  year: number;
  persons: number;
}[] {
  return readRows('flows/commuting-norrbotten-2020-2024.csv')
    .filter((row) => row.sex === 'total')
    .map((row) => ({
      origin: row.origin_code ?? '',
      destination: row.destination_code ?? '',
      year: Number(row.year),
      persons: Number(row.value),
    }));
}
