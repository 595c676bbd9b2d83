import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { loadBuildCached } from '../../api/build/load-build';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import type { CreateWorkshopResponse } from '../../data/contract';
import { autocannon } from '../../scripts/bench/autocannon';
import { TEST_BUILD_DIR } from '../support/paths';
import { GNOSJO_WORKSHOP } from '../unit/workshop/support';

const build = loadBuildCached(TEST_BUILD_DIR);
const app = createApp({ build, workshopStore: new SqliteWorkshopStore(':memory:') });
let url = '';
let close: () => void = () => undefined;
let workshopId = '';

beforeAll(async () => {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
  const created = await app.request('/api/workshops', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(GNOSJO_WORKSHOP),
  });
  workshopId = ((await created.json()) as CreateWorkshopResponse).workshop.id;
});
afterAll(() => close());

describe('a short load run', () => {
  it('serves geometry, values, a profile and a workshop at 50 connections for 8 s with 0 errors', async () => {
    const result = await autocannon({
      url,
      connections: 50,
      duration: 8,
      workers: 1,
      requests: [
        {
          method: 'GET',
          path: `/api/municipalities?v=${build.manifest.buildId}`,
          headers: { 'accept-encoding': 'br' },
        },
        { method: 'GET', path: '/api/indicators/unemployment_18_65/values' },
        { method: 'GET', path: '/api/municipalities/0617' },
        { method: 'GET', path: `/api/workshops/${workshopId}` },
      ],
    });
    expect(result.requests.total).toBeGreaterThan(100);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
      errors: 0,
      timeouts: 0,
      non2xx: 0,
    });
  }, 60_000);
});
