import { afterAll, describe, expect, it } from 'vitest';
import { chunkIds, fetchKoladaPages, koladaDataUrls } from '../../../scripts/ingest/live/kolada-client';
import { readSelectedKpis } from '../../../scripts/ingest/live/kolada-kpi-list';
import { koladaArea, normaliseKolada } from '../../../scripts/ingest/live/kolada-normalise';
import { koladaObservations } from '../../../scripts/ingest/live/kolada-observations';
import { LiveHttp } from '../../../scripts/ingest/live/live-http';
import { ResponseCache } from '../../../scripts/ingest/live/response-cache';
import { yearRange } from '../../../scripts/ingest/live/run-live';
import { RAW_DIR } from '../../support/paths';
import { fixtureJson } from './api-samples';
import { fakeClock, fakeFetch, removeTempDirs, tempDir, type FakeReply, type RecordedCall } from './fakes';
import path from 'node:path';

afterAll(removeTempDirs);

const BASE = 'http://kolada.test/v3';

function http(handler: (call: RecordedCall) => FakeReply) {
  const clock = fakeClock();
  const fetch = fakeFetch(handler);
  return {
    clock,
    fetch,
    http: new LiveHttp({
      fetch,
      clock,
      cache: new ResponseCache(tempDir('kolada-')),
      offline: false,
      backoffMs: 250,
    }),
  };
}

describe('Kolada v3 URLs', () => {
  it('the 72 selected KPIs over 2000-2026 make 3 x 2 queries, never more than 25 ids in a path segment', async () => {
    const kpis = await readSelectedKpis(path.join(RAW_DIR, 'kolada', 'selected-kpis.csv'));
    expect(kpis).toHaveLength(72);
    expect(kpis).toContain('N01951');
    const urls = koladaDataUrls({ kpis, years: yearRange(2000, 2026) }, BASE);
    expect(urls).toHaveLength(6);
    for (const url of urls) {
      const [, kpiPart, yearPart] = /\/data\/kpi\/([^/]+)\/year\/([^?]+)\?per_page=5000$/.exec(url)!;
      expect(kpiPart!.split(',').length).toBeLessThanOrEqual(25);
      expect(yearPart!.split(',').length).toBeLessThanOrEqual(25);
    }
    expect(urls[0]).toBe(
      `${BASE}/data/kpi/${kpis.slice(0, 25).join(',')}/year/${yearRange(2000, 2024).join(',')}?per_page=5000`,
    );
  });

  it('puts municipalities in their own chunked segment when asked', () => {
    const municipalities = Array.from({ length: 30 }, (_, i) => String(100 + i).padStart(4, '0'));
    const urls = koladaDataUrls({ kpis: ['N01951'], years: [2022], municipalities }, BASE);
    expect(urls).toEqual([
      `${BASE}/data/kpi/N01951/municipality/${municipalities.slice(0, 25).join(',')}/year/2022?per_page=5000`,
      `${BASE}/data/kpi/N01951/municipality/${municipalities.slice(25).join(',')}/year/2022?per_page=5000`,
    ]);
    expect(chunkIds([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});

describe('Kolada paging and normalisation (documented shape, no recording)', () => {
  it('follows next_url, then tolerates the v2 name next_page, and stops at an empty link', async () => {
    const { fetch, http: client } = http((call) => ({
      body: fixtureJson(
        call.url.includes('page=2') ? 'kolada/page-2-v2-names.json' : 'kolada/page-1.json',
      ) as object,
    }));
    const { data, inputs } = await fetchKoladaPages(
      client,
      `${BASE}/data/kpi/N01951/year/2022?per_page=5000`,
    );
    expect(fetch.calls.map((c) => c.url)).toEqual([
      `${BASE}/data/kpi/N01951/year/2022?per_page=5000`,
      `${BASE}/data/kpi/N01951/year/2022?per_page=5000&page=2`,
    ]);
    expect(data).toHaveLength(5);
    expect(inputs.map((i) => [i.origin, i.rows])).toEqual([
      ['live', 2],
      ['live', 3],
    ]);
  });

  it('drops deleted and empty values and groups, maps 0000 to SE and 00LL to the county', async () => {
    const { http: client } = http((call) => ({
      body: fixtureJson(
        call.url.includes('page=2') ? 'kolada/page-2-v2-names.json' : 'kolada/page-1.json',
      ) as object,
    }));
    const { data } = await fetchKoladaPages(client, `${BASE}/x`);
    const points = normaliseKolada(data);
    expect(points).toEqual([
      { kpi: 'N01951', area: '0617', year: 2022, gender: 'T', value: 9514 },
      { kpi: 'N01951', area: '0617', year: 2022, gender: 'K', value: 4600 },
      { kpi: 'N01951', area: '0617', year: 2022, gender: 'M', value: 4914 },
      { kpi: 'N01951', area: 'SE', year: 2022, gender: 'T', value: 10521556 },
    ]);
    expect([
      koladaArea('0000'),
      koladaArea('0006'),
      koladaArea('0025'),
      koladaArea('2580'),
      koladaArea('G33826'),
    ]).toEqual(['SE', '06', '25', '2580', null]);
    const mapped = koladaObservations(points, (kpi, value) =>
      kpi === 'N01951' ? { indicator: 'population_total', value } : null,
    );
    expect(mapped.observations).toEqual([
      { indicator: 'population_total', area: '0617', year: 2022, value: 9514, source: 'kolada' },
      { indicator: 'population_total', area: 'SE', year: 2022, value: 10521556, source: 'kolada' },
    ]);
  });

  it('retries a 429 with growing back-off when no Retry-After is given', async () => {
    let calls = 0;
    const { clock, http: client } = http(() =>
      ++calls <= 2
        ? { status: 429, body: 'Too Many Requests' }
        : { body: fixtureJson('kolada/page-2-v2-names.json') as object },
    );
    await fetchKoladaPages(client, `${BASE}/data/kpi/N01951/year/2022?per_page=5000`);
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it('refuses a paging loop', async () => {
    const { http: client } = http(() => ({ body: { values: [], next_url: `${BASE}/same` } }));
    await expect(fetchKoladaPages(client, `${BASE}/same`)).rejects.toThrow(/paging loops back/);
  });
});
