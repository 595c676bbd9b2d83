import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonStat1, parseJsonStat2 } from '../../../scripts/ingest/live/parse-json-stat';
import {
  NonJsonResponseError,
  parseJsonBody,
  parsePxResponse,
} from '../../../scripts/ingest/live/parse-px-response';
import { parsePxWebJson } from '../../../scripts/ingest/live/parse-pxweb-json';
import { parseV1Metadata, parseV2Metadata } from '../../../scripts/ingest/live/scb-metadata';
import { parseV2Config } from '../../../scripts/ingest/live/scb-client';
import { API_SAMPLES_DIR, fixtureJson, recordedJson, recordedText } from './api-samples';

describe('recorded SCB responses in api-samples', () => {
  it('the recordings this suite covers are all there is (a new recording must get a test)', () => {
    const covered = [
      'API-REFERENCE.md',
      'SOURCES.md',
      'scb-v1_BE0101A_BefolkningNy_data.json-stat1.json',
      'scb-v1_BE0101A_BefolkningNy_query.json',
      'scb-v1_HE0110A_SamForvInk1_metadata.json',
      'scb-v1_HE0110A_SamForvInk1_query.json',
      'scb-v1_error404_query.json',
      'scb-v1_error404_response.html',
      'scb-v2_TAB6471_data.json-stat2.json',
      'scb-v2_TAB6471_metadata.json',
      'scb-v2_codelist_agg_Alder10arJ.json',
      'scb-v2_config.json',
      'scb-v2_tables_page1.json',
    ];
    expect(readdirSync(API_SAMPLES_DIR).sort()).toEqual(covered.sort());
  });

  it('json-stat 1 (v1 BefolkningNy): 4 x 2 x 1 x 48 cells in row-major order', () => {
    const ds = parseJsonStat1(recordedJson('scb-v1_BE0101A_BefolkningNy_data.json-stat1.json'));
    expect(ds.dimensions.map((d) => d.code)).toEqual(['Civilstand', 'Kon', 'ContentsCode', 'Tid']);
    expect(ds.cells).toHaveLength(384);
    expect(ds.cells[0]).toEqual({
      codes: { Civilstand: 'OG', Kon: '1', ContentsCode: 'BE0101N1', Tid: '1968' },
      value: 1833641,
    });
    expect(ds.cells[48]!.codes).toEqual({
      Civilstand: 'OG',
      Kon: '2',
      ContentsCode: 'BE0101N1',
      Tid: '1968',
    });
    expect(ds.cells[383]).toEqual({
      codes: { Civilstand: 'ÄNKL', Kon: '2', ContentsCode: 'BE0101N1', Tid: '2015' },
      value: 345008,
    });
    expect(ds.units).toEqual({ BE0101N1: 'antal' });
    expect(parsePxResponse(recordedJson('scb-v1_BE0101A_BefolkningNy_data.json-stat1.json'))).toEqual(ds);
  });

  it('json-stat2 (v2 TAB6471): 2772 cells, table id from extension.px, CKM total code TotSa', () => {
    const ds = parseJsonStat2(recordedJson('scb-v2_TAB6471_data.json-stat2.json'));
    expect(ds.tableId).toBe('TAB6471');
    expect(ds.cells).toHaveLength(21 * 11 * 3 * 1 * 4);
    expect(ds.cells[0]).toEqual({
      codes: { Region: '01', Alder: '0-9', Kon: 'TotSa', ContentsCode: '000007SF', Tid: '2026M01' },
      value: 245284,
    });
    expect(ds.cells[4]!.codes).toMatchObject({ Region: '01', Alder: '0-9', Kon: '1', Tid: '2026M01' });
    expect(ds.units).toEqual({ '000007SF': 'antal' });
    expect(ds.cells.every((c) => c.value !== null)).toBe(true);
  });

  it('v2 metadata (TAB6471): 312 regions of which 290 municipalities, elimination and time flags', () => {
    const meta = parseV2Metadata(recordedJson('scb-v2_TAB6471_metadata.json'));
    const region = meta.variables.find((v) => v.code === 'Region')!;
    expect(region.values).toHaveLength(312);
    expect(region.values.filter((v) => /^\d{4}$/.test(v.code))).toHaveLength(290);
    expect(region.values.find((v) => v.code === '0617')?.label).toMatch(/Gnosjö/);
    expect(region.elimination).toBe(true);
    expect(meta.variables.find((v) => v.code === 'ContentsCode')?.elimination).toBe(false);
    expect(meta.variables.filter((v) => v.time).map((v) => v.code)).toEqual(['Tid']);
  });

  it('v1 metadata (HE0110 SamForvInk1): Alder has no elimination key, so it is mandatory', () => {
    const meta = parseV1Metadata(recordedJson('scb-v1_HE0110A_SamForvInk1_metadata.json'));
    expect(meta.variables.map((v) => [v.code, v.elimination, v.time])).toEqual([
      ['Region', true, false],
      ['Kon', true, false],
      ['Alder', false, false],
      ['Inkomstklass', true, false],
      ['ContentsCode', false, false],
      ['Tid', false, true],
    ]);
    expect(meta.variables[4]!.values.find((v) => v.code === 'HE0110J8')?.label).toBe('Medianinkomst, tkr');
  });

  it('v2 /config gives the limits: 150000 cells, 3 calls per 1 s', () => {
    expect(parseV2Config(recordedJson('scb-v2_config.json'))).toEqual({
      maxCells: 150000,
      maxCalls: 3,
      windowMs: 1000,
    });
  });

  it('the v1 HTML 404 page is an error that names the URL and the page title', () => {
    const url = 'https://api.scb.se/OV0104/v1/doris/sv/ssd/START/BE/BE0101/BE0101A/BefolkningNy';
    const html = recordedText('scb-v1_error404_response.html');
    expect(() => parseJsonBody(html, url, 404)).toThrow(NonJsonResponseError);
    expect(() => parseJsonBody(html, url, 404)).toThrow(
      `${url} answered 404 with a non-JSON body: 404 - File or directory not found.`,
    );
  });

  it('a table list and a code list are not data responses and are refused as such', () => {
    expect(() => parsePxResponse(recordedJson('scb-v2_tables_page1.json'))).toThrow(
      /not a PxWeb data response/,
    );
    expect(() => parsePxResponse(recordedJson('scb-v2_codelist_agg_Alder10arJ.json'))).toThrow(
      /not a PxWeb data response/,
    );
  });

  it('v2 metadata is not data: json-stat2 with value [] is refused by the data parser', () => {
    expect(() => parseJsonStat2(recordedJson('scb-v2_TAB6471_metadata.json'))).toThrow(/0 values for/);
  });
});

