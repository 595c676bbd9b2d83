import { useId, useState } from 'react';
import type { WorkshopComment } from '../../data/contract';
import type { Lang } from '../lib/format';
import { commentText } from './comment-texts';
import { ApiErrorLine } from '../i18n/ApiErrorLine';

interface CommentThreadProps {
  entryText: string;
  comments: readonly WorkshopComment[];
  lang: Lang;
  /** Null: read-only (the read link). */
  onAdd: ((text: string) => void) | null;
  onDelete: (commentId: string) => void;
  canDelete: (comment: WorkshopComment) => boolean;
  /** The device's own participant id, to say "you". */
  selfId?: string | null;
  /** A failed request: said in the page's language by its code (never the server's English message). */
  error?: Error | null;
}

/** The comments under one entry, oldest first; every comment is rendered as React text, never as HTML. */
export function CommentThread(props: CommentThreadProps) {
  const { comments, entryText, lang, onAdd, onDelete, canDelete, selfId, error } = props;
  const t = commentText(lang);
  const [text, setText] = useState('');
  const inputId = useId();
  const who = (comment: WorkshopComment) =>
    comment.author.role === 'facilitator'
      ? t('byFacilitator')
      : comment.author.participantId === selfId
        ? t('byYou')
        : t('byParticipant');
  return (
    <details className="comment-thread" open={comments.length > 0}>
      <summary>{t('comments', { n: comments.length })}</summary>
      {comments.length === 0 ? <p className="empty">{t('noComments')}</p> : null}
      <ul className="comments">
        {comments.map((comment) => (
          <li key={comment.id} className="comment" data-comment-id={comment.id}>
            <span className="comment-text">{comment.text}</span>{' '}
            <span className="comment-author">– {who(comment)}</span>
            {canDelete(comment) ? (
              <button
                type="button"
                className="link-button comment-delete"
                aria-label={t('deleteComment')}
                onClick={() => {
                  if (window.confirm(t('deleteCommentConfirm', { text: comment.text }))) onDelete(comment.id);
                }}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {onAdd ? (
        <form
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            onAdd(text.trim());
            setText('');
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            {t('commentLabel', { text: entryText })}
          </label>
          <input
            id={inputId}
            type="text"
            maxLength={1000}
            value={text}
            placeholder={t('commentPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{t('sendComment')}</button>
        </form>
      ) : null}
      {error ? (
        <p role="alert">
          <ApiErrorLine error={error} lang={lang} say={(message) => t('commentError', { message })} />
        </p>
      ) : null}
    </details>
  );
}
