import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  FIGURE_COLUMNS,
  figuresToCsv,
  type FigureRow,
} from '../../../web/locality/export/figure-rows';

const row: FigureRow = {
  municipality_code: '0617',
  municipality_name: 'Gnosjö',
  theme: 'population',
  indicator: 'population_total',
  title: 'Folkmängd, "31 dec"',
  year: 2024,
  value: 9131,
  unit: 'persons',
  rank: null,
  ranked_of: null,
  county_value: null,
  county_year: null,
  county_method: null,
  national_value: null,
  national_year: 2024,
  national_method: 'published',
  publisher: 'SCB',
  table: 'BE0101, BefolkningNy',
  citation: 'Källa: SCB',
  caveat: '',
};

describe('figuresToCsv', () => {
  const csv = figuresToCsv([row]);

  it('starts with a BOM and the header, and ends lines with CRLF', () => {
    expect(csv.startsWith(`\uFEFF${FIGURE_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes cells with commas and quotes, and leaves missing values empty rather than 0', () => {
    const line = csv.split('\r\n')[1] ?? '';
    expect(line).toContain('"Folkmängd, ""31 dec"""');
    expect(line).toContain('"BE0101, BefolkningNy"');
    expect(line).toContain(',2024,9131,persons,,,,,,,2024,published,');
  });
});

describe('exportFileName', () => {
  it('strips diacritics so the file name travels safely', () => {
    expect(exportFileName('0617', 'Gnosjö', 'csv')).toBe('kompetensatlas-0617-gnosjo-figures.csv');
    expect(exportFileName('2580', 'Luleå', 'json')).toBe('kompetensatlas-2580-lulea-figures.json');
  });
});
