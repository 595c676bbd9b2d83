import { cleanText } from '../contract/clean-text';
import { CellError } from './cell-parsers';
import type { RejectedRow } from '../contract/imports';
import type { ImportTable } from './read-import-csv';

/** Reads one cell through a parser; a CellError becomes the row's rejection with line and column. */
export type CellReader = <T>(column: string, parse: (raw: string) => T) => T;

class RowRejected extends Error {
  constructor(readonly rejection: RejectedRow) {
    super(rejection.reason);
  }
}

/**
 * Runs `toRow` on every row; the first bad cell rejects the row (with its line and column), other rows go on.
 * A header without a required column rejects the file at line 1.
 */
export function validateRows<T>(
  table: ImportTable,
  required: readonly string[],
  toRow: (read: CellReader, line: number) => T,
): { accepted: T[]; rejected: RejectedRow[] } {
  const missing = required.filter((column) => !table.header.includes(column));
  if (missing.length > 0) {
    return {
      accepted: [],
      rejected: [
        {
          line: 1,
          reason: `missing column(s) ${missing.join(', ')}; found ${table.header.join(table.delimiter)}`,
        },
      ],
    };
  }
  const accepted: T[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of table.rows) {
    const read: CellReader = (column, parse) => {
      try {
        // No cell needs control characters or line breaks: strip them before any parser sees the text.
        return parse(cleanText(row.cells[column] ?? ''));
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        const index = table.header.indexOf(column);
        throw new RowRejected({
          line: row.line,
          ...(index >= 0 ? { column: index + 1 } : {}),
          columnName: column,
          reason: error.message,
        });
      }
    };
    try {
      if (row.cells.__extra !== undefined) {
        throw new RowRejected({
          line: row.line,
          reason: `more fields than the header has columns (an unquoted "${table.delimiter}" in a value?)`,
        });
      }
      accepted.push(toRow(read, row.line));
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
      rejected.push(error.rejection);
    }
  }
  return { accepted, rejected };
}

/** Rejects a row from inside `toRow` for a reason that concerns the whole row (e.g. a duplicate). */
export function rejectRow(line: number, reason: string, column?: { index: number; name: string }): never {
  throw new RowRejected({
    line,
    reason,
    ...(column ? { column: column.index + 1, columnName: column.name } : {}),
  });
}
