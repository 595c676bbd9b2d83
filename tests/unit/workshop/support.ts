import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../../api/app';
import type { AtlasBuild } from '../../../api/build/atlas-build';
import { loadBuildCached } from '../../../api/build/load-build';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import type { RateLimitOptions } from '../../../api/workshops/rate-limit';
import type { CreateWorkshopResponse } from '../../../data/contract';
import { TEST_BUILD_DIR } from '../../support/paths';

export const GNOSJO = '0617';

export function testBuild(): AtlasBuild {
  return loadBuildCached(TEST_BUILD_DIR);
}

/** A fresh SQLite file in a temp directory per test file, removed by cleanup(). */
export function tempDatabase(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-workshop-'));
  return {
    file: path.join(dir, 'atlas.sqlite'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function workshopApp(options: {
  file: string;
  build?: AtlasBuild;
  rateLimit?: RateLimitOptions;
  /** Share one store between apps: the SQLite file admits one store (one process) at a time. */
  store?: SqliteWorkshopStore;
  now?: () => Date;
}) {
  const store = options.store ?? new SqliteWorkshopStore(options.file);
  const app = createApp({
    build: options.build ?? testBuild(),
    workshopStore: store,
    workshopRateLimit: options.rateLimit ?? { capacity: 10_000, refillPerSecond: 10_000 },
    workshopNow: options.now,
  });
  return { app, store };
}

type App = ReturnType<typeof workshopApp>['app'];

export async function send(app: App, method: string, url: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await app.request(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json: unknown =
    text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
  return { status: response.status, json, text, headers: response.headers };
}

export const GNOSJO_WORKSHOP = {
  title: 'Gnosjö kompetensverkstad',
  municipalities: [GNOSJO],
  organisations: [
    { name: 'Gnosjö kommun', kind: 'municipality' },
    { name: 'Region Jönköpings län', kind: 'region' },
    { name: 'Exempelgjuteriet AB', kind: 'firm' },
  ],
  cycles: [{ date: '2026-01-20' }, { date: '2026-03-24' }, { date: '2026-05-26' }],
} as const;

export async function createGnosjoWorkshop(app: App): Promise<CreateWorkshopResponse> {
  const response = await send(app, 'POST', '/api/workshops', GNOSJO_WORKSHOP);
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${response.text}`);
  return response.json as CreateWorkshopResponse;
}
