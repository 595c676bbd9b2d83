import { describe, expect, it } from 'vitest';
import type { ValuesResponse } from '../../../data/contract/api';
import { valuesToCsv } from '../../../api/services/values-csv';

const values: ValuesResponse = {
  indicator: {
    id: 'smahus_kt_ratio',
    title: { sv: 'K/T-tal', en: 'K/T ratio' },
    theme: 'housing',
    unit: 'ratio',
    decimals: 2,
    direction: 'neutral',
    caveats: [
      {
        sv: 'I små kommuner bygger värdet på få försäljningar.',
        en: 'In small municipalities the figure rests on few sales, and can jump.',
      },
    ],
  },
  year: 2024,
  source: {
    id: 'scb-housing',
    publisher: 'SCB',
    table: 'BO0501C4',
    licence: 'CC0',
    citation: 'Källa: SCB, "Fastighetspriser"',
  },
  n: 2,
  nationalMedian: 1.5,
  ranking: { order: 'highest_first', text: { sv: '1 = högst', en: '1 = highest' } },
  nationalMedianReason: null,
  national: {
    year: 2024,
    value: null,
    method: 'unavailable',
    methodNote: 'not published',
    methodText: { sv: 'inte publicerat', en: 'not published' },
  },
  values: [
    { code: '0114', name: 'Upplands Väsby', value: 1.75, rank: 1, percentile: 100 },
    { code: '0617', name: 'Gnosjö, "test"', value: -0.25, rank: 2, percentile: 0 },
  ],
  missing: [],
};

describe('valuesToCsv', () => {
  it('writes RFC 4180 CSV: BOM, comma, decimal point, CRLF, quoted fields only where needed', () => {
    const csv = valuesToCsv(values, 'csv');
    expect(csv.startsWith('\uFEFFmunicipality_code,municipality_name,indicator,year,value,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toBe(
      '0114,Upplands Väsby,smahus_kt_ratio,2024,1.75,ratio,1,2,100,"Källa: SCB, ""Fastighetspriser""",BO0501C4,' +
        'I små kommuner bygger värdet på få försäljningar.,"In small municipalities the figure rests on few sales, and can jump."',
    );
    expect(lines[2]).toContain('0617,"Gnosjö, ""test""",smahus_kt_ratio,2024,-0.25,');
  });

  it('writes csv-sv for Swedish Excel: BOM, semicolon, decimal comma', () => {
    const csv = valuesToCsv(values, 'csv-sv');
    expect(csv.startsWith('\uFEFFmunicipality_code;municipality_name;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    // The citation holds quotes, so it is quoted in either dialect.
    expect(lines[1]).toBe(
      '0114;Upplands Väsby;smahus_kt_ratio;2024;1,75;ratio;1;2;100;"Källa: SCB, ""Fastighetspriser""";BO0501C4;' +
        'I små kommuner bygger värdet på få försäljningar.;In small municipalities the figure rests on few sales, and can jump.',
    );
    expect(lines[2]).toContain(';-0,25;');
    expect(lines[2]).toContain('"Gnosjö, ""test"""');
  });
});
