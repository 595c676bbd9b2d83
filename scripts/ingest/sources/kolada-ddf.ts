import { INDICATOR_DEFINITIONS } from '../../../data/indicators';
import { Theme } from '../../../data/contract';
import { readCsv } from '../csv/read-csv';
import { parseNumber, parseYear } from '../csv/parse-number';
import { IngestError } from '../errors';
import { ObservationSink } from '../observation-sink';
import type { RawFiles } from '../raw-files';
import type { RawObservation } from '../source-types';
import type { Reference } from './reference';

export const KOLADA_DIR = 'kolada';
const SELECTED_FILE = `${KOLADA_DIR}/selected-kpis.csv`;
const CONCEPTS_FILE = `${KOLADA_DIR}/ddf--concepts.csv`;

/** Kolada's U30446 codes shortage 0, balance 1, surplus 2; Boverket's file uses -1, 0, 1 for the same answers. */
export const KOLADA_RECODE: Readonly<Record<string, (value: number) => number>> = {
  U30446: (value) => value - 1,
};

/** A price per m² of 0 SEK means no sale was recorded that year, not a free house: keep it missing. */
const ZERO_IS_MISSING = new Set(['N07908', 'N07909']);

export interface KoladaResult {
  observations: RawObservation[];
  /** Per KPI id (upper case): our theme and Kolada's Swedish title. */
  kpis: Map<string, { theme: Theme; titleSv: string; descriptionSv: string }>;
  warnings: string[];
}

/** Which indicator each Kolada KPI fills, read from the indicator definitions. */
export function koladaKpiIndicators(): Map<string, string> {
  const map = new Map<string, string>();
  for (const definition of INDICATOR_DEFINITIONS) {
    for (const binding of definition.sources) {
      if (binding.source === 'kolada' && /^[NU]\d{5}$/.test(binding.table))
        map.set(binding.table, definition.id);
    }
  }
  return map;
}

export function datapointsFile(kpi: string): string {
  const lower = kpi.toLowerCase();
  return `${KOLADA_DIR}/datapoints--by--geo--year/ddf--datapoints--${lower}--by--geo--year.csv`;
}

/** The 72 selected KPIs in Kolada's DDF layout: geo `0` / 2-digit county / 4-digit municipality, floats for counts. */
export function loadKoladaDdf(
  files: RawFiles,
  reference: Reference,
  onFile?: (file: string, rows: number) => void,
): KoladaResult {
  const selected = readCsv(files, SELECTED_FILE, ['kpi', 'theme']);
  const concepts = readCsv(files, CONCEPTS_FILE, ['concept', 'name', 'description']);
  const titles = new Map(concepts.rows.map((row) => [row.get('concept').toUpperCase(), row.get('name')]));
  const descriptions = new Map(
    concepts.rows.map((row) => [
      row.get('concept').toUpperCase(),
      row.get('description').replace(/\\n/g, '\n'),
    ]),
  );
  const indicatorOf = koladaKpiIndicators();
  const kpis = new Map<string, { theme: Theme; titleSv: string; descriptionSv: string }>();
  const observations: RawObservation[] = [];
  const warnings = [...selected.notes, ...concepts.notes];
  for (const row of selected.rows) {
    const kpi = row.get('kpi').trim().toUpperCase();
    const where = { file: SELECTED_FILE, line: row.line };
    const theme = Theme.safeParse(row.get('theme').trim());
    if (!theme.success) {
      throw new IngestError(
        { ...where, column: row.columnOf('theme') },
        `unknown theme "${row.get('theme')}"`,
      );
    }
    const titleSv = titles.get(kpi);
    if (!titleSv) throw new IngestError(where, `KPI ${kpi} has no row in ${CONCEPTS_FILE}`);
    const indicator = indicatorOf.get(kpi);
    if (!indicator)
      throw new IngestError(where, `KPI ${kpi} is not bound to any indicator in data/indicators`);
    kpis.set(kpi, { theme: theme.data, titleSv, descriptionSv: descriptions.get(kpi) ?? '' });
    const result = loadKpiFile(files, reference, kpi, indicator);
    warnings.push(...result.warnings);
    for (const observation of result.observations) observations.push(observation);
    onFile?.(datapointsFile(kpi), result.observations.length);
  }
  return { observations, kpis, warnings };
}

function loadKpiFile(files: RawFiles, reference: Reference, kpi: string, indicator: string) {
  const file = datapointsFile(kpi);
  const valueColumn = kpi.toLowerCase();
  const table = readCsv(files, file, ['geo', 'year', valueColumn]);
  const sink = new ObservationSink(reference, file);
  const recode = KOLADA_RECODE[kpi];
  const zeroIsMissing = ZERO_IS_MISSING.has(kpi);
  let zeros = 0;
  for (const row of table.rows) {
    const area = sink.area(row.get('geo'), row.cell('geo'));
    const year = parseYear(row.get('year'), row.cell('year'));
    const value = parseNumber(row.get(valueColumn), row.cell(valueColumn));
    if (value === null) continue;
    if (zeroIsMissing && value === 0) {
      zeros += 1;
      continue;
    }
    sink.add({ indicator, area, year, value: recode ? recode(value) : value, source: 'kolada' }, row.line);
  }
  const warnings = [...table.notes];
  if (zeros > 0) warnings.push(`${file}: ${zeros} prices of 0 (no recorded sales) left missing`);
  return { observations: sink.observations, warnings };
}
