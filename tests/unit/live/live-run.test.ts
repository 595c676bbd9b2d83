import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildManifest, CommutingFile, ObservationFile } from '../../../data/contract';
import { liveCommutingFile } from '../../../scripts/ingest/live/live-commuting-file';
import { runIngest } from '../../../scripts/ingest/run-ingest';
import { offlineKpiMapper } from '../../../scripts/ingest/live/offline-kpi-mapper';
import { runLive, type LiveResult, type LiveRunOptions } from '../../../scripts/ingest/live/run-live';
import { SCB_FLOW_SOURCE, SCB_SOURCES } from '../../../scripts/ingest/live/sources';
import { RAW_DIR } from '../../support/paths';
import { startFakeApi, type FakeApi } from './fake-api-server';
import { fakeScbTables } from './fake-scb-tables';
import { recordedText } from './api-samples';
import { fakeClock, removeTempDirs, tempDir } from './fakes';
import { koladaDdf, longKey, norrbottenTotalFlows, snapshotLongValues } from './snapshot-values';

const values = snapshotLongValues();
let api: FakeApi;
let cacheDir: string;
let live: LiveResult;

function options(overrides: Partial<LiveRunOptions> = {}): LiveRunOptions {
  return {
    fetch: (url, init) => fetch(url, init),
    clock: fakeClock(),
    cacheDir,
    offline: false,
    kpiListFile: path.join(RAW_DIR, 'kolada', 'selected-kpis.csv'),
    mapKpi: offlineKpiMapper(),
    koladaYears: [2020, 2021, 2022],
    scbV2Base: `${api.baseUrl}/scb/v2`,
    scbV1Base: `${api.baseUrl}/scb/v1`,
    koladaBase: `${api.baseUrl}/kolada/v3`,
    backoffMs: 1,
    ...overrides,
  };
}

const find = (indicator: string, area: string, year: number, source?: string) =>
  live.observations.filter(
    (o) =>
      o.indicator === indicator && o.area === area && o.year === year && (!source || o.source === source),
  );

beforeAll(async () => {
  api = await startFakeApi(fakeScbTables(values));
  cacheDir = tempDir('live-run-');
  live = await runLive(options());
});
afterAll(async () => {
  await api.close();
  removeTempDirs();
});

