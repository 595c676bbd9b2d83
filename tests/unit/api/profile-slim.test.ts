import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator, ObservationFile } from '../../../data/contract';
import type { ProfileResponse, ProfileSeriesResponse } from '../../../data/contract/api';
import { figuresToCsv } from '../../../web/locality/export/figure-rows';
import { profileToFigureRows } from '../../../web/locality/export/profile-figures';
import { FIXTURES_DIR } from '../../support/paths';
import { app, buildFile, getJoinedProfile, getJson, type ErrorBody } from './app-fixture';

const catalogue = buildFile<Indicator[]>('indicators.json');
const observations = buildFile<ObservationFile>('observations.json');
const answer = await getJson<ProfileResponse>('/api/municipalities/0617');
const profile = answer.body;

describe("the default profile carries this municipality's figures only (issue 11 §9, issue 17)", () => {
  it('names each indicator by id: no titles, caveats or series, which the catalogue and /series carry', () => {
    expect(profile.indicators).toHaveLength(catalogue.length);
    for (const entry of profile.indicators) {
      expect(Object.keys(entry.indicator)).toEqual(['id']);
      expect(Object.keys(entry).sort()).toEqual(['county', 'indicator', 'latest', 'national']);
    }
    expect(profile.definitions).toEqual([]);
    const raw = JSON.stringify(profile.indicators);
    for (const key of ['"title"', '"caveats"', '"series"', '"points"', '"countySeries"'])
      expect(raw, key).not.toContain(key);
  });

  it('stays within its byte budget: about 8 KB brotli, where a bare server meets the 25 ms p99', async () => {
    // 183,533 B raw and 19,337 B br before (105 KB raw now); a bare server replaying 8 KB br had a 12 ms p99.
    const bytes = async (encoding: string) => {
      const res = await app.request('/api/municipalities/0617', { headers: { 'Accept-Encoding': encoding } });
      expect(res.headers.get('Content-Encoding') ?? 'identity').toBe(encoding);
      return (await res.arrayBuffer()).byteLength;
    };
    expect(await bytes('identity')).toBeLessThan(120_000);
    expect(await bytes('br')).toBeLessThan(8_192);
  });

  it('keeps every figure with its source, table/KPI id and year', () => {
    for (const { latest } of profile.indicators) {
      if (latest === null) continue;
      expect(latest.source.table.length * latest.source.publisher.length).toBeGreaterThan(0);
      expect(latest.year).toBeGreaterThan(1990);
    }
  });
});

describe("the locality downloads equal today's (before the profile was slimmed), on Gnosjö's real figures", () => {
  it.each(['sv', 'en'] as const)('CSV in %s, every row and column', async (lang) => {
    const joined = await getJoinedProfile('/api/municipalities/0617');
    const rows = profileToFigureRows(joined, new Map(catalogue.map((item) => [item.id, item])), lang);
    // Written from the answer of main 7f0de01 by the same export code (tests/fixtures/locality-downloads).
    const before = readFileSync(
      path.join(FIXTURES_DIR, 'locality-downloads', `profile-0617-figures-${lang}.csv`),
      'utf8',
    );
    expect(figuresToCsv(rows).split('\r\n')).toEqual(before.split('\r\n'));
  });
});

describe('GET /api/municipalities/:code/series (the sparklines, after the first screen)', async () => {
  const { status, body } = await getJson<ProfileSeriesResponse>('/api/municipalities/0617/series');

  it("gives every atlas indicator's municipal series as the build holds it, each year with its source", () => {
    expect(status).toBe(200);
    expect(body.municipality).toEqual({ code: '0617', name: 'Gnosjö' });
    expect(body.buildId).toBe(profile.buildId);
    expect(body.series.map((entry) => entry.indicator)).toEqual(catalogue.map((indicator) => indicator.id));
    for (const { indicator, points } of body.series) {
      const expected = observations
        .filter((s) => s.indicator === indicator && s.municipalities['0617'] !== undefined)
        .sort((a, b) => a.year - b.year)
        .map((s) => ({ year: s.year, value: s.municipalities['0617'], source: s.source }));
      expect(points, indicator).toEqual(expected);
    }
    const population = body.series.find((entry) => entry.indicator === 'population_total')!.points;
    expect(population.at(-1)).toEqual({ year: 2024, value: 9131, source: 'scb-population' });
  });

  it.each([
    ['/api/municipalities/9999/series', 404],
    ['/api/municipalities/61/series', 400],
  ])('%s -> %i naming code', async (url, expectedStatus) => {
    const { status: got, body: error } = await getJson<ErrorBody>(url);
    expect(got).toBe(expectedStatus);
    expect(error.error.field).toBe('code');
  });
});

describe('a profile outside the atlas set describes its own indicators', () => {
  it('?group=Vuxenutbildning: a definition for each Kolada KPI, none for the atlas set', async () => {
    const { body } = await getJson<ProfileResponse>('/api/municipalities/0617?group=Vuxenutbildning');
    const atlas = new Set(catalogue.map((indicator) => indicator.id));
    const described = body.definitions.map((definition) => definition.id).sort();
    const outside = body.indicators.map((entry) => entry.indicator.id).filter((id) => !atlas.has(id));
    expect(outside.length).toBeGreaterThan(5);
    expect(described).toEqual([...outside].sort());
    const komvux = body.definitions.find((definition) => definition.id === 'kolada_n18905')!;
    expect(komvux.title.sv.length).toBeGreaterThan(5);
    expect(komvux.unit).toBeDefined();
  });
});
