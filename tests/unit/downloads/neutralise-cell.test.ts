import { describe, expect, it } from 'vitest';
import { csvDocument } from '../../../data/csv/csv-document';
import { neutraliseCell } from '../../../data/csv/neutralise-cell';
import { xlsxDocument } from '../../../data/xlsx/xlsx-document';
import { readXlsxRows } from '../../support/read-xlsx';

describe('neutraliseCell', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1'])(
    'puts an apostrophe before %j',
    (text) => expect(neutraliseCell(text)).toBe(`'${text}`),
  );

  it('leaves ordinary text alone, also with a formula character later in it', () => {
    expect(neutraliseCell('Gnosjö')).toBe('Gnosjö');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell('')).toBe('');
  });
});

describe('csvDocument', () => {
  it('neutralises text but writes negative figures as figures, in both dialects', () => {
    const rows = [['=cmd|"/c calc"!A1', -0.25, null]];
    expect(csvDocument(['t', 'v', 'm'], rows, 'csv')).toBe(
      '\uFEFFt,v,m\r\n"\'=cmd|""/c calc""!A1",-0.25,\r\n',
    );
    expect(csvDocument(['t', 'v', 'm'], rows, 'csv-sv')).toBe(
      '\uFEFFt;v;m\r\n"\'=cmd|""/c calc""!A1";-0,25;\r\n',
    );
  });

  it('writes a non-finite figure as missing, never as "Infinity"', () => {
    expect(csvDocument(['v'], [[Infinity], [NaN]], 'csv')).toBe('\uFEFFv\r\n\r\n\r\n');
  });
});

describe('xlsxDocument', () => {
  it('stores codes as text (leading zero kept), figures as numbers and missing as empty', async () => {
    const bytes = await xlsxDocument(
      'values',
      ['code', 'value', 'note'],
      [
        ['0162', 12.5, null],
        ['0617', -3, 'x\u0001y'],
      ],
    );
    const rows = readXlsxRows(bytes);
    expect(rows[0]).toEqual([
      { type: 's', text: 'code' },
      { type: 's', text: 'value' },
      { type: 's', text: 'note' },
    ]);
    expect(rows[1]).toEqual([
      { type: 's', text: '0162' },
      { type: 'n', text: '12.5' },
    ]);
    expect(rows[2]).toEqual([
      { type: 's', text: '0617' },
      { type: 'n', text: '-3' },
      { type: 's', text: 'xy' },
    ]);
  });
});