describe('a live run against a local fake SCB and Kolada (no network)', () => {
  it('fetches every declared source without failures, reading v2 /config before the first v2 call', () => {
    expect(live.failures).toEqual([]);
    const firstV2 = api.requests.findIndex((r) => r.includes('/scb/v2/'));
    expect(api.requests[firstV2]).toBe('GET /scb/v2/config');
    expect(api.requests).toContain('POST /scb/v1/BE/BE0101/BE0101A/BefolkningNy');
    expect(api.requests).toContain('GET /scb/v2/tables/TAB1828/metadata');
    expect(api.requests).toContain('POST /scb/v2/tables/TAB1830/data');
  });

  it('population (BE0101N1) gives the same figure as the snapshot: Gnosjö 2024 = 9131', () => {
    expect(find('population_total', '0617', 2024, 'scb-population')).toEqual([
      { indicator: 'population_total', area: '0617', year: 2024, value: 9131, source: 'scb-population' },
    ]);
    // '00' and the counties have no figure in the fake ("..") and stay absent rather than becoming 0.
    expect(find('population_total', 'SE', 2024, 'scb-population')).toEqual([]);
  });

  it('income and house prices come in tkr and are stored in SEK (x1000), K/T as published', () => {
    for (const [indicator, snapshotId, code, year] of [
      ['median_household_disposable_income', 'median_disposable_income_household', '0680', 2023],
      ['smahus_mean_price', 'smahus_mean_purchase_price', '0617', 2024],
      ['smahus_kt_ratio', 'smahus_kt_ratio', '2580', 2024],
    ] as const) {
      const expected = values.get(longKey(snapshotId, code, year));
      expect(expected).toBeDefined();
      expect(find(indicator, code, year).map((o) => o.value)).toEqual([expected]);
    }
  });

  it('dwellings completed are summed over house types, a "-" part adding nothing', () => {
    const expected = values.get(longKey('dwellings_completed_new_construction', '0680', 2024));
    expect(find('dwellings_completed', '0680', 2024).map((o) => o.value)).toEqual([expected]);
  });

  it('education shares are percent of the population 16-74 with known education (UF0506)', () => {
    const expected = values.get(longKey('share_16_74_post_secondary_education', '0617', 2021))!;
    const [found] = find('share_16_74_post_secondary_education', '0617', 2021);
    expect(found?.value).toBeCloseTo(expected * 100, 3);
  });

  it('in/out commuting from TAB1828 (documented shape, no recording): contents found by label', () => {
    const at = (kpi: string) => koladaDdf(kpi).find((p) => p.geo === '0617' && p.year === 2022)!.value;
    const liveAndWork = Math.round((at('N02274') * at('N02202')) / 100);
    expect(find('commuters_in', '0617', 2022, 'scb-commuting').map((o) => o.value)).toEqual([
      at('N02201') - liveAndWork,
    ]);
    expect(find('commuters_out', '0617', 2022, 'scb-commuting').map((o) => o.value)).toEqual([
      at('N02202') - liveAndWork,
    ]);
    expect(find('live_and_work', '0617', 2022, 'scb-commuting').map((o) => o.value)).toEqual([liveAndWork]);
  });

  it('the commuting matrix from TAB1830 (documented shape, no recording) becomes flows', () => {
    const expected = norrbottenTotalFlows();
    expect(live.flows).toHaveLength(expected.length);
    const lulea = expected.find((f) => f.origin === '2582' && f.destination === '2580' && f.year === 2024)!;
    expect(live.flows).toContainEqual({ ...lulea, sex: 'total' });
  });

  it('Kolada (documented shape, no recording): 72 KPIs, paged, mapped to the offline ids', () => {
    const gnosjo = koladaDdf('N01951').find((p) => p.geo === '0617' && p.year === 2022)!.value;
    expect(find('population_total', '0617', 2022, 'kolada').map((o) => o.value)).toEqual([gnosjo]);
    const nation = koladaDdf('N01951').find((p) => p.geo === '0' && p.year === 2022)!.value;
    expect(find('population_total', 'SE', 2022, 'kolada').map((o) => o.value)).toEqual([nation]);
    // U30446 is recoded 0/1/2 -> -1/0/1 exactly as the offline loader does.
    const balance = koladaDdf('U30446').find((p) => p.year === 2022)!;
    expect(find('housing_market_balance', balance.geo, 2022, 'kolada').map((o) => o.value)).toEqual([
      balance.value - 1,
    ]);
    expect(live.warnings).toEqual([]);
    expect(api.requests.filter((r) => r.startsWith('GET /kolada/')).length).toBeGreaterThan(3);
  });

  it('every input is recorded with origin "live" and its fetch time', () => {
    expect(live.inputs.length).toBeGreaterThan(10);
    // The fake clock starts at 01:00 and moves only while the rate limiters wait.
    const start = Date.parse('2026-11-27T01:00:00.000Z');
    expect(live.inputs.every((i) => i.origin === 'live' && Date.parse(i.fetchedAt ?? '') >= start)).toBe(
      true,
    );
    expect(
      live.inputs.some((i) =>
        i.path.startsWith(`live:POST ${api.baseUrl}/scb/v1/BE/BE0101/BE0101A/BefolkningNy#query-`),
      ),
    ).toBe(true);
  });

  it('--offline-cache rebuilds the same result from the cache without a single request', async () => {
    const before = api.requests.length;
    const again = await runLive(
      options({ offline: true, fetch: () => Promise.reject(new Error('network used')) }),
    );
    expect(api.requests.length).toBe(before);
    expect(again.failures).toEqual([]);
    expect(again.observations).toEqual(live.observations);
    expect(again.flows).toEqual(live.flows);
  });

  it('--offline-cache with an empty cache fails per source, naming the URL', async () => {
    const empty = await runLive(options({ offline: true, cacheDir: tempDir('empty-cache-') }));
    expect(empty.observations).toEqual([]);
    expect(empty.failures[0]).toBe(
      `live source BE0101 BefolkningNy failed: --offline-cache: no cached response for ${api.baseUrl}/scb/v1/BE/BE0101/BE0101A/BefolkningNy; run with --live first`,
    );
    expect(empty.failures).toHaveLength(SCB_SOURCES.length + 2);
  });

  it('a table that is not there fails with the URL and the 404 page title; the others still arrive', async () => {
    const missing = {
      ...SCB_SOURCES[0]!,
      table: { v1: 'BE/BE0101/BE0101A/Finnsinte' },
      name: 'missing table',
    };
    const result = await runLive(
      options({
        scbSources: [missing, SCB_SOURCES[1]!],
        flowSource: null,
        cacheDir: tempDir('missing-table-'),
      }),
    );
    expect(result.failures).toEqual([
      `live source missing table failed: ${api.baseUrl}/scb/v1/BE/BE0101/BE0101A/Finnsinte answered 404: 404 - File or directory not found.`,
    ]);
    expect(result.observations.some((o) => o.indicator === 'median_household_disposable_income')).toBe(true);
    expect(SCB_FLOW_SOURCE.table).toEqual({ v2: 'TAB1830' });
  });

  it('a table cut into pieces counts only when every piece arrived (the third piece fails here)', async () => {
    let posts = 0;
    const result = await runLive(
      options({
        cacheDir: tempDir('pieces-'),
        scbSources: [],
        // A smaller cell limit in /config makes the 14 x 14 x 5 Norrbotten matrix go out in 7 pieces.
        fetch: async (url, init) => {
          if (url.endsWith('/scb/v2/config')) {
            const config = {
              ...(JSON.parse(recordedText('scb-v2_config.json')) as object),
              maxDataCells: 140,
            };
            return new Response(JSON.stringify(config), { status: 200 });
          }
          if (init?.method === 'POST' && ++posts >= 3)
            return new Response('{"title":"boom"}', { status: 500 });
          return fetch(url, init);
        },
      }),
    );
    expect(posts).toBeGreaterThan(3);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(/AM0210 ArRegPend2 \(TAB1830\) failed: .*answered 500: boom/);
    expect(result.flows).toEqual([]);
  });

  it('runIngest takes the live result as an extra source: same ids, live values win (SCB commuting counts over the derivation), flows replace the snapshot', async () => {
    const outDir = path.join(tempDir('live-build-'), 'build');
    const codes = [...new Set(live.flows.flatMap((f) => [f.origin, f.destination]))];
    const allCodes = readFileSync(path.join(RAW_DIR, 'reference', 'municipalities.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0] ?? '')
      .filter((code) => /^\d{4}$/.test(code));
    expect(codes.every((c) => allCodes.includes(c))).toBe(true);
    const commuting = liveCommutingFile(live.flows, allCodes, 'AM0210 ArRegPend2 (TAB1830)');
    await runIngest({
      rawDir: RAW_DIR,
      outDir,
      quiet: true,
      extraSources: [{ name: 'live (fake SCB, Kolada)', ...live, commuting }],
    });
    const read = (file: string) => JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as unknown;
    const series = ObservationFile.parse(read('observations.json'));
    const population2024 = series.find((s) => s.indicator === 'population_total' && s.year === 2024)!;
    expect(population2024.source).toBe('scb-population');
    expect(population2024.municipalities['0617']).toBe(9131);
    const price = series.find((s) => s.indicator === 'smahus_mean_price' && s.year === 2024)!;
    expect(price.source).toBe('scb-house-prices');
    expect(price.municipalities['0617']).toBe(find('smahus_mean_price', '0617', 2024)[0]?.value);
    const inCommuters = series.find((s) => s.indicator === 'commuters_in' && s.year === 2022)!;
    expect(inCommuters.source).toBe('scb-commuting');
    expect(inCommuters.municipalities['0617']).toBe(
      find('commuters_in', '0617', 2022, 'scb-commuting')[0]?.value,
    );
    const net = series.find((s) => s.indicator === 'net_commuting' && s.year === 2022)!;
    expect(net.source).toBe('scb-commuting');
    expect(net.municipalities['0617']).toBe(
      inCommuters.municipalities['0617']! -
        series.find((s) => s.indicator === 'commuters_out' && s.year === 2022)!.municipalities['0617']!,
    );
    const flows = CommutingFile.parse(read('commuting-flows.json'));
    expect(flows.note).toMatch(/fetched live from SCB/);
    expect(flows.coverage.find((c) => c.municipality === '2580')?.years).toEqual([
      2020, 2021, 2022, 2023, 2024,
    ]);
    const manifest = BuildManifest.parse(read('manifest.json'));
    expect(manifest.inputs.filter((i) => i.origin === 'live').length).toBe(live.inputs.length);
    expect(manifest.inputs.some((i) => i.origin === 'snapshot')).toBe(true);
  });
});
