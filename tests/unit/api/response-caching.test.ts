import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AtlasBuild } from '../../../api/build/atlas-build';
import { indicatorValues } from '../../../api/services/indicator-values';
import { municipalityProfile } from '../../../api/services/profile';
import { appOver, countedBuild } from './build-variants';

const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('a Kolada KPI outside the atlas set, asked for by many clients at once', () => {
  it('50 concurrent first requests for N18905 run one DuckDB read and get the same bytes', async () => {
    const { build, reads } = countedBuild();
    const app = appOver(build);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => app.request('/api/indicators/kolada_n18905/values?year=2022')),
    );
    expect(answers.map((res) => res.status)).toEqual(Array(50).fill(200));
    expect(reads()).toBe(1);
    const bodies = await Promise.all(answers.map(bytesOf));
    expect(new Set(bodies.map((body) => body.toString('base64'))).size).toBe(1);
    // Later requests, other years of the same KPI included, are served from memory.
    await app.request('/api/indicators/kolada_n18905/values?year=2020');
    expect(reads()).toBe(1);
  });

  it('concurrent first requests for women and men read once per sex view', async () => {
    const { build, reads } = countedBuild();
    const app = appOver(build);
    const sexes = ['women', 'men', 'women', 'men', 'women'];
    const answers = await Promise.all(
      sexes.map((sex) => app.request(`/api/indicators/kolada_n07907/values?year=2022&sex=${sex}`)),
    );
    expect(answers.map((res) => res.status)).toEqual(Array(sexes.length).fill(200));
    expect(reads()).toBe(2);
  });
});

describe('cached answers are the bytes a fresh computation gives', () => {
  const { build } = countedBuild();
  const app = appOver(build);

  it('the profile of Gnosjö, identity and gzip, is JSON.stringify of the profile computed anew', async () => {
    const fresh = JSON.stringify(municipalityProfile(build, '0617'));
    const identity = await app.request('/api/municipalities/0617', {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect((await bytesOf(identity)).toString('utf8')).toBe(fresh);
    const gzip = await app.request('/api/municipalities/0617', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytesOf(gzip)).toString('utf8')).toBe(fresh);
  });

  it('values of an atlas-set indicator and of a Kolada KPI are JSON.stringify of the values computed anew', async () => {
    const atlas = await app.request('/api/indicators/unemployment_18_65/values');
    expect((await bytesOf(atlas)).toString('utf8')).toBe(
      JSON.stringify(indicatorValues(build, 'unemployment_18_65', undefined)),
    );
    const kolada = await app.request('/api/indicators/kolada_n18905/values?year=2022');
    expect((await bytesOf(kolada)).toString('utf8')).toBe(
      JSON.stringify(indicatorValues(build, 'kolada_n18905', 2022)),
    );
  });
});

describe('validators', () => {
  const { build } = countedBuild();
  const app = appOver(build);

  it.each(['identity', 'gzip', 'br'])(
    'a profile asked again with its ETag (%s) is a 304 without a body',
    async (encoding) => {
      const headers = { 'Accept-Encoding': encoding };
      const first = await app.request('/api/municipalities/0617', { headers });
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[0-9a-f]{32}(-(gzip|br))?"$/);
      const again = await app.request('/api/municipalities/0617', {
        headers: { ...headers, 'If-None-Match': etag! },
      });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect((await bytesOf(again)).length).toBe(0);
      const other = await app.request('/api/municipalities/0680', {
        headers: { ...headers, 'If-None-Match': etag! },
      });
      expect(other.status).toBe(200);
    },
  );
});

describe('a build swap', () => {
  it('answers from the new build id with new bytes and a new ETag; the old ETag no longer matches', async () => {
    const { build } = countedBuild('test-build-before');
    let swap: ((next: AtlasBuild) => void) | undefined;
    const app = appOver(build, (onSwap) => (swap = onSwap));
    const before = await app.request('/api/municipalities/0617');
    const etagBefore = before.headers.get('etag')!;
    expect(((await before.json()) as { buildId: string }).buildId).toBe('test-build-before');

    swap!(countedBuild('test-build-after').build);
    const after = await app.request('/api/municipalities/0617', { headers: { 'If-None-Match': etagBefore } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etagBefore);
    expect(((await after.json()) as { buildId: string }).buildId).toBe('test-build-after');
  });
});
