import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runMigrations } from './migrations';

/**
 * Opens (or creates) the workshop database with the settings durability depends on:
 * WAL so readers never block the writer; synchronous=FULL so a commit is fsynced before it is acknowledged
 * (NORMAL would be enough against process crashes but can lose the last commits on power loss);
 * foreign keys enforced, which SQLite leaves off unless asked per connection.
 */
export function openWorkshopDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  runMigrations(db);
  return db;
}
