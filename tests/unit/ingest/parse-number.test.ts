import { describe, expect, it } from 'vitest';
import { normaliseAreaCode } from '../../../scripts/ingest/area-codes';
import { parseNumber, parseYear } from '../../../scripts/ingest/csv/parse-number';

const at = { file: 'x.csv', line: 7, column: 3 };

describe('parseNumber', () => {
  it.each([
    ['9514.0', 9514],
    ['12,5', 12.5],
    ['-0,25', -0.25],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['\u22123', -3],
    ['1e3', 1000],
    [' 42 ', 42],
  ])('reads %j as %d', (raw, expected) => {
    expect(parseNumber(raw, at)).toBe(expected);
  });

  it.each(['..', '.', '-', '', '  '])('keeps the missing-value marker %j missing (null), never 0', (raw) => {
    expect(parseNumber(raw, at)).toBeNull();
  });

  it.each(['abc', '12a', '1,2,3', 'NaN', 'Infinity', '--1'])(
    'rejects %j naming file, line and column',
    (raw) => {
      expect(() => parseNumber(raw, at)).toThrow(`x.csv:7:3: not a number: "${raw}"`);
    },
  );
});

describe('parseYear', () => {
  it('accepts four digits and rejects anything else with its location', () => {
    expect(parseYear('2022', at)).toBe(2022);
    expect(() => parseYear('2022.0', at)).toThrow('x.csv:7:3: not a year');
  });
});

describe('normaliseAreaCode', () => {
  it.each([
    ['0', 'SE'],
    ['0000', 'SE'],
    ['06', '06'],
    ['0006', '06'],
    ['0617', '0617'],
    ['617', null],
    ['SE-06', null],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normaliseAreaCode(raw)).toBe(expected);
  });
});
