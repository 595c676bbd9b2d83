import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Cycle, type Workshop } from '../../../data/contract';
import { useLiveWorkshop } from '../../data/workshop-live';
import { commentsQuery } from '../../data/workshop-comments';
import { participantSelfQuery } from '../../data/workshop-participant';
import type { Lang } from '../../lib/format';
import { useWorkshop } from '../../data/workshop-queries';
import { ApiError } from '../../data/api-client';
import { readDevice, saveDevice, type DeviceIdentity } from './device';
import { JoinForm } from './JoinForm';
import { NoteForm } from './NoteForm';
import { participantText } from './texts';
import { useOutbox } from './use-outbox';
import { VoteList } from './VoteList';
import './participant.css';
import { useHoldWorkshop } from '../../lib/held-workshops';

/**
 * The participant's phone (`/workshop/:id#join=<secret>`): join once, then write notes and give dots with one
 * thumb. Writes go through the outbox, so a lost connection keeps them until they can be sent.
 */
export function ParticipantView({ id, token, lang }: { id: string; token: string; lang: Lang }) {
  const t = participantText(lang);
  const workshop = useWorkshop(id);
  const status = useLiveWorkshop(id);
  const [device, setDevice] = useState<DeviceIdentity>(() => {
    const stored = readDevice(id);
    return { voterKey: stored?.voterKey ?? null, participantId: stored?.participantId ?? null, token };
  });
  const auth = { token, voterKey: device.voterKey };
  const self = useQuery(participantSelfQuery(id, auth));
  const outbox = useOutbox(id, auth);
  const comments = useQuery(commentsQuery(id));
  const title = workshop.data?.title;
  useHoldWorkshop(title ? { id, title, role: 'participant', secret: token } : null);

  if (!workshop.data) return <p aria-busy="true">{t('loading')}</p>;
  const data = workshop.data;
  const cycle = currentCycle(data);
  if (!device.voterKey) {
    return (
      <JoinForm
        id={id}
        token={token}
        workshop={data}
        lang={lang}
        t={t}
        onJoined={(joined) => {
          const next = { token, voterKey: joined.voterKey, participantId: joined.participantId };
          saveDevice(id, next);
          setDevice(next);
        }}
      />
    );
  }
  // 403: the link was rotated, or the device's voter key is unknown here.
  const forbidden = self.error instanceof ApiError && self.error.status === 403;
  return (
    <div className="participant">
      <header>
        <h1>{data.title}</h1>
        {cycle ? <p>{t('cycleOn', { n: cycle.number, date: cycle.date })}</p> : null}
        <p className="live-status" role="status">
          {t(status)}
        </p>
      </header>
      {forbidden ? <p role="alert">{t('invalidLink')}</p> : null}
      {outbox.pending > 0 ? (
        <p className="pending" role="status">
          {t('pending', { n: outbox.pending })}
        </p>
      ) : null}
      {outbox.rejected > 0 ? <p role="alert">{t('rejected', { n: outbox.rejected })}</p> : null}
      {cycle ? (
        <>
          <NoteForm
            t={t}
            lang={lang}
            onSubmit={(note) =>
              outbox.enqueue({
                method: 'POST',
                path: `/cycles/${cycle.id}/entries`,
                body: { ...note, organisationId: self.data?.organisationId ?? null },
              })
            }
          />
          <VoteList
            cycle={cycle}
            self={self.data ?? null}
            t={t}
            onVote={(entryId, direction) =>
              outbox.enqueue({
                method: direction === 'add' ? 'POST' : 'DELETE',
                path: `/entries/${entryId}/votes`,
                body: undefined,
              })
            }
            comments={comments.data ?? []}
            selfId={device.participantId}
            lang={lang}
            onComment={(entryId, text) =>
              outbox.enqueue({ method: 'POST', path: `/entries/${entryId}/comments`, body: { text } })
            }
            onDeleteComment={(commentId) =>
              outbox.enqueue({ method: 'DELETE', path: `/comments/${commentId}`, body: undefined })
            }
          />
        </>
      ) : null}
    </div>
  );
}

/** The cycle the group meets in now: the last one whose date has come, else the first. */
export function currentCycle(
  workshop: Workshop,
  today = new Date().toISOString().slice(0, 10),
): Cycle | undefined {
  const started = workshop.cycles.filter((cycle) => cycle.date <= today);
  return started[started.length - 1] ?? workshop.cycles[0];
}
