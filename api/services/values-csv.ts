import type { ValuesResponse } from '../../data/contract/api';

export type CsvDialect = 'csv' | 'csv-sv';

const BOM = '\uFEFF';

/** RFC 4180 field: quoted only when it holds the separator, a quote or a line break. */
function field(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Plain digits, no thousands separator; Swedish Excel wants a decimal comma. */
function numberText(value: number, dialect: CsvDialect): string {
  const text = String(value);
  return dialect === 'csv-sv' ? text.replace('.', ',') : text;
}

/**
 * The values table as CSV: "csv" is RFC 4180 (comma, decimal point, CRLF, UTF-8 with BOM); "csv-sv" is what
 * Swedish Excel opens directly (semicolon, decimal comma, UTF-8 with BOM).
 *
 * @example valuesToCsv(values, 'csv-sv') // "\uFEFFmunicipality_code;...\r\n0617;Gnosjö;...;12,5;..."
 */
export function valuesToCsv(values: ValuesResponse, dialect: CsvDialect): string {
  const separator = dialect === 'csv' ? ',' : ';';
  const header = [
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
  ];
  // Caveats travel with the figures: every row carries them, so a row copied elsewhere keeps them.
  const caveatSv = values.indicator.caveats.map((caveat) => caveat.sv).join(' ');
  const caveatEn = values.indicator.caveats.map((caveat) => caveat.en).join(' ');
  const rows = values.values.map((row) => [
    row.code,
    row.name,
    values.indicator.id,
    String(values.year),
    numberText(row.value, dialect),
    values.indicator.unit,
    String(row.rank),
    String(values.n),
    numberText(row.percentile, dialect),
    values.source.citation,
    values.source.table,
    caveatSv,
    caveatEn,
    // A split by sex says which view it is, so a download of women's figures cannot pass for the total.
    ...(values.sex ? [values.sex] : []),
  ]);
  if (values.sex) header.push('sex');
  const lines = [header, ...rows].map((cells) => cells.map((cell) => field(cell, separator)).join(separator));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
