import path from 'node:path';
import { SqliteWorkshopStore } from './sqlite/sqlite-workshop-store';
import type { WorkshopStore } from './workshop-store';

export type { WorkshopStore } from './workshop-store';

/** Git-ignored (data/local/) so nobody commits a group's notes by accident. */
export const DEFAULT_DB_PATH = path.join('data', 'local', 'atlas.sqlite');

export function workshopDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATLAS_DB && env.ATLAS_DB.length > 0 ? env.ATLAS_DB : DEFAULT_DB_PATH;
}

/** The one place that picks the implementation; a PostgreSQL store would be chosen here (e.g. by URL scheme). */
export function openWorkshopStore(file: string = workshopDbPath()): WorkshopStore {
  return new SqliteWorkshopStore(file);
}
