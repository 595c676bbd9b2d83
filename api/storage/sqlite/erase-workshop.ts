import type Database from 'better-sqlite3';

/**
 * Every other row of a workshop goes with its row by ON DELETE CASCADE; entries go first, because an action's
 * owner organisation is RESTRICTed and the order of cascades between sibling tables is not defined.
 */
export function eraseWorkshop(db: Database.Database, id: string): boolean {
  return db
    .transaction(() => {
      db.prepare('DELETE FROM entries WHERE workshop_id = ?').run(id);
      return db.prepare('DELETE FROM workshops WHERE id = ?').run(id).changes === 1;
    })
    .immediate();
}
