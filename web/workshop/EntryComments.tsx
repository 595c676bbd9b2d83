import { useQuery } from '@tanstack/react-query';
import type { Entry } from '../../data/contract';
import { commentsQuery, useCommentWrites } from '../data/workshop-comments';
import type { Lang } from '../lib/format';
import { CommentThread } from './CommentThread';

/** The board's comments under an entry: the facilitator writes and deletes any; the read link only reads. */
export function EntryComments({
  workshopId,
  entry,
  editToken,
  lang,
}: {
  workshopId: string;
  entry: Entry;
  editToken: string | null;
  lang: Lang;
}) {
  const comments = useQuery(commentsQuery(workshopId));
  const writes = useCommentWrites(workshopId, editToken ?? '');
  const mine = (comments.data ?? []).filter((comment) => comment.entryId === entry.id);
  return (
    <CommentThread
      entryText={entry.text}
      comments={mine}
      lang={lang}
      onAdd={editToken ? (text) => writes.add.mutate({ entryId: entry.id, text }) : null}
      onDelete={(commentId) => writes.remove.mutate(commentId)}
      canDelete={() => editToken !== null}
      error={writes.add.error ?? writes.remove.error}
    />
  );
}
