/**
 * The setup every store contract file shares: the embedded SQLite store in a temp directory and a real PostgreSQL
 * server (a throw-away cluster), opened before the file's tests and closed after them. Call at the top level:
 *   const storeOf = bothStores('outcomes');
 *   describe.each(STORE_NAMES)('…: %s', (name) => { const store = storeOf(name); … store().addOutcome(…) });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PostgresWorkshopStore } from '../../../api/storage/postgres/postgres-workshop-store';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import type { WorkshopStore } from '../../../api/storage/workshop-store';
import { type PostgresCluster, startPostgresCluster } from '../../support/postgres-cluster';

export const STORE_NAMES = ['sqlite', 'postgres'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export function bothStores(label: string): (name: StoreName) => () => WorkshopStore {
  let cluster: PostgresCluster | undefined;
  const tempDir = mkdtempSync(path.join(os.tmpdir(), `atlas-${label}-`));
  const stores: Partial<Record<StoreName, WorkshopStore>> = {};

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    stores.sqlite = new SqliteWorkshopStore(path.join(tempDir, 'atlas.sqlite'));
    stores.postgres = new PostgresWorkshopStore(await cluster.createDatabase(label));
  });

  afterAll(async () => {
    for (const store of Object.values(stores)) await store.close();
    await cluster?.destroy();
    rmSync(tempDir, { recursive: true, force: true });
  });

  return (name) => () => {
    const chosen = stores[name];
    if (!chosen) throw new Error(`${name} store did not open`);
    return chosen;
  };
}
