import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoredDataError } from '../../../api/storage/stored-workshop';
import { createGnosjoWorkshop, tempDatabase, workshopApp } from './support';

describe('rows read from SQLite are checked against the contract', () => {
  const db = tempDatabase();
  const { app, store } = workshopApp({ file: db.file });
  afterAll(async () => {
    await store.close();
    db.cleanup();
  });

  it('a damaged row fails with a named StoredDataError and a 500, not as a half-valid workshop', async () => {
    const created = await createGnosjoWorkshop(app);
    const id = created.workshop.id;
    await expect(store.getWorkshop(id)).resolves.toMatchObject({ id });
    const raw = new Database(db.file);
    raw.prepare(`UPDATE workshops SET municipalities_json = '["not a code"]' WHERE id = ?`).run(id);
    raw.close();
    await expect(store.getWorkshop(id)).rejects.toThrow(StoredDataError);
    await expect(store.getWorkshop(id)).rejects.toThrow(/municipalities\.0/);
    const response = await app.request(`/api/workshops/${id}`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('not a code');
  });
});
