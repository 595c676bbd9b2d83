import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import { FIXTURES_DIR } from '../../support/paths';
import { app, build, buildFile, getJson, type ErrorBody } from './app-fixture';

const geometryFile = buildFile<{ features: unknown[] }>('municipalities.geojson');

describe('geometry: precompressed, ETag, long-cached by buildId', () => {
  it('serves brotli, gzip or identity bytes of the same 290-feature GeoJSON', async () => {
    const br = await app.request('/api/municipalities', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toBe('application/geo+json');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    const fromBr = JSON.parse(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8'));
    expect(fromBr).toEqual(geometryFile);
    const gz = await app.request('/api/municipalities', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(
      JSON.parse(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).features,
    ).toHaveLength(290);
    const plain = await app.request('/api/municipalities');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(((await plain.json()) as { features: unknown[] }).features).toHaveLength(290);
  });

  it('answers If-None-Match with 304 and no body', async () => {
    const first = await app.request('/api/municipalities', { headers: { 'Accept-Encoding': 'br' } });
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^"[0-9a-f]{32}-br"$/);
    const again = await app.request('/api/municipalities', {
      headers: { 'If-None-Match': tag, 'Accept-Encoding': 'br' },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
  });

  it('is immutable for a year only when v names the current build', async () => {
    const current = await app.request(`/api/municipalities?v=${build.manifest.buildId}`);
    expect(current.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const stale = await app.request('/api/municipalities?v=0123456789abcdef');
    expect(stale.headers.get('cache-control')).toBe('public, no-cache');
    const bad = await getJson<ErrorBody>('/api/municipalities?v=latest');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('v');
  });

  it('serves the 21 counties the same way', async () => {
    const { body, res } = await getJson<{ features: unknown[] }>('/api/counties');
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    expect(body.features).toHaveLength(21);
  });
});

describe('JSON answers: compression, ETag, security headers', () => {
  it('serves large JSON gzipped, with one validator per encoding, and answers a repeat with 304', async () => {
    const url = '/api/indicators/population_total/values?year=2024';
    const first = await app.request(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const tag = first.headers.get('etag')!;
    expect(tag).toBeTruthy();
    const again = await app.request(url, { headers: { 'If-None-Match': tag, 'Accept-Encoding': 'gzip' } });
    expect(again.status).toBe(304);
    const plain = await app.request(url);
    const plainTag = plain.headers.get('etag')!;
    expect(plainTag).not.toBe(tag);
    expect((await app.request(url, { headers: { 'If-None-Match': plainTag } })).status).toBe(304);
    expect((await app.request(url, { headers: { 'If-None-Match': tag } })).status).toBe(200);
  });

  it('sends a CSP that lets MapLibre run from this origin, and no CORS header by default', async () => {
    const res = await app.request('/api/health', { headers: { Origin: 'https://elsewhere.example' } });
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rejects a request body over the limit with 413 JSON', async () => {
    const small = createApp({
      build,
      bodyLimitBytes: 100,
      workshopStore: new SqliteWorkshopStore(':memory:'),
    });
    const res = await small.request('/api/health', {
      method: 'POST',
      body: 'x'.repeat(500),
      headers: { 'Content-Length': '500' },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('payload_too_large');
  });

  it('answers unknown API paths with 404 JSON', async () => {
    const { status, body } = await getJson<ErrorBody>('/api/nothing/here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('GET /api/health', () => {
  it('reports status, version, build and data vintage', async () => {
    const { body } = await getJson<Record<string, unknown>>('/api/health');
    expect(body).toMatchObject({
      status: 'ok',
      buildId: build.manifest.buildId,
      builtAt: build.manifest.builtAt,
      vintage: build.manifest.vintage,
      geometryUrl: `/api/municipalities?v=${build.manifest.buildId}`,
    });
    expect(body.counts).toMatchObject({ municipalities: 290, firmSites: 100, urbanAreas: 2017 });
  });
});

describe('the dashboard next to the API', () => {
  const site = createApp({
    build,
    webDir: path.join(FIXTURES_DIR, 'api', 'web'),
    workshopStore: new SqliteWorkshopStore(':memory:'),
  });

  it('serves index.html for client-side routes such as /kommun/0617', async () => {
    const res = await site.request('/kommun/0617');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Kompetensatlas test page');
  });

  it('serves .mjs files as JavaScript and keeps /api 404s as JSON', async () => {
    const script = await site.request('/assets/worker-test.mjs');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('cache-control')).toContain('immutable');
    const api = await site.request('/api/unknown');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });
});
