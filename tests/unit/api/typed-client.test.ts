import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import type { AppType } from '../../../api/app';
import { app } from './app-fixture';

/** The dashboard's way in: Hono's typed client over AppType, here with the app's in-process fetch. */
const client = hc<AppType>('http://atlas.test', {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init),
});

describe('hc<AppType>()', () => {
  it('reads health and a typed values answer', async () => {
    const health = await (await client.api.health.$get()).json();
    expect(health.status).toBe('ok');
    const res = await client.api.indicators[':id'].values.$get({
      param: { id: 'population_total' },
      query: { year: '2024' },
    });
    if (!res.ok) throw new Error(`status ${res.status}`);
    const values = await res.json();
    expect(values.n).toBe(290);
    expect(values.values.find((v) => v.code === '0617')?.value).toBe(9131);
  });

  it('reads a typed profile', async () => {
    const res = await client.api.municipalities[':code'].$get({ param: { code: '0617' }, query: {} });
    if (!res.ok) throw new Error(`status ${res.status}`);
    const profile = await res.json();
    expect(profile.municipality.name).toBe('Gnosjö');
  });
});
