import type { ValuesResponse } from '../../data/contract/api';
import { type CsvCell, csvDocument, type CsvDialect } from '../../data/csv/csv-document';

export type { CsvDialect };

export const VALUES_COLUMNS = [
  'municipality_code',
  'municipality_name',
  'indicator',
  'year',
  'value',
  'unit',
  'rank',
  'n',
  'percentile',
  'source',
  'table',
  'caveat_sv',
  'caveat_en',
] as const;

/** The columns of a values download; a split by sex adds the view, so women's figures cannot pass for the total. */
export function valuesColumns(values: ValuesResponse): readonly string[] {
  return values.sex ? [...VALUES_COLUMNS, 'sex'] : VALUES_COLUMNS;
}

/** The values table as rows of cells, shared by the CSV and XLSX downloads. */
export function valuesRows(values: ValuesResponse): CsvCell[][] {
  // Caveats travel with the figures: every row carries them, so a row copied elsewhere keeps them.
  const caveatSv = values.indicator.caveats.map((caveat) => caveat.sv).join(' ');
  const caveatEn = values.indicator.caveats.map((caveat) => caveat.en).join(' ');
  return values.values.map((row) => [
    row.code,
    row.name,
    values.indicator.id,
    values.year,
    row.value,
    values.indicator.unit,
    row.rank ?? null,
    values.n,
    row.percentile ?? null,
    values.source.citation,
    values.source.table,
    caveatSv,
    caveatEn,
    // A split by sex says which view it is, so a download of women's figures cannot pass for the total.
    ...(values.sex ? [values.sex] : []),
  ]);
}

/**
 * The values table as CSV in either dialect (see CsvDialect); text that starts like a formula is neutralised.
 *
 * @example valuesToCsv(values, 'csv-sv') // "\uFEFFmunicipality_code;...\r\n0617;Gnosjö;...;12,5;..."
 */
export function valuesToCsv(values: ValuesResponse, dialect: CsvDialect): string {
  return csvDocument(valuesColumns(values), valuesRows(values), dialect);
}
