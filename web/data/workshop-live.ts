import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { WorkshopEvent } from '../../data/contract';
import { workshopKey } from './workshop-queries';

export type LiveStatus = 'connecting' | 'live' | 'polling';

/** How long a burst of events is gathered before the workshop is read again (25 phones voting at once). */
const GATHER_MS = 150;
const POLL_MS = 3000;

/**
 * Keeps the cached workshop current while the page is open: an EventSource on `/api/workshops/:id/events`
 * (the browser reconnects by itself and sends Last-Event-ID, so the server replays what was missed); each burst
 * of events invalidates the workshop query once. Where EventSource is missing or keeps failing, it polls
 * `/events.json?after=<seq>` instead. The workshop itself stays in TanStack Query; this only says "read again".
 */
export function useLiveWorkshop(id: string): LiveStatus {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSeq = 0;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void client.invalidateQueries({ queryKey: workshopKey(id) });
      }, GATHER_MS);
    };
    const onEvent = (data: string) => {
      const parsed = WorkshopEvent.safeParse(JSON.parse(data));
      if (parsed.success) lastSeq = Math.max(lastSeq, parsed.data.seq);
      refresh();
    };

    let poller: ReturnType<typeof setInterval> | null = null;
    const poll = async () => {
      const response = await fetch(`/api/workshops/${id}/events.json?after=${lastSeq}`).catch(() => null);
      if (!response?.ok) return;
      const page = (await response.json()) as { events: unknown[]; latestSeq: number };
      if (page.latestSeq > lastSeq) {
        lastSeq = page.latestSeq;
        refresh();
      }
    };
    const startPolling = () => {
      if (poller) return;
      setStatus('polling');
      poller = setInterval(() => void poll(), POLL_MS);
    };

    if (typeof EventSource === 'undefined') {
      startPolling();
      return () => {
        if (poller) clearInterval(poller);
      };
    }
    const source = new EventSource(`/api/workshops/${id}/events`);
    let failures = 0;
    source.addEventListener('ready', (event) => {
      failures = 0;
      if (poller) clearInterval(poller);
      poller = null;
      setStatus('live');
      const latest = (JSON.parse((event as MessageEvent<string>).data) as { latestSeq: number }).latestSeq;
      // A reconnect may have missed events the server cannot replay to a fresh stream: read once to be sure.
      if (latest > lastSeq) refresh();
      lastSeq = Math.max(lastSeq, latest);
    });
    source.addEventListener('workshop', (event) => onEvent((event as MessageEvent<string>).data));
    source.addEventListener('deleted', () => {
      source.close();
      refresh();
    });
    source.onerror = () => {
      failures += 1;
      // The browser keeps retrying; meanwhile (or if it gives up) polling keeps the board moving.
      if (failures >= 2 || source.readyState === EventSource.CLOSED) startPolling();
    };
    return () => {
      source.close();
      if (poller) clearInterval(poller);
      if (timer) clearTimeout(timer);
    };
  }, [client, id]);
  return status;
}
