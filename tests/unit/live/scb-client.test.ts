import { afterAll, describe, expect, it } from 'vitest';
import {
  HttpStatusError,
  LiveHttp,
  NotCachedError,
  TooManyCellsError,
} from '../../../scripts/ingest/live/live-http';
import { NonJsonResponseError } from '../../../scripts/ingest/live/parse-px-response';
import { RateLimiter } from '../../../scripts/ingest/live/rate-limiter';
import { ResponseCache } from '../../../scripts/ingest/live/response-cache';
import { ScbClient } from '../../../scripts/ingest/live/scb-client';
import { countCells, type ScbQuery } from '../../../scripts/ingest/live/scb-query';
import { recordedJson, recordedText } from './api-samples';
import { fakeClock, fakeFetch, removeTempDirs, tempDir, type RecordedCall } from './fakes';

afterAll(removeTempDirs);

const BASE = 'http://scb.test/api/v2';

/** A json-stat2 answer for exactly the regions a v2 POST asked for (one value each). */
function answerRegions(call: RecordedCall): object {
  const body = JSON.parse(call.body ?? '{}') as {
    selection: { variableCode: string; valueCodes: string[] }[];
  };
  const regions = body.selection.find((s) => s.variableCode === 'Region')!.valueCodes;
  return {
    class: 'dataset',
    id: ['Region', 'Tid'],
    size: [regions.length, 1],
    dimension: {
      Region: { label: 'region', category: { index: Object.fromEntries(regions.map((r, i) => [r, i])) } },
      Tid: { label: 'år', category: { index: { '2024': 0 } } },
    },
    value: regions.map(() => 1),
  };
}

function setup(
  handler: (call: RecordedCall) => {
    status?: number;
    body: string | object;
    headers?: Record<string, string>;
  },
) {
  const clock = fakeClock();
  const fetch = fakeFetch((call) =>
    call.url.endsWith('/config') ? { body: recordedJson('scb-v2_config.json') as object } : handler(call),
  );
  const http = new LiveHttp({
    fetch,
    clock,
    cache: new ResponseCache(tempDir('scb-cache-')),
    offline: false,
    backoffMs: 500,
  });
  return { clock, fetch, http, scb: new ScbClient({ http, clock, v2Base: BASE }) };
}

const regions = (n: number) => Array.from({ length: n }, (_, i) => String(1000 + i));

