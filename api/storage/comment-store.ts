import type { WorkshopComment } from '../../data/contract';

/** A comment as the service hands it to the store: complete, the author's participant id null for the facilitator. */
export interface CommentRecord {
  id: string;
  entryId: string;
  text: string;
  authorParticipantId: string | null;
  createdAt: string;
}

/** Comments on entries; part of WorkshopStore. Like every child row, addressed with its workshop id. */
export interface CommentStore {
  /** False when the entry is not a live entry of this (not deleted) workshop. */
  addComment(workshopId: string, comment: CommentRecord): Promise<boolean>;
  /** The comments on the workshop's live entries, oldest first. */
  listComments(workshopId: string): Promise<WorkshopComment[]>;
  deleteComment(workshopId: string, commentId: string, at: string): Promise<boolean>;
}

/** The one row shape both stores select, and its contract form. */
export interface CommentRow {
  id: string;
  entry_id: string;
  text: string;
  author_participant_id: string | null;
  created_at: string;
}

export const commentFromRow = (row: CommentRow): WorkshopComment => ({
  id: row.id,
  entryId: row.entry_id,
  text: row.text,
  author: {
    role: row.author_participant_id ? 'participant' : 'facilitator',
    participantId: row.author_participant_id,
  },
  createdAt: row.created_at,
});
