import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../data/imports/preview-import';
import { FIXTURES_DIR, RAW_DIR } from '../../support/paths';

const fixture = (name: string) => readFileSync(path.join(FIXTURES_DIR, 'import', name));
/** The 290 real municipality codes, read from the snapshot's reference file. */
const municipalityCodes = new Set(
  readFileSync(path.join(RAW_DIR, 'reference', 'municipalities.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]!)
    .filter((code) => /^\d{4}$/.test(code)),
);

describe('previewImport: indicator files', () => {
  it('reads a Swedish Excel export: Windows-1252, semicolons, decimal commas, Swedish headers, lost leading zero', () => {
    const preview = previewImport(fixture('indicator-swedish-excel-cp1252.csv'), 'indicator', {
      municipalityCodes,
    });
    expect(preview.rejected).toEqual([]);
    expect(preview.notes).toContain('not valid UTF-8: read as Windows-1252');
    expect(preview.notes).toContain('fields separated by ";"');
    expect(preview.accepted.map((r) => [r.line, r.municipalityCode, r.year, r.value])).toEqual([
      [2, '0617', 2023, 12.5],
      [3, '0617', 2024, 13.25],
      [4, '0662', 2024, 1204.5],
      [5, '0680', 2024, -0.5],
    ]);
    expect(preview.accepted[0]).toMatchObject({
      title: 'Exempel: lärlingsplatser per 1000 sysselsatta',
      unit: 'per_1000_inhabitants',
      direction: 'higher_is_better',
      source: 'Exempel från testfil (Gnosjö näringslivsråd)',
      theme: 'skills',
    });
  });

  it('rejects bad rows one by one, naming line, column and reason, and keeps the good ones', () => {
    const preview = previewImport(fixture('indicator-with-errors-utf8.csv'), 'indicator', {
      municipalityCodes,
    });
    expect(preview.accepted.map((r) => [r.line, r.municipalityCode, r.value, r.unit, r.theme])).toEqual([
      [2, '0617', 4.5, 'percent', 'quality_of_life'],
      [13, '0686', 2.75, 'percent', 'quality_of_life'],
    ]);
    expect(preview.notes).toContain('no theme column: listed under "quality_of_life"');
    expect(preview.rejected.map((r) => [r.line, r.column, r.columnName, r.reason])).toEqual([
      [3, 1, 'municipality_code', 'a municipality code is four digits, e.g. 0617; found "06170"'],
      [4, 1, 'municipality_code', 'unknown municipality code "9999"'],
      [5, 2, 'year', 'a year is four digits between 1990 and 2100; found "24"'],
      [6, 3, 'value', 'not a number: "n/a"'],
      [7, 3, 'value', 'empty: a missing value is left out, not imported as 0'],
      [8, undefined, undefined, 'duplicate of line 2 (same title, municipality and year)'],
      [9, 5, 'unit', '"Example: open workshop places" has unit "percent" on line 2 but "sek" here'],
      [
        10,
        6,
        'direction',
        'direction must be higher_is_better, higher_is_worse or neutral; found "sideways"',
      ],
      [11, 7, 'source', 'the source (who published the figure) is required'],
      [12, undefined, undefined, 'more fields than the header has columns (an unquoted "," in a value?)'],
    ]);
  });

  it('empty trailing fields, as Excel writes for formatted empty cells, are ignored', () => {
    const csv = 'Kommunkod;År;Värde;Titel;Enhet;Riktning;Källa;;\r\n0617;2024;1,5;T;%;neutral;K;;\r\n';
    const preview = previewImport(Buffer.from(csv, 'utf8'), 'indicator', { municipalityCodes });
    expect(preview.rejected).toEqual([]);
    expect(preview.accepted.map((r) => r.value)).toEqual([1.5]);
  });

  it('without the list of municipalities, any four-digit code passes (the build checks it again)', () => {
    const preview = previewImport(fixture('indicator-with-errors-utf8.csv'), 'indicator');
    expect(preview.accepted.map((r) => r.municipalityCode)).toContain('9999');
  });

  it('a file with a header only, or without the required columns, is rejected at line 1', () => {
    expect(previewImport(Buffer.from('municipality_code,year,value\n'), 'indicator').rejected).toEqual([
      { line: 1, reason: 'no data rows below the header' },
    ]);
    const preview = previewImport(Buffer.from('kommunkod;år;värde\n0617;2024;1\n'), 'indicator');
    expect(preview.accepted).toEqual([]);
    expect(preview.rejected).toEqual([
      {
        line: 1,
        reason: 'missing column(s) title, unit, direction, source; found municipality_code;year;value',
      },
    ]);
  });
});

describe('previewImport: firm-site files', () => {
  it('reads coordinates with decimal commas, NACE "25,62" as 25.62, and a site placed by municipality only', () => {
    const preview = previewImport(fixture('firms-swedish-excel-cp1252.csv'), 'firms', { municipalityCodes });
    expect(preview.accepted).toEqual([
      {
        line: 2,
        company: 'Exempel Verkstad AB',
        site: 'Fabriken i Åsen',
        lat: 57.3621,
        lon: 13.7342,
        municipalityCode: '0617',
        nace: '25.62',
        activity: 'Bearbetning av metall',
        employees: 'ca 40 (2024)',
        source: 'Testfil, egen uppgift',
      },
      {
        line: 3,
        company: 'Exempel Gjuteri AB',
        site: 'Gjuteriet',
        lat: null,
        lon: null,
        municipalityCode: '0662',
        nace: '24.5',
        activity: 'Gjutning av järn',
        employees: null,
        source: 'Testfil, egen uppgift',
      },
    ]);
    expect(preview.rejected.map((r) => [r.line, r.columnName, r.reason])).toEqual([
      [4, undefined, 'give both lat and lon, or neither'],
      [5, 'lat', 'latitude 75.1 is outside Sweden (55 to 69.1)'],
      [6, 'source', 'the source (where the facts come from) is required'],
      [7, undefined, 'a site needs lat and lon or a municipality_code'],
      [8, undefined, 'duplicate of line 2 (same company and site)'],
      [9, 'nace', 'a NACE code looks like 24, 24.5 or 24.10; found "metall"'],
    ]);
  });

  it('a header without company, site, nace, activity or source rejects the file', () => {
    const preview = previewImport(fixture('firms-missing-columns.csv'), 'firms');
    expect(preview.accepted).toEqual([]);
    expect(preview.rejected[0]).toMatchObject({
      line: 1,
      reason: expect.stringMatching(/^missing column\(s\) site, nace, activity, source/),
    });
  });
});