describe('documented shapes without a recording', () => {
  it('json-stat 1 missing cell: null value with its symbol from status (documented shape, no recording)', () => {
    const ds = parseJsonStat1(fixtureJson('json-stat1-with-status.json'));
    expect(ds.cells[0]).toEqual({
      codes: { Region: '0617', ContentsCode: 'BO0501C2', Tid: '2023' },
      value: null,
      status: '..',
    });
    expect(ds.cells[1]!.value).toBe(2950);
    expect(ds.units.BO0501C2).toBe('tkr');
  });

  it('PxWeb json: all values strings; "..", ".", "-" and "" become missing (documented shape, no recording)', () => {
    const ds = parsePxWebJson(fixtureJson('pxweb-json-documented-shape.json'));
    expect(ds.cells).toHaveLength(6);
    expect(
      ds.cells.map((c) => [c.codes.Region, c.codes.Hustyp, c.codes.ContentsCode, c.value, c.status]),
    ).toEqual([
      ['0617', 'SMÅHUS', 'BO0101A5', 12, undefined],
      ['0617', 'SMÅHUS', 'BO0101A6', null, '..'],
      ['0617', 'FLERBOST', 'BO0101A5', null, '-'],
      ['0617', 'FLERBOST', 'BO0101A6', null, '.'],
      ['0680', 'SMÅHUS', 'BO0101A5', null, ''],
      ['0680', 'SMÅHUS', 'BO0101A6', 1.5, undefined],
    ]);
    expect(parsePxResponse(fixtureJson('pxweb-json-documented-shape.json'))).toEqual(ds);
  });
});
