/**
 * Issue 12, defects 6 and 8 against real server processes on one SQLite file: a second process is refused with
 * a clear message, and SIGTERM leaves a database file that holds every acknowledged write without its WAL.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse, Entry } from '../../../data/contract';
import { type ApiProcess, spawnApi, startApiProcess } from '../../support/api-process';
import { GNOSJO_WORKSHOP, tempDatabase } from './support';

const db = tempDatabase();
let first: ApiProcess | undefined;
afterAll(async () => {
  if (first && first.child.exitCode === null) await first.stop();
  db.cleanup();
});

async function post(url: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

describe('one SQLite file, one server process', () => {
  it('refuses a second process on the same file, naming the file and the way out', async () => {
    first = await startApiProcess({ ATLAS_DB: db.file });
    const second = spawnApi({ ATLAS_DB: db.file });
    const code = await new Promise<number | null>((resolve) => second.child.once('exit', resolve));
    expect(code).toBe(1);
    expect(second.output()).toContain(`the workshop database ${db.file} is in use by another server process`);
    expect(second.output()).toContain('PostgreSQL');
    // The first one is unharmed.
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
  });

  it('on SIGTERM finishes, checkpoints and closes: a plain copy of the file alone has every write', async () => {
    if (!first) throw new Error('first process did not start');
    const { workshop, editToken } = (await post(
      `${first.url}/api/workshops`,
      GNOSJO_WORKSHOP,
    )) as CreateWorkshopResponse;
    const cycle = workshop.cycles[0]?.id;
    const written: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const entry = (await post(
        `${first.url}/api/workshops/${workshop.id}/cycles/${cycle}/entries`,
        { kind: 'activity', text: `Skrivet före SIGTERM ${i}` },
        editToken,
      )) as Entry;
      written.push(entry.id);
    }
    const { code, signal } = await first.stop();
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain('SIGTERM: finishing running requests');
    // What an operator's naive `cp atlas.sqlite backup/` takes: the main file only, no -wal beside it.
    const copy = path.join(path.dirname(db.file), 'copied.sqlite');
    copyFileSync(db.file, copy);
    expect(existsSync(`${copy}-wal`)).toBe(false);
    const raw = new Database(copy, { readonly: true });
    const ids = raw.prepare('SELECT id FROM entries WHERE workshop_id = ?').all(workshop.id) as {
      id: string;
    }[];
    raw.close();
    expect(ids.map((row) => row.id).sort()).toEqual([...written].sort());
    // And the lock went with the process: a new one may open the file.
    const next = await startApiProcess({ ATLAS_DB: db.file });
    expect((await fetch(`${next.url}/api/workshops/${workshop.id}`)).status).toBe(200);
    await next.stop();
  });
});
