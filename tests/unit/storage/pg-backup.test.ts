/** npm run backup with ATLAS_DB=postgres://...: pg_dump while writing, and the documented restore. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresWorkshopStore } from '../../../api/storage/postgres/postgres-workshop-store';
import { REPO_ROOT } from '../../support/paths';
import { type PostgresCluster, startPostgresCluster } from '../../support/postgres-cluster';
import { entryRecord, newWorkshopRecord } from './store-fixtures';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-pgbackup-'));
let cluster: PostgresCluster;

beforeAll(async () => {
  cluster = await startPostgresCluster();
});
afterAll(async () => {
  await cluster?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const backup = (url: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ATLAS_DB: url },
  });

describe('PostgreSQL backup and restore', () => {
  it('restores the database as it was at the backup, dropping what came later', async () => {
    const url = await cluster.createDatabase('live');
    const store = new PostgresWorkshopStore(url);
    const record = newWorkshopRecord();
    await store.createWorkshop(record);
    const cycle = record.cycles[0]?.id ?? '';
    const before = entryRecord(cycle, { text: 'Före säkerhetskopian' });
    await store.addEntry(record.id, before);

    const out = path.join(dir, 'atlas.pgdump');
    const { stdout } = await backup(url, '--out', out);
    expect(stdout).toContain('pg_restore --list ok');
    await store.addEntry(record.id, entryRecord(cycle, { text: 'Efter säkerhetskopian' }));
    await store.close();

    await backup(url, '--restore', out);
    const restored = new PostgresWorkshopStore(url);
    const workshop = await restored.getWorkshop(record.id);
    expect(workshop?.cycles[0]?.entries.map((e) => e.text)).toEqual(['Före säkerhetskopian']);
    // Writes continue on the restored schema.
    expect(await restored.addEntry(record.id, entryRecord(cycle, { text: 'Efter återställningen' }))).toBe(
      true,
    );
    await restored.close();

    // Into an empty database too (a new server).
    const fresh = await cluster.createDatabase('fresh');
    await backup(fresh, '--restore', out);
    const copy = new PostgresWorkshopStore(fresh);
    expect((await copy.getWorkshop(record.id))?.title).toBe(record.title);
    await copy.close();
  });

  it('refuses to overwrite a file and hides the password in its messages', async () => {
    const url = `postgres://atlas:hemligt@127.0.0.1:${cluster.port}/live`;
    const out = path.join(dir, 'atlas.pgdump');
    const failure = await backup(url, '--out', out).then(
      () => null,
      (error: { stderr: string }) => error.stderr,
    );
    expect(failure).toContain('exists already');
    const down = await backup(
      `postgres://atlas:hemligt@127.0.0.1:${cluster.port + 1}/live`,
      '--out',
      `${out}.2`,
    ).then(
      () => null,
      (error: { stderr: string }) => error.stderr,
    );
    expect(down).toContain('backup failed');
    expect(down).not.toContain('hemligt');
  });
});
