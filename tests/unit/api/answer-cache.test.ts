/**
 * The answer cache in front of Hono (api/http/answer-cache.ts) must be invisible: for every URL, the cached server
 * sends the same status, header list and bytes as Hono's own path over @hono/node-server, and a swapped build is
 * served at once.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasBuild } from '../../../api/build/atlas-build';
import { precompress } from '../../../api/build/precompress';
import { AnswerCache, createCachedServer } from '../../../api/http/answer-cache';
import { REVALIDATE, sendPrecompressed } from '../../../api/http/precompressed-response';
import { appOver, countedBuild } from './build-variants';

interface RawAnswer {
  status: number;
  /** Node's raw header list, names as sent, without Date (the clock's, not the app's). */
  headers: string[];
  body: Buffer;
}

function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const pairs: string[] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2)
            if (res.rawHeaders[i]!.toLowerCase() !== 'date')
              pairs.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
          resolve({ status: res.statusCode!, headers: pairs, body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
}

async function listen(server: http.Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One app behind two servers: Hono's path as before, and the cached one, with the requests that reach Hono counted. */
async function twoServers(
  app: { fetch: (request: Request, env: unknown) => Response | Promise<Response> },
  answers = new AnswerCache(),
) {
  let honoCalls = 0;
  const counted = (request: Request, env: unknown) => {
    honoCalls++;
    return app.fetch(request, env);
  };
  const plain = await listen(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as http.Server);
  const cached = await listen(createCachedServer(counted, answers, '127.0.0.1'));
  return {
    plain,
    cached,
    answers,
    honoCalls: () => honoCalls,
    close: async () => {
      await plain.close();
      await cached.close();
    },
  };
}

const BROWSER = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

describe('the cached server answers as Hono does', () => {
  const { build } = countedBuild();
  const app = appOver(build);
  let servers: Awaited<ReturnType<typeof twoServers>>;
  beforeAll(async () => {
    // The geometry's brotli is upgraded in place once quality 11 is ready: compare the final bytes.
    await build.geometry.municipalities.settled;
    servers = await twoServers(app);
  });
  afterAll(() => servers.close());

  const kept: [string, string, Record<string, string>][] = [
    ['values JSON, br', '/api/indicators/unemployment_18_65/values', BROWSER],
    [
      'values JSON, gzip',
      '/api/indicators/unemployment_18_65/values?year=2022',
      { 'Accept-Encoding': 'gzip' },
    ],
    ['values JSON, identity', '/api/indicators/unemployment_18_65/values', {}],
    ['values of a Kolada KPI', '/api/indicators/kolada_n18905/values?year=2022', BROWSER],
    ['the profile of Gnosjö', '/api/municipalities/0617', BROWSER],
    ['the atlas set', '/api/indicators', BROWSER],
    ['a search', `/api/indicators?q=${encodeURIComponent('förskola')}`, BROWSER],
    ['the geometry for this build', `/api/municipalities?v=${build.manifest.buildId}`, BROWSER],
  ];
  it.each(kept)(
    '%s: the same status, headers and bytes, and the repeat never reaches Hono',
    async (_, path, headers) => {
      const hono = await rawGet(`${servers.plain.url}${path}`, headers);
      expect(hono.status).toBe(200);
      const first = await rawGet(`${servers.cached.url}${path}`, headers);
      const calls = servers.honoCalls();
      const repeat = await rawGet(`${servers.cached.url}${path}`, headers);
      expect(servers.honoCalls()).toBe(calls);
      for (const answer of [first, repeat]) {
        expect(answer.status).toBe(hono.status);
        expect(answer.headers).toEqual(hono.headers);
        expect(answer.body.equals(hono.body)).toBe(true);
      }
      expect(hono.headers.some((header) => header.startsWith('content-security-policy: '))).toBe(true);
    },
  );

  const passed: [string, string, Record<string, string>][] = [
    [
      'values as CSV (compressed on the fly)',
      '/api/indicators/unemployment_18_65/values?format=csv',
      BROWSER,
    ],
    ['values as CSV, identity', '/api/indicators/unemployment_18_65/values?format=csv-sv', {}],
    ['an unknown indicator (404)', '/api/indicators/nope/values', BROWSER],
    ['a bad year (400)', '/api/indicators/unemployment_18_65/values?year=abc', BROWSER],
    ['an unknown path (404)', '/api/no-such-endpoint', BROWSER],
    ['health (not build bytes)', '/api/health', BROWSER],
  ];
  it.each(passed)('%s: the same answer, and every request goes to Hono', async (_, path, headers) => {
    const hono = await rawGet(`${servers.plain.url}${path}`, headers);
    for (let i = 0; i < 2; i++) {
      const calls = servers.honoCalls();
      const answer = await rawGet(`${servers.cached.url}${path}`, headers);
      expect(servers.honoCalls()).toBe(calls + 1);
      expect(answer.status).toBe(hono.status);
      expect(answer.headers).toEqual(hono.headers);
      expect(answer.body.equals(hono.body)).toBe(true);
    }
  });

  it.each([
    ['br', BROWSER],
    ['gzip', { 'Accept-Encoding': 'gzip' }],
    ['identity', {}],
  ])('asked again with its ETag (%s), a cached answer is the same 304 Hono gives', async (_, headers) => {
    const path = '/api/indicators/unemployment_18_65/values';
    await rawGet(`${servers.cached.url}${path}`, headers);
    const cached = await rawGet(`${servers.cached.url}${path}`, headers);
    const etag = cached.headers.find((header) => header.startsWith('etag: '))!.slice('etag: '.length);
    const conditional = { ...headers, 'If-None-Match': etag };
    const hono = await rawGet(`${servers.plain.url}${path}`, conditional);
    const answer = await rawGet(`${servers.cached.url}${path}`, conditional);
    expect(hono.status).toBe(304);
    expect(answer.status).toBe(304);
    expect(answer.headers).toEqual(hono.headers);
    expect(answer.body.length).toBe(0);
    expect(answer.headers).toContain(`etag: ${etag}`);
  });

  it('HEAD and a cross-origin GET go to Hono', async () => {
    const path = '/api/indicators/unemployment_18_65/values';
    await rawGet(`${servers.cached.url}${path}`, BROWSER);
    const calls = servers.honoCalls();
    await rawGet(`${servers.cached.url}${path}`, { ...BROWSER, Origin: 'https://elsewhere.example' });
    await new Promise<void>((resolve, reject) =>
      http
        .request(
          `${servers.cached.url}${path}`,
          { method: 'HEAD', headers: BROWSER, agent: false },
          (res) => {
            res.resume();
            res.on('end', resolve);
          },
        )
        .on('error', reject)
        .end(),
    );
    expect(servers.honoCalls()).toBe(calls + 2);
  });
});

const buildIdOf = (answer: RawAnswer) =>
  (JSON.parse(answer.body.toString('utf8')) as { buildId: string }).buildId;

describe('a build swap', () => {
  it('serves the new build id at the next request, though the old answer was cached', async () => {
    let swap: ((next: AtlasBuild) => void) | undefined;
    const answers = new AnswerCache();
    const app = appOver(
      countedBuild('answers-before').build,
      (onSwap) => (swap = onSwap),
      () => answers.clear(),
    );
    const servers = await twoServers(app, answers);
    try {
      const url = `${servers.cached.url}/api/municipalities/0617`;
      expect(buildIdOf(await rawGet(url))).toBe('answers-before');
      expect(buildIdOf(await rawGet(url))).toBe('answers-before');
      expect(answers.size).toBe(1);
      swap!(countedBuild('answers-after').build);
      expect(answers.size).toBe(0);
      const after = await rawGet(url);
      expect(buildIdOf(after)).toBe('answers-after');
      expect(after.headers).toEqual((await rawGet(`${servers.plain.url}/api/municipalities/0617`)).headers);
    } finally {
      await servers.close();
    }
  });

  it('does not keep an answer of the old build that was still being made when the swap came', async () => {
    let swap: ((next: AtlasBuild) => void) | undefined;
    const answers = new AnswerCache();
    const app = appOver(
      countedBuild('in-flight-before').build,
      (onSwap) => (swap = onSwap),
      () => answers.clear(),
    );
    const swapDuring = {
      fetch: async (request: Request, env: unknown) => {
        const response = await app.fetch(request, env);
        swap!(countedBuild('in-flight-after').build);
        return response;
      },
    };
    const servers = await twoServers(swapDuring, answers);
    try {
      const url = `${servers.cached.url}/api/indicators`;
      expect(buildIdOf(await rawGet(url))).toBe('in-flight-before');
      expect(answers.size).toBe(0);
    } finally {
      await servers.close();
    }
  });
});

describe('bodies whose brotli is upgraded in place', () => {
  it('sends the upgraded bytes once they replace the ones it kept', async () => {
    const body = precompress(JSON.stringify({ text: 'kompetens '.repeat(500) }), { best: false });
    const app = new Hono().get('/answer', (c) => sendPrecompressed(c, body, 'application/json', REVALIDATE));
    const servers = await twoServers(app);
    try {
      const url = `${servers.cached.url}/answer`;
      expect((await rawGet(url, BROWSER)).body.equals(Buffer.from(body.brotli))).toBe(true);
      expect(servers.answers.size).toBe(1);
      body.brotli = new Uint8Array(brotliCompressSync(body.identity));
      const upgraded = await rawGet(url, BROWSER);
      expect(upgraded.body.equals(Buffer.from(body.brotli))).toBe(true);
      expect(upgraded.headers).toContain(`content-length: ${body.brotli.byteLength}`);
    } finally {
      await servers.close();
    }
  });
});

describe('limits', () => {
  it('keeps at most the given number of answers, forgetting the oldest', async () => {
    const bodies = ['a', 'b', 'c'].map((name) => precompress(JSON.stringify({ name }), { best: false }));
    const app = new Hono().get('/answer/:n', (c) =>
      sendPrecompressed(c, bodies[Number(c.req.param('n'))]!, 'application/json', REVALIDATE),
    );
    const servers = await twoServers(app, new AnswerCache({ entries: 2, bytes: 2 ** 20 }));
    try {
      for (const n of [0, 1, 2]) await rawGet(`${servers.cached.url}/answer/${n}`);
      expect(servers.answers.size).toBe(2);
      const calls = servers.honoCalls();
      await rawGet(`${servers.cached.url}/answer/2`);
      expect(servers.honoCalls()).toBe(calls);
      await rawGet(`${servers.cached.url}/answer/0`);
      expect(servers.honoCalls()).toBe(calls + 1);
    } finally {
      await servers.close();
    }
  });
});
