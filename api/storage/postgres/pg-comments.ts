import type { WorkshopComment } from '../../../data/contract';
import { type CommentRecord, type CommentRow, commentFromRow } from '../comment-store';
import type { PgDatabase } from './pg-database';

/**
 * PostgreSQL side of comments on entries, the same rows as SQLite. A write locks the workshop's row first, like
 * every change of a workshop, so it cannot race a delete of the workshop on another instance.
 */

export async function addPgComment(db: PgDatabase, workshopId: string, comment: CommentRecord) {
  return db.transaction(async (client) => {
    const live = await client.query(
      `SELECT 1 FROM workshops w JOIN entries e ON e.workshop_id = w.id JOIN cycles c ON c.id = e.cycle_id
       WHERE w.id = $1 AND e.id = $2 AND w.deleted_at IS NULL AND c.deleted_at IS NULL FOR UPDATE OF w`,
      [workshopId, comment.entryId],
    );
    if (!live.rowCount) return false;
    await client.query(
      `INSERT INTO entry_comments (id, workshop_id, entry_id, text, author_participant_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [comment.id, workshopId, comment.entryId, comment.text, comment.authorParticipantId, comment.createdAt],
    );
    await client.query('UPDATE workshops SET updated_at = $1 WHERE id = $2', [comment.createdAt, workshopId]);
    return true;
  });
}

export async function listPgComments(db: PgDatabase, workshopId: string): Promise<WorkshopComment[]> {
  const { rows } = await db.query<CommentRow>(
    `SELECT m.id, m.entry_id, m.text, m.author_participant_id, m.created_at FROM entry_comments m
     JOIN entries e ON e.id = m.entry_id JOIN cycles c ON c.id = e.cycle_id
     JOIN workshops w ON w.id = m.workshop_id
     WHERE m.workshop_id = $1 AND c.deleted_at IS NULL AND w.deleted_at IS NULL
     ORDER BY m.created_at, m.seq`,
    [workshopId],
  );
  return rows.map(commentFromRow);
}

export async function deletePgComment(db: PgDatabase, workshopId: string, commentId: string, at: string) {
  return db.transaction(async (client) => {
    const locked = await client.query(
      'SELECT 1 FROM workshops WHERE id = $1 AND deleted_at IS NULL FOR UPDATE',
      [workshopId],
    );
    if (!locked.rowCount) return false;
    const deleted = await client.query('DELETE FROM entry_comments WHERE id = $1 AND workshop_id = $2', [
      commentId,
      workshopId,
    ]);
    if (deleted.rowCount !== 1) return false;
    await client.query('UPDATE workshops SET updated_at = $1 WHERE id = $2', [at, workshopId]);
    return true;
  });
}
