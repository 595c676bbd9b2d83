import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * A consistent copy of a live database through SQLite's online backup API: the server may keep writing while it
 * runs, and the copy is one point in time (including what is still in the WAL). The copy is checked before it
 * is reported as done.
 */
export async function backupDatabase(source: string, destination: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(destination)) throw new Error(`${destination} exists already: choose another --out`);
  mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    const progress = await db.backup(destination);
    const copy = new Database(destination, { readonly: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`backup failed integrity_check: ${String(check)}`);
    } finally {
      copy.close();
    }
    return { pages: progress.totalPages };
  } finally {
    db.close();
  }
}

export function defaultBackupPath(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join('data', 'local', 'backups', `atlas-${stamp}.sqlite`);
}
