import { describe, expect, it } from 'vitest';
import type { Indicator, ObservationFile } from '../../../data/contract';
import type { ValuesResponse } from '../../../data/contract/api';
import { median } from '../../../api/services/statistics';
import { buildFile, getJson, type ErrorBody, app } from './app-fixture';

const observations = buildFile<ObservationFile>('observations.json');
const catalogue = buildFile<Indicator[]>('indicators.json');
const series = (indicator: string, year: number) =>
  observations.find((s) => s.indicator === indicator && s.year === year)!;

describe('GET /api/indicators', () => {
  it('returns the whole catalogue of the build', async () => {
    const { status, body } = await getJson<{ indicators: { id: string }[] }>('/api/indicators');
    expect(status).toBe(200);
    expect(body.indicators.map((i) => i.id)).toEqual(
      buildFile<{ id: string }[]>('indicators.json').map((i) => i.id),
    );
    expect(body.indicators.map((i) => i.id)).toContain('population_total');
  });
});

describe('GET /api/indicators/:id/values', () => {
  it('ranks population 2024 (neutral: highest first) out of 290 with the national figure and median', async () => {
    const { status, body } = await getJson<ValuesResponse>(
      '/api/indicators/population_total/values?year=2024',
    );
    expect(status).toBe(200);
    expect(body.n).toBe(290);
    expect(body.values[0]).toMatchObject({ code: '0180', name: 'Stockholm', rank: 1, percentile: 100 });
    const gnosjo = body.values.find((v) => v.code === '0617')!;
    expect(gnosjo.value).toBe(9131);
    expect(gnosjo.rank).toBe(1 + body.values.filter((v) => v.value > 9131).length);
    expect(body.national).toMatchObject({ year: 2024, value: 10587710 });
    expect(body.national.methodNote.length).toBeGreaterThan(0);
    expect(body.nationalMedian).toBe(median(Object.values(series('population_total', 2024).municipalities)));
    expect(body.source.citation).toBe('Källa: SCB');
    expect(body.missing).toEqual([]);
  });

  it('ranks the lowest unemployment first (higher is worse) and ties share a rank', async () => {
    const { body } = await getJson<ValuesResponse>('/api/indicators/unemployment_18_65/values');
    expect(body.indicator.direction).toBe('higher_is_worse');
    const lowest = Math.min(...body.values.map((v) => v.value));
    expect(body.values[0]!.value).toBe(lowest);
    for (const row of body.values) {
      expect(row.rank).toBe(1 + body.values.filter((other) => other.value < row.value).length);
    }
  });

  it('defaults to the latest year with data and lists municipalities without a value as missing', async () => {
    const { body } = await getJson<ValuesResponse>('/api/indicators/survey_good_place_to_live/values');
    const years = observations.filter((s) => s.indicator === 'survey_good_place_to_live').map((s) => s.year);
    expect(body.year).toBe(Math.max(...years));
    expect(body.n).toBe(Object.keys(series('survey_good_place_to_live', body.year).municipalities).length);
    expect(body.n).toBeLessThan(290);
    expect(body.missing.length + body.n).toBe(290);
  });

  it('answers an unknown indicator with 404 naming it, and a year without data with 404 naming year', async () => {
    const unknown = await getJson<ErrorBody>('/api/indicators/no_such_thing/values');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not_found', field: 'id' });
    expect(unknown.body.error.message).toContain('no_such_thing');
    const noYear = await getJson<ErrorBody>('/api/indicators/population_total/values?year=1991');
    expect(noYear.status).toBe(404);
    expect(noYear.body.error.field).toBe('year');
  });

  it.each([
    ['year=abc', 'year'],
    ['year=2020.5', 'year'],
    ['format=xls', 'format'],
  ])('rejects %s with 400 naming %s', async (query, field) => {
    const { status, body } = await getJson<ErrorBody>(`/api/indicators/population_total/values?${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid_parameter', field });
  });

  it('rejects a malformed indicator id with 400 naming id', async () => {
    const { status, body } = await getJson<ErrorBody>('/api/indicators/Not-An-Id/values');
    expect(status).toBe(400);
    expect(body.error.field).toBe('id');
  });
});

describe('CSV exports', () => {
  it('format=csv is RFC 4180 with a BOM, comma separators and decimal points', async () => {
    const res = await app.request('/api/indicators/unemployment_18_65/values?year=2022&format=csv');
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('unemployment_18_65-2022.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'municipality_code,municipality_name,indicator,year,value,unit,rank,n,percentile,source,table,caveat_sv,caveat_en',
    );
    // The caveat of total unemployment (about twice the open rate) travels with every row, in both languages.
    const caveat = catalogue.find((indicator) => indicator.id === 'unemployment_18_65')!.caveat!;
    const quoted = (text: string) => (text.includes(',') ? `"${text}"` : text);
    expect(caveat.en).toContain(',');
    for (const line of lines.slice(1))
      expect(line.endsWith(`,${quoted(caveat.sv)},${quoted(caveat.en)}`)).toBe(true);
    expect(lines).toHaveLength(1 + Object.keys(series('unemployment_18_65', 2022).municipalities).length);
    const gnosjo = lines.find((line) => line.startsWith('0617,'))!.split(',');
    expect(Number(gnosjo[4])).toBe(series('unemployment_18_65', 2022).municipalities['0617']);
  });

  it('format=csv-sv uses semicolons and decimal commas for Swedish Excel', async () => {
    const res = await app.request('/api/indicators/unemployment_18_65/values?year=2022&format=csv-sv');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]!.split(';')).toHaveLength(13);
    const gnosjo = lines.find((line) => line.startsWith('0617;'))!.split(';');
    const expected = series('unemployment_18_65', 2022).municipalities['0617']!;
    expect(gnosjo[4]).toBe(String(expected).replace('.', ','));
    expect(lines.some((line) => /;\d+,\d+;/.test(line))).toBe(true);
  });
});
