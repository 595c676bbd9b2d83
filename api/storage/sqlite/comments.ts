import type Database from 'better-sqlite3';
import type { WorkshopComment } from '../../../data/contract';
import { type CommentRecord, type CommentRow, commentFromRow } from '../comment-store';

/** SQLite side of comments on entries; a write also bumps the workshop's updated_at, in one transaction. */

const LIVE_ENTRY = `SELECT 1 FROM entries e JOIN cycles c ON c.id = e.cycle_id JOIN workshops w ON w.id = e.workshop_id
  WHERE e.id = ? AND e.workshop_id = ? AND c.deleted_at IS NULL AND w.deleted_at IS NULL`;

export function addComment(db: Database.Database, workshopId: string, comment: CommentRecord): boolean {
  return db
    .transaction(() => {
      if (!db.prepare(LIVE_ENTRY).get(comment.entryId, workshopId)) return false;
      db.prepare(
        `INSERT INTO entry_comments (id, workshop_id, entry_id, text, author_participant_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        comment.id,
        workshopId,
        comment.entryId,
        comment.text,
        comment.authorParticipantId,
        comment.createdAt,
      );
      db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(comment.createdAt, workshopId);
      return true;
    })
    .immediate();
}

export function listComments(db: Database.Database, workshopId: string): WorkshopComment[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.entry_id, m.text, m.author_participant_id, m.created_at FROM entry_comments m
       JOIN entries e ON e.id = m.entry_id JOIN cycles c ON c.id = e.cycle_id
       JOIN workshops w ON w.id = m.workshop_id
       WHERE m.workshop_id = ? AND c.deleted_at IS NULL AND w.deleted_at IS NULL
       ORDER BY m.created_at, m.rowid`,
    )
    .all(workshopId) as CommentRow[];
  return rows.map(commentFromRow);
}

export function deleteComment(db: Database.Database, workshopId: string, commentId: string, at: string) {
  return db
    .transaction(() => {
      const changed = db
        .prepare(
          `DELETE FROM entry_comments WHERE id = ? AND workshop_id = ?
             AND workshop_id IN (SELECT id FROM workshops WHERE deleted_at IS NULL)`,
        )
        .run(commentId, workshopId).changes;
      if (changed === 1) db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);
      return changed === 1;
    })
    .immediate();
}