describe('SCB client', () => {
  it('reads maxDataCells from v2 /config and splits by Region before sending (no request over the limit)', async () => {
    const { fetch, scb } = setup((call) => ({ body: answerRegions(call) }));
    const query: ScbQuery = {
      selections: [
        { variable: 'Region', values: regions(290) },
        { variable: 'Tid', values: ['2024'] },
      ],
    };
    const big: ScbQuery = { selections: [...query.selections, { variable: 'Alder', values: regions(600) }] };
    expect(countCells(big)).toBe(174_000);
    // The fake answers one value per region whatever else was asked; what matters here is how the query was cut.
    const datasets = await scb.data({ v2: 'TAB1' }, big, ['Region', 'Tid']);
    const posts = fetch.calls.filter((c) => c.method === 'POST');
    expect(fetch.calls[0]!.url).toBe(`${BASE}/config`);
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      const body = JSON.parse(post.body!) as { selection: { valueCodes: string[] }[] };
      expect(body.selection.reduce((n, s) => n * s.valueCodes.length, 1)).toBeLessThanOrEqual(150_000);
    }
    expect(datasets.flatMap((d) => d.cells)).toHaveLength(290);
    expect(posts[0]!.url).toBe(`${BASE}/tables/TAB1/data?lang=sv&outputFormat=json-stat2`);
  });

  it('a 403 (too many cells) halves the piece and sends the halves; the same query is never retried', async () => {
    const { fetch, scb } = setup((call) => {
      const body = JSON.parse(call.body!) as { selection: { valueCodes: string[] }[] };
      return body.selection[0]!.valueCodes.length > 100
        ? { status: 403, body: { title: 'Forbidden', status: 403, detail: 'Too many cells' } }
        : { body: answerRegions(call) };
    });
    const query: ScbQuery = {
      selections: [
        { variable: 'Region', values: regions(290) },
        { variable: 'Tid', values: ['2024'] },
      ],
    };
    const datasets = await scb.data({ v2: 'TAB1' }, query, ['Region', 'Tid']);
    const sizes = fetch.calls
      .filter((c) => c.method === 'POST')
      .map(
        (c) =>
          (JSON.parse(c.body!) as { selection: { valueCodes: string[] }[] }).selection[0]!.valueCodes.length,
      );
    expect(sizes).toEqual([290, 145, 73, 72, 145, 73, 72]);
    expect(new Set(fetch.calls.map((c) => c.body)).size).toBe(fetch.calls.length);
    expect(datasets.flatMap((d) => d.cells.map((c) => c.codes.Region))).toEqual(regions(290));
  });

  it('a 403 on a single-region, single-year query is an error, not a loop', async () => {
    const { scb } = setup(() => ({ status: 403, body: { title: 'Forbidden' } }));
    const query: ScbQuery = {
      selections: [
        { variable: 'Region', values: ['0617'] },
        { variable: 'Tid', values: ['2024'] },
      ],
    };
    await expect(scb.data({ v2: 'TAB1' }, query, ['Region', 'Tid'])).rejects.toThrow(TooManyCellsError);
  });

  it('backs off on 429 for as long as Retry-After says, then succeeds', async () => {
    let calls = 0;
    const { clock, scb } = setup((call) =>
      ++calls === 1
        ? { status: 429, body: { title: 'Too Many Requests' }, headers: { 'Retry-After': '7' } }
        : { body: answerRegions(call) },
    );
    await scb.data({ v2: 'TAB1' }, { selections: [{ variable: 'Region', values: ['0617'] }] }, ['Region']);
    expect(clock.sleeps).toContain(7000);
  });

  it('a dropped connection is retried with back-off, and after the last retry the error names the URL', async () => {
    const clock = fakeClock();
    let calls = 0;
    const flaky = async () => {
      if (++calls <= 2) throw new Error('socket hang up');
      return { status: 200, headers: { get: () => null }, text: async () => '{"ok":true}' };
    };
    const http = new LiveHttp({
      fetch: flaky,
      clock,
      cache: new ResponseCache(tempDir('flaky-')),
      offline: false,
      backoffMs: 100,
    });
    expect((await http.json({ method: 'GET', url: `${BASE}/x` })).body).toEqual({ ok: true });
    expect(clock.sleeps).toEqual([100, 200]);
    const down = new LiveHttp({
      fetch: () => Promise.reject(new Error('getaddrinfo ENOTFOUND')),
      clock,
      cache: new ResponseCache(tempDir('down-')),
      offline: false,
      maxRetries: 1,
      backoffMs: 1,
    });
    await expect(down.json({ method: 'GET', url: `${BASE}/y` })).rejects.toThrow(
      `${BASE}/y: getaddrinfo ENOTFOUND`,
    );
  });

  it('the v1 HTML error page is an error naming the URL', async () => {
    const { scb } = setup(() => ({ status: 404, body: recordedText('scb-v1_error404_response.html') }));
    const failing = scb.metadata({ v1: 'BE/BE0101/BE0101A/BefolkningNy' });
    await expect(failing).rejects.toThrow(HttpStatusError);
    await expect(scb.metadata({ v1: 'BE/BE0101/BE0101A/BefolkningNy' })).rejects.toThrow(
      'https://api.scb.se/OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101A/BefolkningNy answered 404: 404 - File or directory not found.',
    );
  });

  it('an HTML body with status 200 is a NonJsonResponseError naming the URL', async () => {
    const { scb } = setup(() => ({ status: 200, body: recordedText('scb-v1_error404_response.html') }));
    await expect(scb.metadata({ v1: 'X/Y' })).rejects.toThrow(NonJsonResponseError);
    await expect(scb.metadata({ v1: 'X/Y' })).rejects.toThrow(/ssd\/X\/Y answered 200 with a non-JSON body/);
  });
});

describe('rate limiting and the raw-response cache', () => {
  it('at most 3 calls per second (v2 /config): the fourth call waits for the window', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(3, 1000, clock);
    for (let i = 0; i < 4; i++) await limiter.acquire();
    expect(clock.sleeps).toEqual([1000]);
  });

  it('a rerun is served from the cache, and offline mode refuses what was never fetched', async () => {
    const dir = tempDir('cache-');
    const clock = fakeClock();
    const fetch = fakeFetch(() => ({ body: recordedJson('scb-v2_config.json') as object }));
    const online = new LiveHttp({ fetch, clock, cache: new ResponseCache(dir), offline: false });
    const first = await online.json({ method: 'GET', url: `${BASE}/config` });
    const offline = new LiveHttp({ fetch, clock, cache: new ResponseCache(dir), offline: true });
    const again = await offline.json({ method: 'GET', url: `${BASE}/config` });
    expect(fetch.calls).toHaveLength(1);
    expect(again.fromCache).toBe(true);
    expect(again.body).toEqual(first.body);
    expect(again.input).toEqual({ ...first.input });
    expect(first.input).toMatchObject({
      origin: 'live',
      fetchedAt: '2026-11-27T01:00:00.000Z',
      path: `live:GET ${BASE}/config`,
    });
    await expect(offline.json({ method: 'GET', url: `${BASE}/other` })).rejects.toThrow(NotCachedError);
  });
});
