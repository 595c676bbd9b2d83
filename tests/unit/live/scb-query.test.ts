import { describe, expect, it } from 'vitest';
import { parseV1Metadata, parseV2Metadata } from '../../../scripts/ingest/live/scb-metadata';
import {
  countCells,
  halveQuery,
  splitQuery,
  toV1Body,
  toV2Body,
  V1QueryBody,
} from '../../../scripts/ingest/live/scb-query';
import { buildQuery } from '../../../scripts/ingest/live/scb-selection';
import { recordedJson } from './api-samples';

const tab6471 = () => parseV2Metadata(recordedJson('scb-v2_TAB6471_metadata.json'));

describe('building a query from metadata', () => {
  it('selects the 290 municipalities, eliminates Kon (elimination: true) and keeps mandatory Alder', () => {
    const query = buildQuery(tab6471(), {
      variables: {
        Region: { kind: 'regions', levels: ['municipality'] },
        Alder: { kind: 'all' },
        ContentsCode: { kind: 'codes', codes: ['000007SF'] },
        Tid: { kind: 'all' },
      },
    });
    expect(query.selections.map((s) => [s.variable, s.values.length])).toEqual([
      ['Region', 290],
      ['Alder', 134],
      ['ContentsCode', 1],
      ['Tid', 16],
    ]);
    expect(countCells(query)).toBe(290 * 134 * 16);
  });

  it('refuses to leave out a mandatory variable, naming it', () => {
    expect(() =>
      buildQuery(tab6471(), {
        variables: { ContentsCode: { kind: 'codes', codes: ['000007SF'] }, Tid: { kind: 'all' } },
      }),
    ).toThrow(/variable Alder .* is mandatory but not selected/);
  });

  it('finds the variable of a fixed value code (v1 HE0110: "tot16+" belongs to Alder)', () => {
    const meta = parseV1Metadata(recordedJson('scb-v1_HE0110A_SamForvInk1_metadata.json'));
    const query = buildQuery(meta, {
      variables: {
        Kon: { kind: 'codes', codes: ['1', '2', '1+2'] },
        ContentsCode: { kind: 'codes', codes: ['HE0110J8'] },
        Tid: { kind: 'years', from: 2020, to: 2022 },
      },
      fixedValues: ['tot16+'],
    });
    // The recorded v1 request body uses the same item filters for these variables.
    const recorded = recordedJson('scb-v1_HE0110A_SamForvInk1_query.json') as { query: { code: string }[] };
    const body = toV1Body(query);
    expect(body.query).toEqual(recorded.query.filter((q) => q.code !== 'Region'));
    expect(body.response).toEqual({ format: 'json-stat2' });
  });

  it('finds a content by label when no source documents its code, and fails when the label is ambiguous', () => {
    const meta = parseV1Metadata(recordedJson('scb-v1_HE0110A_SamForvInk1_metadata.json'));
    const byLabel = (pattern: RegExp) =>
      buildQuery(meta, {
        variables: {
          Alder: { kind: 'codes', codes: ['tot16+'] },
          ContentsCode: { kind: 'labels', patterns: [pattern] },
          Tid: { kind: 'all' },
        },
      });
    expect(byLabel(/^medianinkomst/i).selections[1]).toEqual({
      variable: 'ContentsCode',
      values: ['HE0110J8'],
    });
    expect(() => byLabel(/inkomst/i)).toThrow(/values have a label matching/);
  });

  it('the three recorded v1 request bodies fit the documented query shape, and so does ours', () => {
    for (const name of [
      'scb-v1_BE0101A_BefolkningNy_query.json',
      'scb-v1_HE0110A_SamForvInk1_query.json',
      'scb-v1_error404_query.json',
    ]) {
      expect(V1QueryBody.safeParse(recordedJson(name)).success).toBe(true);
    }
    // The 404 was answered to a query with the value set vs:RegionLän07 on BefolkningNy; we only send items.
    const failed = V1QueryBody.parse(recordedJson('scb-v1_error404_query.json'));
    expect(failed.query[0]!.selection.filter).toBe('vs:RegionLän07');
    const ours = toV1Body({ selections: [{ variable: 'Region', values: ['0617'] }] });
    expect(V1QueryBody.parse(ours).query.every((q) => q.selection.filter === 'item')).toBe(true);
  });

  it('v2 body uses variableCode/valueCodes', () => {
    expect(toV2Body({ selections: [{ variable: 'Region', values: ['0617'] }] })).toEqual({
      selection: [{ variableCode: 'Region', valueCodes: ['0617'] }],
    });
  });
});

describe('splitting a query that exceeds the cell limit', () => {
  const query = {
    selections: [
      { variable: 'Region', values: Array.from({ length: 290 }, (_, i) => String(1000 + i)) },
      { variable: 'Alder', values: Array.from({ length: 134 }, (_, i) => String(i)) },
      { variable: 'Tid', values: Array.from({ length: 16 }, (_, i) => String(2010 + i)) },
    ],
  };

  it('cuts Region into as few chunks as the 150000-cell limit allows, covering every cell once', () => {
    const pieces = splitQuery(query, 150_000, ['Region', 'Tid']);
    expect(pieces.every((p) => countCells(p) <= 150_000)).toBe(true);
    expect(pieces.reduce((sum, p) => sum + countCells(p), 0)).toBe(countCells(query));
    // 134 x 16 = 2144 cells per region, so 69 regions per piece and 5 pieces.
    expect(pieces).toHaveLength(5);
    expect(pieces.flatMap((p) => p.selections[0]!.values)).toEqual(query.selections[0]!.values);
  });

  it('cuts Tid as well when a single region is still too large', () => {
    const pieces = splitQuery(query, 1000, ['Region', 'Tid']);
    expect(pieces.every((p) => countCells(p) <= 1000)).toBe(true);
    expect(pieces.reduce((sum, p) => sum + countCells(p), 0)).toBe(countCells(query));
    expect(pieces.every((p) => p.selections[0]!.values.length === 1)).toBe(true);
  });

  it('leaves a small query alone and fails clearly when nothing is left to cut', () => {
    expect(splitQuery(query, 10_000_000, ['Region'])).toEqual([query]);
    expect(() => splitQuery(query, 100, ['Region'])).toThrow(/cannot be split further by Region/);
  });

  it('halves along the first variable with more than one value (for a 403)', () => {
    const halves = halveQuery(query, ['Region', 'Tid'])!;
    expect(halves.map((h) => h.selections[0]!.values.length)).toEqual([145, 145]);
    const single = { selections: [{ variable: 'Region', values: ['0617'] }] };
    expect(halveQuery(single, ['Region'])).toBeNull();
  });
});
