import { afterAll, describe, expect, it } from 'vitest';
import { csvRequest, fixture, importsApp } from './imports-app';

interface Preview {
  kind: string;
  acceptedCount: number;
  rejectedCount: number;
  accepted: Record<string, unknown>[];
  rejected: { line: number; column?: number; columnName?: string; reason: string }[];
  indicatorIds: string[];
}
interface ErrorBody {
  error: { code: string; message: string };
}

const EXCEL = fixture('larlingsplatser-excel-1252.csv');
const ID = 'import_larlingsplatser_i_verkstader';

describe('POST /api/imports/preview', () => {
  const { app, cleanup } = importsApp();
  afterAll(cleanup);

  it('reads a Swedish Excel export (Windows-1252, semicolons, decimal comma) and names rejected cells', async () => {
    const res = await app.request('/api/imports/preview?kind=indicator', csvRequest(EXCEL));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Preview;
    expect(body.acceptedCount).toBe(3);
    expect(body.accepted[0]).toMatchObject({
      municipalityCode: '0617',
      value: 13.25,
      title: 'Lärlingsplatser i verkstäder',
    });
    expect(body.accepted[2]).toMatchObject({ municipalityCode: '0685', value: 7 });
    expect(body.indicatorIds).toEqual([ID]);
    expect(body.rejected).toEqual([
      expect.objectContaining({ line: 5, column: 3, columnName: 'value' }),
      expect.objectContaining({ line: 6, column: 1, columnName: 'municipality_code' }),
    ]);
    expect(body.rejected[1]?.reason).toContain('9999');
  });

  it('previews firm sites', async () => {
    const res = await app.request('/api/imports/preview?kind=firms', csvRequest(fixture('firms.csv')));
    const body = (await res.json()) as Preview;
    expect(body).toMatchObject({ kind: 'firms', acceptedCount: 2, rejectedCount: 0 });
  });

  it('answers 4xx, never 5xx, for empty, binary and mis-declared files', async () => {
    const empty = await app.request('/api/imports/preview?kind=indicator', csvRequest(new Uint8Array()));
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as ErrorBody).error.code).toBe('empty_file');
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const junk = await app.request('/api/imports/preview?kind=indicator', csvRequest(binary));
    expect(junk.status).toBeLessThan(500);
    const noKind = await app.request('/api/imports/preview?kind=sheep', csvRequest(EXCEL));
    expect(noKind.status).toBe(400);
    const firmsAsIndicator = await app.request('/api/imports/preview?kind=firms', csvRequest(EXCEL));
    expect(firmsAsIndicator.status).toBe(200);
    expect(((await firmsAsIndicator.json()) as Preview).acceptedCount).toBe(0);
  });
});

describe('saving and removing an import rebuilds the atlas', () => {
  const { app, cleanup } = importsApp();
  afterAll(cleanup);

  it('saves, serves the indicator with source user-import and its values, lists it, then removes it', async () => {
    const saved = await app.request(
      `/api/imports?kind=indicator&name=${encodeURIComponent('Lärlingsplatser.csv')}`,
      csvRequest(EXCEL),
    );
    expect(saved.status).toBe(201);
    const result = (await saved.json()) as { import: { name: string; rows: number; rejectedRows: number } };
    expect(result.import).toMatchObject({ name: 'larlingsplatser', rows: 3, rejectedRows: 2 });

    const indicators = (await (await app.request('/api/indicators')).json()) as {
      indicators: { id: string; sources: { id: string }[] }[];
    };
    const imported = indicators.indicators.find((i) => i.id === ID);
    expect(imported?.sources.map((s) => s.id)).toContain('user-import');

    const values = await app.request(`/api/indicators/${ID}/values?year=2024`);
    expect(values.status).toBe(200);
    expect(JSON.stringify(await values.json())).toContain('13.25');

    const list = (await (await app.request('/api/imports')).json()) as { imports: { name: string }[] };
    expect(list.imports.map((i) => i.name)).toEqual(['larlingsplatser']);

    const removed = await app.request('/api/imports/larlingsplatser', { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect((await app.request(`/api/indicators/${ID}/values?year=2024`)).status).toBe(404);
    expect((await app.request('/api/imports/larlingsplatser', { method: 'DELETE' })).status).toBe(404);
  }, 120_000);

  it('refuses a file without a usable row with 422 and stores nothing', async () => {
    const res = await app.request(
      '/api/imports?kind=indicator&name=bad.csv',
      csvRequest(fixture('all-rejected.csv')),
    );
    expect(res.status).toBe(422);
    const list = (await (await app.request('/api/imports')).json()) as { imports: unknown[] };
    expect(list.imports).toEqual([]);
  });
});

describe('who may write', () => {
  it('ATLAS_IMPORTS=off: 403 with the reason, previews still work', async () => {
    const { app, cleanup } = importsApp({ writesEnabled: false });
    const res = await app.request('/api/imports?kind=indicator&name=x.csv', csvRequest(EXCEL));
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.message).toContain('ATLAS_IMPORTS=off');
    expect((await app.request('/api/imports/preview?kind=indicator', csvRequest(EXCEL))).status).toBe(200);
    const list = (await (await app.request('/api/imports')).json()) as { writable: boolean };
    expect(list.writable).toBe(false);
    cleanup();
  });

  it('ATLAS_IMPORT_TOKEN: 401 without the Bearer token', async () => {
    const { app, cleanup } = importsApp({ token: 'sekret-token' });
    const res = await app.request('/api/imports/some-name', { method: 'DELETE' });
    expect(res.status).toBe(401);
    const wrong = await app.request('/api/imports/some-name', {
      method: 'DELETE',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
    const right = await app.request('/api/imports/some-name', {
      method: 'DELETE',
      headers: { authorization: 'Bearer sekret-token' },
    });
    expect(right.status).toBe(404);
    cleanup();
  });

  it('rate-limits writes per client', async () => {
    const { app, cleanup } = importsApp({ rateLimit: { preview: { capacity: 2, refillPerSecond: 0.001 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await app.request('/api/imports/preview?kind=indicator', csvRequest(EXCEL))).status);
    expect(statuses).toEqual([200, 200, 429]);
    cleanup();
  });

  it('413 for a body over the limit', async () => {
    const { app, cleanup } = importsApp();
    const big = new Uint8Array(2 * 1024 * 1024).fill(65);
    const res = await app.request('/api/imports/preview?kind=indicator', csvRequest(big));
    expect(res.status).toBe(413);
    cleanup();
  });
});

describe('firm sites from the dashboard', () => {
  const { app, cleanup } = importsApp();
  afterAll(cleanup);

  it('saved sites are served by /api/firms with their import origin, an approximate one without coordinates', async () => {
    const saved = await app.request(
      '/api/imports?kind=firms&name=sites.csv',
      csvRequest(fixture('firms.csv')),
    );
    expect(saved.status).toBe(201);
    const firms = (await (await app.request('/api/firms')).json()) as {
      features: { properties: { company: string; siteName: string; origin: string; location: string } }[];
    };
    const imported = firms.features.filter((f) => f.properties.company === 'Testverkstad AB');
    const bySite = new Map(imported.map((f) => [f.properties.siteName, f.properties]));
    expect([...bySite.keys()].sort()).toEqual(['Fabriken', 'Lagret']);
    expect(bySite.get('Fabriken')).toMatchObject({ origin: 'import:sites', location: 'exact' });
    expect(bySite.get('Lagret')).toMatchObject({ origin: 'import:sites', location: 'approximate' });
  }, 120_000);
});
