import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runMigrations } from './migrations';

export interface OpenedDatabase {
  db: Database.Database;
  /** Held for as long as this process uses the file; the operating system drops it if the process dies. */
  lock: Database.Database | null;
}

/**
 * Opens (or creates) the workshop database with the settings durability depends on:
 * WAL so readers never block the writer; synchronous=FULL so a commit is fsynced before it is acknowledged
 * (NORMAL would be enough against process crashes but can lose the last commits on power loss);
 * foreign keys enforced, which SQLite leaves off unless asked per connection.
 * A second server process on the same file is refused: both would number cycles and apply edits on their own
 * view, which lost updates (issue 12).
 */
export function openWorkshopDatabase(file: string): OpenedDatabase {
  if (file === ':memory:') return { db: configure(new Database(file)), lock: null };
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const lock = acquireProcessLock(`${file}.lock`, file);
  try {
    return { db: configure(new Database(file)), lock };
  } catch (error) {
    lock.close();
    throw error;
  }
}

function configure(db: Database.Database): Database.Database {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  runMigrations(db);
  return db;
}

/**
 * A sidecar SQLite file in exclusive locking mode: its first write takes an exclusive file lock that is kept until
 * the connection closes or the process ends (also on SIGKILL, so there is no stale lock to clean up). The main
 * file stays shareable for `npm run backup`.
 */
function acquireProcessLock(lockFile: string, databaseFile: string): Database.Database {
  const lock = new Database(lockFile, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since TEXT NOT NULL)');
    lock.exec('DELETE FROM holder');
    lock.prepare('INSERT INTO holder (pid, since) VALUES (?, ?)').run(process.pid, new Date().toISOString());
    return lock;
  } catch (error) {
    lock.close();
    if (error instanceof Error && /locked|busy/i.test(error.message)) {
      throw new Error(
        `the workshop database ${databaseFile} is in use by another server process (lock ${lockFile}): ` +
          'SQLite serves one process; stop the other one, or use PostgreSQL (ATLAS_DB=postgres://...) for ' +
          'several instances',
      );
    }
    throw error;
  }
}
