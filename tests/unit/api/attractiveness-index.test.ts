import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { IndexFrameworkResponse, IndexInputs, IndexResponse } from '../../../data/contract';
import { app, build, getJson, type ErrorBody } from './app-fixture';

const GNOSJO = '0617';

describe('GET /api/index/framework', () => {
  it('gives the default framework with a direction and reason per indicator, and four starting perspectives', async () => {
    const { status, body } = await getJson('/api/index/framework');
    expect(status).toBe(200);
    const parsed = IndexFrameworkResponse.parse(body);
    expect(parsed.framework.pillars.map((p) => p.id)).toEqual([
      'work',
      'skills',
      'housing',
      'reach',
      'services',
      'outlook',
    ]);
    for (const indicator of parsed.framework.pillars.flatMap((p) => p.indicators)) {
      expect(build.indicatorById.has(indicator.id), indicator.id).toBe(true);
      expect(indicator.reason.sv.length).toBeGreaterThan(10);
    }
    expect(parsed.perspectives.map((p) => p.id)).toEqual(['firm', 'municipality', 'region', 'school']);
    expect(parsed.perspectives[0]!.note.en).toMatch(/starting point/);
    for (const window of parsed.windows) expect(window.coverage, window.id).toBeGreaterThanOrEqual(250);
  });

  it('everyday services are Kolada N07530, N07531 and N11800, read from the Parquet build, titled in both languages', async () => {
    const { body } = await getJson('/api/index/framework');
    const parsed = IndexFrameworkResponse.parse(body);
    const services = parsed.framework.pillars.find((p) => p.id === 'services')!;
    expect(services.indicators.map((i) => i.id)).toEqual(['kolada_n07530', 'kolada_n07531', 'kolada_n11800']);
    for (const indicator of services.indicators) {
      expect(indicator.title?.en, indicator.id).not.toBe(indicator.title?.sv);
      const window = parsed.windows.find((w) => w.id === indicator.id)!;
      expect([window.referenceYear, window.coverage], indicator.id).toEqual([2022, 290]);
    }
    const inputs = await getJson('/api/index/inputs?indicators=kolada_n07531');
    expect(inputs.status).toBe(200);
    const window = IndexInputs.parse(inputs.body).indicators[0]!;
    expect(window.sources.map((s) => s.table)).toEqual(['N07531']);
    expect(Object.keys(window.values)).toHaveLength(290);
  });
});

describe('GET /api/index', () => {
  it('returns scores, pillars, contributions, ranks and seeded rank intervals', async () => {
    const { status, body } = await getJson('/api/index?draws=200&seed=3');
    expect(status).toBe(200);
    const answer = IndexResponse.parse(body);
    const gnosjo = answer.result.rows.find((r) => r.code === GNOSJO)!;
    expect(gnosjo.rank).toBeGreaterThan(0);
    expect(Object.keys(gnosjo.pillars)).toHaveLength(6);
    const interval = answer.robustness!.intervals[GNOSJO]!;
    expect(interval.p5).toBeLessThanOrEqual(interval.p95);
    expect(answer.robustness!.draws).toBe(200);
  });

  it('weights move ranks: all weight on housing gives Gnosjö its housing-pillar rank', async () => {
    const { body } = await getJson<IndexResponse>(
      '/api/index?draws=0&weights=work:0,skills:0,housing:1,reach:0,services:0,outlook:0',
    );
    const rows = body.result.rows;
    const gnosjo = rows.find((r) => r.code === GNOSJO)!;
    expect(gnosjo.index).toBeCloseTo(gnosjo.pillars.housing!, 9);
    const better = rows.filter((r) => (r.pillars.housing ?? -1) > gnosjo.pillars.housing!).length;
    expect(gnosjo.rank).toBe(better + 1);
  });

  it('an added indicator with its direction takes part, and a flipped direction is reported', async () => {
    const { status, body } = await getJson<IndexResponse>(
      '/api/index?draws=0&add=housing:owner_occupied_dwellings_per_1000:better&directions=smahus_price_per_m2:better',
    );
    expect(status).toBe(200);
    const added = body.result.indicators.find((i) => i.id === 'owner_occupied_dwellings_per_1000')!;
    expect(added.pillar).toBe('housing');
    expect(added.reason).toBeNull();
    const flipped = body.result.indicators.find((i) => i.id === 'smahus_price_per_m2')!;
    expect(flipped).toMatchObject({ direction: 'better', flipped: true });
  });

  it.each([
    ['weights=work:-1', 'weights'],
    ['weights=work:0,skills:0,housing:0,reach:0,services:0,outlook:0', 'weights'],
    ['weights=nonsense:1', 'weights'],
    ['add=housing:not_an_indicator:better', 'add'],
    ['add=housing:owner_occupied_dwellings_per_1000', 'add'],
    ['add=nowhere:owner_occupied_dwellings_per_1000:better', 'add'],
    ['directions=employment_rate_20_64:up', 'directions'],
    ['normalisation=log', 'normalisation'],
    ['year=2005', 'year'],
    ['framework=other', 'framework'],
    ['draws=-1', 'draws'],
  ])('%s is a 400 naming %s', async (query, field) => {
    const { status, body } = await getJson<ErrorBody>(
      `/api/index?draws=0&${query}`.replace('draws=0&draws', 'draws'),
    );
    expect(status).toBe(400);
    expect(body.error.field).toBe(field);
    expect(body.error.code).toBe('invalid_parameter');
  });

  it('format=csv: one row per municipality, the index, rank interval, every value with its year and source', async () => {
    const res = await app.request('/api/index?format=csv&draws=100');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const { data } = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    expect(data).toHaveLength(290);
    const gnosjo = data.find((r) => r.municipality_code === GNOSJO)!;
    expect(gnosjo.municipality_name).toBe('Gnosjö');
    expect(Number(gnosjo.rank)).toBeGreaterThan(0);
    expect(Number(gnosjo.rank_p5)).toBeLessThanOrEqual(Number(gnosjo.rank_p95));
    expect(gnosjo.employment_rate_20_64_year).toBe('2022');
    expect(gnosjo.employment_rate_20_64_source).toMatch(/Kolada/);
    expect(Number(gnosjo.employment_rate_20_64)).toBe(
      build.seriesByIndicator.get('employment_rate_20_64')!.get(2022)!.municipalities[GNOSJO],
    );
  });

  it('is in the OpenAPI document with its parameters', async () => {
    const { body } = await getJson<{ paths: Record<string, { get: { parameters: { name: string }[] } }> }>(
      '/api/openapi.json',
    );
    const names = body.paths['/index']!.get.parameters.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['weights', 'directions', 'add', 'year', 'seed', 'format']));
    expect(body.paths['/index/framework']).toBeDefined();
  });
});

describe('GET /api/index/inputs', () => {
  it("gives each municipality's latest value in the window with its year", async () => {
    const { status, body } = await getJson('/api/index/inputs?indicators=open_unemployment_18_65');
    expect(status).toBe(200);
    const inputs = IndexInputs.parse(body);
    expect(inputs.codes).toHaveLength(290);
    const window = inputs.indicators[0]!;
    expect([window.from, window.to]).toEqual([2022, 2024]);
    expect(window.values[GNOSJO]).toEqual([
      build.seriesByIndicator.get('open_unemployment_18_65')!.get(2024)!.municipalities[GNOSJO],
      2024,
    ]);
  });

  it('an unknown indicator is a 400 naming indicators', async () => {
    const { status, body } = await getJson<ErrorBody>('/api/index/inputs?indicators=nope_nope');
    expect(status).toBe(400);
    expect(body.error.field).toBe('indicators');
  });
});
