import type Database from 'better-sqlite3';
import type { Cycle, Workshop } from '../../../data/contract';
import { assembleWorkshop, type EntryRow, type LinkRow, type WorkshopRow } from '../workshop-rows';
import type { WorkshopOutline } from '../workshop-store';
import { readMeetingRecords } from './meeting-records';

/** Reads one workshop (null when soft-deleted; soft-deleted cycles and their entries are left out), in one read
 * transaction so the parts are consistent. */
export function readWorkshop(db: Database.Database, id: string): Workshop | null {
  return db.transaction((): Workshop | null => {
    const workshop = db.prepare('SELECT * FROM workshops WHERE id = ? AND deleted_at IS NULL').get(id) as
      WorkshopRow | undefined;
    if (!workshop) return null;
    const organisations = db
      .prepare(
        `SELECT id, name, kind, removed_at AS removedAt, version FROM organisations WHERE workshop_id = ? ORDER BY seq`,
      )
      .all(id) as Workshop['organisations'];
    const cycles = db
      .prepare(
        'SELECT id, number, date, title, version FROM cycles WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY number',
      )
      .all(id) as Pick<Cycle, 'id' | 'number' | 'date' | 'title' | 'version'>[];
    const entries = db
      .prepare(
        `SELECT e.*, (SELECT COUNT(*) FROM votes v WHERE v.entry_id = e.id) AS votes
         FROM entries e WHERE e.workshop_id = ? ORDER BY e.created_at, e.rowid`,
      )
      .all(id) as EntryRow[];
    const links = db
      .prepare(
        `SELECT l.* FROM indicator_links l JOIN entries e ON e.id = l.entry_id
         WHERE e.workshop_id = ? ORDER BY l.entry_id, l.seq`,
      )
      .all(id) as LinkRow[];
    return assembleWorkshop({
      workshop,
      organisations,
      cycles,
      entries,
      links,
      meetings: readMeetingRecords(db, id),
    });
  })();
}

/** The live cycles and the organisations of a workshop, without its entries (null like readWorkshop). */
export function readWorkshopOutline(db: Database.Database, id: string): WorkshopOutline | null {
  return db.transaction((): WorkshopOutline | null => {
    if (!db.prepare('SELECT 1 FROM workshops WHERE id = ? AND deleted_at IS NULL').get(id)) return null;
    const cycles = db
      .prepare(
        'SELECT id, number, date FROM cycles WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY number',
      )
      .all(id) as WorkshopOutline['cycles'];
    const organisations = db
      .prepare('SELECT id, removed_at AS removedAt FROM organisations WHERE workshop_id = ? ORDER BY seq')
      .all(id) as WorkshopOutline['organisations'];
    return { cycles, organisations };
  })();
}
