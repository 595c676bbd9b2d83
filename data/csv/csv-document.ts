import { neutraliseCell } from './neutralise-cell';

/**
 * "csv" is RFC 4180 (comma, decimal point); "csv-sv" is what Swedish Excel and LibreOffice open directly
 * (semicolon, decimal comma). Both are UTF-8 with a BOM and CRLF line ends.
 */
export type CsvDialect = 'csv' | 'csv-sv';
export const CSV_DIALECTS: readonly CsvDialect[] = ['csv', 'csv-sv'];

/** A cell as the atlas writes it: text (neutralised), a figure (dialect's decimal mark) or missing (empty). */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';

function separatorOf(dialect: CsvDialect): string {
  return dialect === 'csv' ? ',' : ';';
}

/** Plain digits, no thousands separator; csv-sv wants a decimal comma. */
function numberText(value: number, dialect: CsvDialect): string {
  const text = String(value);
  return dialect === 'csv-sv' ? text.replace('.', ',') : text;
}

/** RFC 4180 field: quoted only when it holds the separator, a quote or a line break. */
function quoted(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? numberText(cell, dialect) : '';
  return quoted(neutraliseCell(cell), separatorOf(dialect));
}

/**
 * A whole CSV download: BOM, header, one line per row, CRLF after every line. Text cells that start like a
 * formula get a leading apostrophe; missing figures are empty cells, never 0.
 *
 * @example csvDocument(['code', 'value'], [['0617', 12.5]], 'csv-sv') // "\uFEFFcode;value\r\n0617;12,5\r\n"
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  dialect: CsvDialect,
): string {
  const separator = separatorOf(dialect);
  const lines = [header, ...rows].map((cells) =>
    cells.map((cell) => cellText(cell, dialect)).join(separator),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
