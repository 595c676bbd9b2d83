import path from 'node:path';
import { PostgresWorkshopStore } from './postgres/postgres-workshop-store';
import { SqliteWorkshopStore } from './sqlite/sqlite-workshop-store';
import type { WorkshopStore } from './workshop-store';

export type { WorkshopStore } from './workshop-store';

/** Git-ignored (data/local/) so nobody commits a group's notes by accident. */
export const DEFAULT_DB_PATH = path.join('data', 'local', 'atlas.sqlite');

export function workshopDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATLAS_DB && env.ATLAS_DB.length > 0 ? env.ATLAS_DB : DEFAULT_DB_PATH;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The one place that picks the implementation: a postgres:// URL means PostgreSQL, anything else a SQLite file. */
export function openWorkshopStore(location: string = workshopDbPath()): WorkshopStore {
  return isPostgresUrl(location) ? new PostgresWorkshopStore(location) : new SqliteWorkshopStore(location);
}
