import type { SourceId } from '../../../data/sources/sources';
import { readCsv } from '../csv/read-csv';
import { parseNumber, parseYear } from '../csv/parse-number';
import { IngestError, type FileLocation } from '../errors';
import { ObservationSink } from '../observation-sink';
import type { RawFiles } from '../raw-files';
import type { RawObservation } from '../source-types';
import type { Reference } from './reference';

/** How one indicator name in a long-format file becomes one of ours. */
export interface LongFormatIndicator {
  id: string;
  source: SourceId;
  /** Multiplies the value, e.g. 100 for shares written 0-1. */
  scale?: number;
  /** Throws (with the cell's location) when a value is outside what the source defines. */
  check?: (value: number, where: FileLocation) => void;
}

export interface LongFormatResult {
  observations: RawObservation[];
  warnings: string[];
}

const COLUMNS = ['municipality_code', 'year', 'indicator', 'value'] as const;

/** Rounds away binary noise from scaling (0.2458725182863114 * 100), keeping ten decimals. */
const tidy = (value: number) => Math.round(value * 1e10) / 1e10;

/** Long format: one row per municipality, year and indicator, as in stats/ of the snapshot. */
export function loadLongFormat(
  files: RawFiles,
  reference: Reference,
  file: string,
  indicators: Record<string, LongFormatIndicator>,
): LongFormatResult {
  const table = readCsv(files, file, COLUMNS);
  const sink = new ObservationSink(reference, file);
  const unknown = new Map<string, number>();
  for (const row of table.rows) {
    const name = row.get('indicator').trim();
    const target = indicators[name];
    if (!target) {
      unknown.set(name, (unknown.get(name) ?? 0) + 1);
      continue;
    }
    const code = row.get('municipality_code');
    if (!/^\d{4}$/.test(code.trim())) {
      throw new IngestError(
        row.cell('municipality_code'),
        `a municipality code is four digits, found "${code}"`,
      );
    }
    const area = sink.area(code, row.cell('municipality_code'));
    const year = parseYear(row.get('year'), row.cell('year'));
    const value = parseNumber(row.get('value'), row.cell('value'));
    if (value === null) continue;
    target.check?.(value, row.cell('value'));
    const scaled = target.scale ? tidy(value * target.scale) : value;
    sink.add({ indicator: target.id, area, year, value: scaled, source: target.source }, row.line);
  }
  const warnings = [...table.notes];
  for (const [name, count] of unknown)
    warnings.push(`${file}: skipped ${count} rows of unknown indicator "${name}"`);
  return { observations: sink.observations, warnings };
}
