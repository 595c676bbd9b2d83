import type { Cycle, ParticipantSelf, WorkshopComment } from '../../../data/contract';
import type { Lang } from '../../lib/format';
import { CommentThread } from '../CommentThread';
import { VOTABLE_KINDS } from '../../../data/contract';
import type { ParticipantText } from './texts';

/** Obstacles and solutions of the cycle, most dots first, each with a large "+" and "−" for the thumb. */
export function VoteList({
  cycle,
  self,
  t,
  onVote,
  comments,
  selfId,
  lang,
  onComment,
  onDeleteComment,
}: {
  cycle: Cycle;
  self: ParticipantSelf | null;
  t: ParticipantText;
  onVote: (entryId: string, direction: 'add' | 'remove') => void;
  comments: readonly WorkshopComment[];
  selfId: string | null;
  lang: Lang;
  onComment: (entryId: string, text: string) => void;
  onDeleteComment: (commentId: string) => void;
}) {
  const entries = cycle.entries
    .filter((entry) => VOTABLE_KINDS.includes(entry.kind))
    .sort((a, b) => b.votes - a.votes);
  const used = self?.dotsUsed[cycle.id] ?? 0;
  const total = self?.dotsPerParticipant ?? 0;
  const left = Math.max(0, total - used);
  return (
    <section className="vote-list" aria-labelledby="prioritise-heading">
      <h2 id="prioritise-heading">{t('prioritise')}</h2>
      {self ? <p className="dots-left">{t('dotsLeft', { left, total })}</p> : null}
      {entries.length === 0 ? <p>{t('noVotable')}</p> : null}
      <ul>
        {entries.map((entry) => {
          const mine = self?.votedEntries[entry.id] ?? 0;
          return (
            <li key={entry.id} className="vote-item">
              <p className="vote-text">
                <span className="vote-kind">
                  {t(`kind_${entry.kind === 'solution' ? 'solution' : 'obstacle'}`)}
                </span>{' '}
                {entry.text}
              </p>
              <p className="vote-count">
                {t('votes', { n: entry.votes })}
                {mine > 0 ? ` (${t('mine', { n: mine })})` : ''}
              </p>
              <div className="vote-buttons">
                <button
                  type="button"
                  aria-label={t('voteDown', { text: entry.text })}
                  disabled={mine === 0}
                  onClick={() => onVote(entry.id, 'remove')}
                >
                  −
                </button>
                <button
                  type="button"
                  className="primary"
                  aria-label={t('voteUp', { text: entry.text })}
                  disabled={left === 0}
                  onClick={() => onVote(entry.id, 'add')}
                >
                  +
                </button>
              </div>
              <CommentThread
                entryText={entry.text}
                comments={comments.filter((comment) => comment.entryId === entry.id)}
                lang={lang}
                selfId={selfId}
                onAdd={(text) => onComment(entry.id, text)}
                onDelete={onDeleteComment}
                canDelete={(comment) => selfId !== null && comment.author.participantId === selfId}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
