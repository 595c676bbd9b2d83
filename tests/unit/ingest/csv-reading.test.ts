import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../../data/csv/decode-text';
import { readCsv } from '../../../scripts/ingest/csv/read-csv';
import { RawFiles } from '../../../scripts/ingest/raw-files';
import { fixtureSnapshot, removeTempSnapshots } from './fixture-snapshot';

afterAll(removeTempSnapshots);

const FILE = 'stats/boverket-housing-market-balance-2020-2026.csv';
const read = (content: string | Uint8Array) =>
  readCsv(new RawFiles(fixtureSnapshot({ [FILE]: content })), FILE, ['municipality_code', 'value']);

describe('decodeText', () => {
  it('removes a UTF-8 byte-order mark and says so', () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a]));
    expect(result.text).toBe('a\n');
    expect(result.notes).toEqual(['UTF-8 byte-order mark removed']);
  });

  it('reads bytes that are not valid UTF-8 as Windows-1252 (ö, é, €)', () => {
    const result = decodeText(iconv.encode('Gnosjö;Malmö é €', 'windows-1252'));
    expect(result.text).toBe('Gnosjö;Malmö é €');
    expect(result.notes).toEqual(['not valid UTF-8: read as Windows-1252']);
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeText(new TextEncoder().encode('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });
});

describe('readCsv', () => {
  const lf = 'municipality_code,value\n0617,1\n2505,2\n';

  it('gives the same rows for LF, CRLF, BOM and Windows-1252 input', () => {
    const values = (content: string | Uint8Array) =>
      read(content).rows.map((row) => [row.line, row.get('value')]);
    const expected = [
      [2, '1'],
      [3, '2'],
    ];
    expect(values(lf)).toEqual(expected);
    expect(values(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(values(`\ufeff${lf}`)).toEqual(expected);
    expect(values(iconv.encode(lf, 'windows-1252'))).toEqual(expected);
  });

  it('counts lines inside quoted fields, so later rows keep their real line number', () => {
    const table = read('municipality_code,value\n0617,"two\nlines"\n2505,3\n');
    expect(table.rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('ignores blank lines but keeps line numbers', () => {
    expect(read('municipality_code,value\n\n0617,1\n').rows.map((row) => row.line)).toEqual([3]);
  });

  it('names the missing columns of a wrong header', () => {
    expect(() => read('code,value\n0617,1\n')).toThrow(
      `${FILE}:1: wrong header: missing column(s) "municipality_code"`,
    );
  });

  it('names the line of a row with too few fields', () => {
    expect(() => read('municipality_code,value\n0617,1\n2505\n')).toThrow(`${FILE}:3: expected 2 fields`);
  });

  it('rejects an empty file and a missing file', () => {
    expect(() => read('')).toThrow(`${FILE}:1: file is empty`);
    expect(() => read('\n\n')).toThrow(`${FILE}:1: file is empty`);
    const dir = fixtureSnapshot({ [FILE]: null });
    expect(() => readCsv(new RawFiles(dir), FILE, [])).toThrow(`${FILE}: missing input file`);
  });
});
