import {
  parseDecimal,
  parseDirection,
  parseMunicipalityCode,
  parseTheme,
  parseUnit,
  parseYear,
  requireText,
} from './cell-parsers';
import type { IndicatorImportRow, PreviewOptions, RejectedRow } from './import-types';
import type { ImportTable } from './read-import-csv';
import { rejectRow, validateRows } from './validate-rows';

export const INDICATOR_COLUMNS = [
  'municipality_code',
  'year',
  'value',
  'title',
  'unit',
  'direction',
  'source',
];

/**
 * A user's own indicator: one row per municipality and year, with title, unit, direction and source on every
 * row. Several indicators may share a file (one per title); a title must keep one unit, direction and source.
 */
export function validateIndicatorRows(
  table: ImportTable,
  options: PreviewOptions = {},
): { accepted: IndicatorImportRow[]; rejected: RejectedRow[] } {
  const firstOf = new Map<string, number>();
  const metaOf = new Map<string, { unit: string; direction: string; source: string; line: number }>();
  return validateRows(table, INDICATOR_COLUMNS, (read, line): IndicatorImportRow => {
    const row = {
      line,
      municipalityCode: read('municipality_code', (raw) =>
        parseMunicipalityCode(raw, options.municipalityCodes),
      ),
      year: read('year', parseYear),
      value: read('value', parseDecimal),
      title: read('title', (raw) => requireText(raw, 'a title')),
      unit: read('unit', parseUnit),
      direction: read('direction', parseDirection),
      source: read('source', (raw) => requireText(raw, 'the source (who published the figure)')),
      theme: read('theme', parseTheme),
    };
    const meta = metaOf.get(row.title);
    if (!meta) metaOf.set(row.title, { unit: row.unit, direction: row.direction, source: row.source, line });
    else {
      for (const field of ['unit', 'direction', 'source'] as const) {
        if (meta[field] !== row[field]) {
          rejectRow(
            line,
            `"${row.title}" has ${field} "${meta[field]}" on line ${meta.line} but "${row[field]}" here`,
            {
              index: table.header.indexOf(field),
              name: field,
            },
          );
        }
      }
    }
    const key = `${row.title}|${row.municipalityCode}|${row.year}`;
    const first = firstOf.get(key);
    if (first !== undefined)
      rejectRow(line, `duplicate of line ${first} (same title, municipality and year)`);
    firstOf.set(key, line);
    return row;
  });
}
