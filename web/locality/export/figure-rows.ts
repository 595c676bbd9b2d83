import { type CsvCell, csvDocument, type CsvDialect } from '../../../data/csv/csv-document';

/**
 * One figure of the locality as it leaves the browser in an export: every value travels with its year, unit,
 * source and table so a spreadsheet copy can still be cited. Missing values are empty cells, never 0.
 */
export interface FigureRow {
  municipality_code: string;
  municipality_name: string;
  theme: string;
  indicator: string;
  title: string;
  year: number | null;
  value: number | null;
  unit: string;
  rank: number | null;
  ranked_of: number | null;
  county_value: number | null;
  county_year: number | null;
  county_method: string | null;
  national_value: number | null;
  national_year: number | null;
  national_method: string | null;
  publisher: string;
  table: string;
  citation: string;
  caveat: string;
  /** Only in a download of a sex view: which one (women, men, gap), and its label or why a KPI has none. */
  sex?: string;
  series?: string;
}

export const FIGURE_COLUMNS: readonly (keyof FigureRow)[] = [
  'municipality_code',
  'municipality_name',
  'theme',
  'indicator',
  'title',
  'year',
  'value',
  'unit',
  'rank',
  'ranked_of',
  'county_value',
  'county_year',
  'county_method',
  'national_value',
  'national_year',
  'national_method',
  'publisher',
  'table',
  'citation',
  'caveat',
];

/**
 * Either CSV dialect (UTF-8 with BOM so Excel reads å, ä, ö; CRLF); text that starts like a formula is
 * neutralised, missing values are empty cells.
 *
 * @example
 * figuresToCsv([]) // "\uFEFFmunicipality_code,municipality_name,...,caveat\r\n"
 */
export function figuresToCsv(rows: readonly FigureRow[], dialect: CsvDialect = 'csv'): string {
  return csvDocument(figureColumns(rows), figureCells(rows), dialect);
}

/** The columns: a download of a sex view adds which view and its label, so women's figures cannot pass for totals. */
export function figureColumns(rows: readonly FigureRow[]): readonly (keyof FigureRow)[] {
  return rows.some((row) => row.sex !== undefined) ? [...FIGURE_COLUMNS, 'sex', 'series'] : FIGURE_COLUMNS;
}

/** The rows as cells in column order, shared by the CSV and XLSX downloads. */
export function figureCells(rows: readonly FigureRow[]): CsvCell[][] {
  const columns = figureColumns(rows);
  return rows.map((row) => columns.map((column) => row[column] ?? null));
}

export interface FiguresDocument {
  municipality: { code: string; name: string };
  /** Where the figures were read from, so a saved file can be traced back to a build. */
  build: { id: string | null; exportedAt: string; url: string };
  figures: FigureRow[];
}

export function figuresToJson(document: FiguresDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A file name that says what and when, e.g. "kompetensatlas-0617-gnosjo-figures.csv". */
export function exportFileName(code: string, name: string, extension: 'csv' | 'json' | 'xlsx'): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `kompetensatlas-${code}-${slug}-figures.${extension}`;
}
