import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { sendParticipantWrite, type ParticipantAuth } from '../../data/workshop-participant';
import { workshopKey } from '../../data/workshop-queries';
import { Outbox, type QueuedWrite, type SendResult } from './outbox';

const RETRY_MS = 5000;

/** Queues the participant's writes and sends them now, or when the phone is back online. */
export function useOutbox(workshopId: string, auth: ParticipantAuth) {
  const client = useQueryClient();
  const outbox = useMemo(
    () => new Outbox(`atlas:workshop-outbox:${workshopId}`, window.localStorage),
    [workshopId],
  );
  const [pending, setPending] = useState(() => outbox.list().length);
  const [rejected, setRejected] = useState(0);
  const flushing = useRef(false);

  const send = useCallback(
    (write: QueuedWrite): Promise<SendResult> => sendParticipantWrite(workshopId, auth, write),
    [auth, workshopId],
  );

  const flush = useCallback(async () => {
    if (flushing.current || !auth.voterKey) return;
    flushing.current = true;
    try {
      const result = await outbox.flush(send);
      if (result.rejected > 0) setRejected((n) => n + result.rejected);
    } finally {
      flushing.current = false;
      setPending(outbox.list().length);
      void client.invalidateQueries({ queryKey: workshopKey(workshopId) });
    }
  }, [auth.voterKey, client, outbox, send, workshopId]);

  useEffect(() => {
    void flush();
    const retry = setInterval(() => {
      if (outbox.list().length > 0) void flush();
    }, RETRY_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      clearInterval(retry);
      window.removeEventListener('online', online);
    };
  }, [flush, outbox]);

  const enqueue = useCallback(
    (write: Omit<QueuedWrite, 'key'>) => {
      outbox.add(write);
      setPending(outbox.list().length);
      void flush();
    },
    [flush, outbox],
  );
  return { pending, rejected, enqueue };
}
