/**
 * Issue 16 §1: users' CSV imports are kept in PostgreSQL when ATLAS_DB is one. A real server process saves an
 * import on a real throw-away cluster; the import lives in user_imports (not in the imports folder), reaches the
 * rebuilt atlas, and is still listed and served after the process restarts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgDatabase } from '../../../api/storage/postgres/pg-database';
import { PgImportStore } from '../../../api/storage/postgres/pg-import-store';
import type { ImportList, SavedImport, StoredImport } from '../../../data/contract';
import type { ValuesResponse } from '../../../data/contract/api';
import { importStoreAt } from '../../../scripts/ingest/import/import-store';
import { type ApiProcess, startApiProcess } from '../../support/api-process';
import { TEST_BUILD_DIR } from '../../support/paths';
import { type PostgresCluster, startPostgresCluster } from '../../support/postgres-cluster';
import { fixture } from '../imports-api/imports-app';

const ID = 'import_larlingsplatser_i_verkstader';
let cluster: PostgresCluster;
let url = '';
let root = '';
let env: Record<string, string> = {};
let api: ApiProcess | undefined;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  url = await cluster.createDatabase('imports');
  root = mkdtempSync(path.join(tmpdir(), 'atlas-pg-imports-'));
  // A save rebuilds the build directory: a copy, never artifacts/test-build itself.
  cpSync(TEST_BUILD_DIR, path.join(root, 'build'), { recursive: true });
  env = {
    ATLAS_DB: url,
    ATLAS_BUILD_DIR: path.join(root, 'build'),
    ATLAS_IMPORTS_DIR: path.join(root, 'files'),
  };
});

afterAll(async () => {
  if (api?.child.exitCode === null) api.child.kill('SIGKILL');
  await cluster?.destroy();
  rmSync(root, { recursive: true, force: true });
});

async function getJson<T>(base: string, route: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}${route}`);
  return { status: response.status, body: (await response.json()) as T };
}

async function larlingsplatser(base: string): Promise<Record<string, number>> {
  const { status, body } = await getJson<ValuesResponse>(base, `/api/indicators/${ID}/values?year=2024`);
  expect(status).toBe(200);
  return Object.fromEntries(body.values.map((row) => [row.code, row.value]));
}

async function tableRows(): Promise<{ name: string; kind: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string; kind: string }>('SELECT name, kind FROM user_imports')).rows;
  } finally {
    await client.end();
  }
}

describe("users' imports on PostgreSQL", () => {
  it('a save through the API is kept in user_imports, not in files, and the rebuilt atlas serves it', async () => {
    api = await startApiProcess(env);
    const response = await fetch(`${api.url}/api/imports?kind=indicator&name=larlingsplatser.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: new Uint8Array(fixture('larlingsplatser-excel-1252.csv')),
    });
    const saved = (await response.json()) as SavedImport;
    expect(response.status, JSON.stringify(saved)).toBe(201);
    expect(saved.import).toMatchObject({ name: 'larlingsplatser', rows: 3, indicatorIds: [ID] });
    expect(await tableRows()).toEqual([{ name: 'larlingsplatser', kind: 'indicator' }]);
    // The rebuild read the imports from the database (through a temporary folder it removed), not from here.
    expect(existsSync(env.ATLAS_IMPORTS_DIR!) ? readdirSync(env.ATLAS_IMPORTS_DIR!) : []).toEqual([]);
    expect(await larlingsplatser(api.url)).toEqual({ '0617': 13.25, '0662': 9.5, '0685': 7 });
    await api.stop();
  }, 420_000);

  it('after a restart the import is still listed, from the database, and still in the build', async () => {
    api = await startApiProcess(env);
    const list = await getJson<ImportList>(api.url, '/api/imports');
    expect(list.body.imports.map((entry) => [entry.name, entry.rows])).toEqual([['larlingsplatser', 3]]);
    expect(await larlingsplatser(api.url)).toEqual({ '0617': 13.25, '0662': 9.5, '0685': 7 });
    await api.stop();
  }, 120_000);

  it('hands the ingest the stored imports as files in its own layout, and removes them afterwards', async () => {
    const database = new PgDatabase(url);
    const store = new PgImportStore(database);
    try {
      const stored: StoredImport[] = await store.list();
      const input = await store.ingestInput();
      // The ingest's own reader (scripts/ingest/import) reads exactly what the database holds.
      expect(importStoreAt(input.dir).list()).toEqual(stored);
      input.release();
      expect(existsSync(input.dir)).toBe(false);
      expect(await store.remove('larlingsplatser')).toBe(true);
      expect(await store.remove('larlingsplatser')).toBe(false);
      expect(await store.list()).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
