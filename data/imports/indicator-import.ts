import { TEXT_LIMITS } from '../contract/clean-text';
import {
  parseDirection,
  parseMunicipalityCode,
  parseTheme,
  parseUnit,
  parseYear,
  parseValue,
  requireText,
} from './cell-parsers';
import type { IndicatorImportRow, RejectedRow } from '../contract/imports';
import type { PreviewOptions } from './preview-options';
import { importedIndicatorId } from './imported-indicator-id';
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
 * Titles that make the same indicator id ("Test X", "test-x") collide, within the file and with the indicators
 * of other imports: such rows are refused with the reason, never merged or dropped at build time.
 */
export function validateIndicatorRows(
  table: ImportTable,
  options: PreviewOptions = {},
): { accepted: IndicatorImportRow[]; rejected: RejectedRow[] } {
  const firstOf = new Map<string, number>();
  const titleOfId = new Map<string, { title: string; line: number }>();
  const metaOf = new Map<string, { unit: string; direction: string; source: string; line: number }>();
  return validateRows(table, INDICATOR_COLUMNS, (read, line): IndicatorImportRow => {
    const unit = read('unit', parseUnit);
    const row = {
      line,
      municipalityCode: read('municipality_code', (raw) =>
        parseMunicipalityCode(raw, options.municipalityCodes),
      ),
      year: read('year', parseYear),
      value: read('value', (raw) => parseValue(raw, unit)),
      title: read('title', (raw) => requireText(raw, 'a title', TEXT_LIMITS.title)),
      unit,
      direction: read('direction', parseDirection),
      source: read('source', (raw) =>
        requireText(raw, 'the source (who published the figure)', TEXT_LIMITS.source),
      ),
      theme: read('theme', parseTheme),
    };
    const titleColumn = { index: table.header.indexOf('title'), name: 'title' };
    const id = importedIndicatorId(row.title);
    const sameId = titleOfId.get(id);
    if (sameId && sameId.title !== row.title)
      rejectRow(
        line,
        `"${row.title}" becomes the same indicator (${id}) as "${sameId.title}" on line ${sameId.line}: ` +
          'titles that differ only in case or punctuation are one indicator; write them alike or choose another title',
        titleColumn,
      );
    if (!sameId) titleOfId.set(id, { title: row.title, line });
    const taken = options.existingIndicators?.get(id);
    if (taken)
      rejectRow(
        line,
        `indicator ${id} already comes from import "${taken.importName}" (title "${taken.title}", unit ${taken.unit}): ` +
          'remove that import first, or choose another title',
        titleColumn,
      );
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
