import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import { REPO_ROOT } from '../../support/paths';
import { tempDatabase } from './support';

const db = tempDatabase();
afterAll(() => db.cleanup());

/** Runs the writer, kills it with SIGKILL about a second after its first acknowledged write. */
function writeUntilKilled(
  file: string,
): Promise<{ workshopId: string; acknowledged: string[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'durability-writer.ts'), file],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let buffered = '';
    let workshopId = '';
    const acknowledged: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, id] = line.split(' ');
        if (kind === 'workshop' && id) {
          workshopId = id;
          setTimeout(() => child.kill('SIGKILL'), 1000);
        }
        if (kind === 'ack' && id) acknowledged.push(id);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
      else resolve({ workshopId, acknowledged, signal });
    });
  });
}

describe('durability of acknowledged writes', () => {
  it('keeps every write acknowledged before SIGKILL, and the database passes integrity_check', async () => {
    const { workshopId, acknowledged, signal } = await writeUntilKilled(db.file);
    expect(signal).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThan(10);

    const raw = new Database(db.file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const store = new SqliteWorkshopStore(db.file);
    const workshop = await store.getWorkshop(workshopId);
    const stored = new Set(workshop?.cycles[0]?.entries.map((entry) => entry.id));
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    await store.close();
  });
});
