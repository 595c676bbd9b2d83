import Papa from 'papaparse';
import { IngestError, type FileLocation } from '../errors';
import type { RawFiles } from '../raw-files';
import { decodeText } from '../../../data/csv/decode-text';

/** One data row with the 1-based line it starts on, so later checks can point at it. */
export class CsvRow {
  constructor(
    readonly file: string,
    readonly line: number,
    private readonly fields: string[],
    private readonly index: ReadonlyMap<string, number>,
  ) {}

  get(column: string): string {
    return this.fields[this.index.get(column) ?? -1] ?? '';
  }

  /** 1-based column number of a header name, for error messages. */
  columnOf(column: string): number {
    return (this.index.get(column) ?? 0) + 1;
  }

  /** The location of one cell, for an error or warning. */
  cell(column: string): FileLocation {
    return { file: this.file, line: this.line, column: this.columnOf(column) };
  }
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  notes: string[];
}

/**
 * Reads a comma-separated file with one header row. Accepts BOM or none, CRLF or LF, UTF-8 or Windows-1252;
 * rejects a header that lacks a required column and rows with the wrong number of fields.
 */
export function readCsv(files: RawFiles, file: string, requiredColumns: readonly string[]): CsvTable {
  const { text, notes } = decodeText(files.read(file));
  if (text.trim() === '') throw new IngestError({ file, line: 1 }, 'file is empty');
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', newline: '\n' });
  const records = parsed.data;
  const lines = startLines(records);
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const line = lines[quoteError.row ?? 0] ?? 1;
    throw new IngestError({ file, line }, `CSV syntax: ${quoteError.message}`);
  }
  const header = (records[0] ?? []).map((name) => name.trim());
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new IngestError(
      { file, line: 1 },
      `wrong header: missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}; found ${header.join(',')}`,
    );
  }
  const index = new Map(header.map((name, position) => [name, position]));
  const rows: CsvRow[] = [];
  records.slice(1).forEach((fields, offset) => {
    const line = lines[offset + 1] ?? offset + 2;
    if (fields.length === 1 && fields[0] === '') return;
    if (fields.length !== header.length) {
      throw new IngestError(
        { file, line },
        `expected ${header.length} fields as in the header, found ${fields.length} (truncated or unquoted comma?)`,
      );
    }
    rows.push(new CsvRow(file, line, fields, index));
  });
  files.recordRows(file, rows.length);
  return { file, header, rows, notes: notes.map((note) => `${file}: ${note}`) };
}

/** Line on which each record starts, counting newlines inside quoted fields. */
function startLines(records: string[][]): number[] {
  const starts: number[] = [];
  let line = 1;
  for (const fields of records) {
    starts.push(line);
    line += 1 + fields.reduce((sum, field) => sum + countNewlines(field), 0);
  }
  return starts;
}

function countNewlines(field: string): number {
  let count = 0;
  for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count += 1;
  return count;
}
