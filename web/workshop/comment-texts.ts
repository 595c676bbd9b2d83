import { createTranslator, type Translator } from '../i18n/translate';
import type { Lang } from '../lib/format';

/** Text of the comments under an entry, shared by the board and the participant's phone. */
const sv = {
  comments: 'Kommentarer ({n})',
  noComments: 'Inga kommentarer ännu.',
  commentLabel: 'Kommentera "{text}"',
  commentPlaceholder: 'Skriv en kommentar',
  sendComment: 'Skicka kommentar',
  deleteComment: 'Radera kommentaren',
  deleteCommentConfirm: 'Radera kommentaren "{text}"?',
  byFacilitator: 'samtalsledaren',
  byParticipant: 'en deltagare',
  byYou: 'du',
  commentError: 'Kommentaren kunde inte sparas: {message}',
} as const;

export type CommentTextKey = keyof typeof sv;

const en: Record<CommentTextKey, string> = {
  comments: 'Comments ({n})',
  noComments: 'No comments yet.',
  commentLabel: 'Comment on "{text}"',
  commentPlaceholder: 'Write a comment',
  sendComment: 'Send comment',
  deleteComment: 'Delete the comment',
  deleteCommentConfirm: 'Delete the comment "{text}"?',
  byFacilitator: 'the facilitator',
  byParticipant: 'a participant',
  byYou: 'you',
  commentError: 'The comment could not be saved: {message}',
};

export type CommentText = Translator<CommentTextKey>;

/** @example commentText('en')('comments', { n: 2 }) // "Comments (2)" */
export const commentText = (lang: Lang): CommentText => createTranslator<CommentTextKey>({ sv, en }, lang);
