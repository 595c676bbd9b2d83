import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import { REPO_ROOT } from '../../support/paths';
import { createGnosjoWorkshop, send, tempDatabase, workshopApp } from './support';

const db = tempDatabase();
afterAll(() => db.cleanup());

describe('npm run backup', () => {
  it('copies a live database (WAL not yet checkpointed) into a file that restores the same workshop', async () => {
    const { app, store } = workshopApp({ file: db.file });
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const entries = `/api/workshops/${workshop.id}/cycles/${workshop.cycles[0]?.id}/entries`;
    await send(app, 'POST', entries, { kind: 'obstacle', text: 'Sparas i kopian' }, editToken);

    const out = path.join(path.dirname(db.file), 'backup.sqlite');
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', '--out', out], {
      cwd: REPO_ROOT,
      env: { ...process.env, ATLAS_DB: db.file },
      encoding: 'utf8',
    });
    expect(output).toContain('integrity_check ok');
    await store.close();

    const restored = new SqliteWorkshopStore(out);
    const copy = await restored.getWorkshop(workshop.id);
    expect(copy?.cycles[0]?.entries.map((entry) => entry.text)).toEqual(['Sparas i kopian']);
    await restored.close();
  });

  it('refuses to overwrite an existing file', () => {
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', '--out', db.file], {
        cwd: REPO_ROOT,
        env: { ...process.env, ATLAS_DB: db.file },
        stdio: 'pipe',
      }),
    ).toThrow(/exists already/);
  });
});
