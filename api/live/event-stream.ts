import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { WorkshopEvent } from '../../data/contract';
import type { WorkshopStore } from '../storage/workshop-store';
import type { WorkshopEventBus } from './event-bus';

export interface EventStreamOptions {
  store: WorkshopStore;
  bus: WorkshopEventBus;
  /** A comment line this often keeps proxies from closing an idle stream (default 15 s). */
  heartbeatMs?: number;
}

const encoder = new TextEncoder();
const frames = new WeakMap<WorkshopEvent, Uint8Array>();

/**
 * One event as its SSE bytes (`id`, `event: workshop`, one `data:` line: JSON has no raw newline), made once per
 * event: the bus hands every connection the same event object, and 200 open pages each re-serialising and
 * re-encoding it was the live board's cost per write.
 */
export function sseFrame(event: WorkshopEvent): Uint8Array {
  let frame = frames.get(event);
  if (!frame) {
    frame = encoder.encode(`event: workshop\ndata: ${JSON.stringify(event)}\nid: ${event.seq}\n\n`);
    frames.set(event, frame);
  }
  return frame;
}

/** Events read from the log per round trip while catching up. */
export const EVENT_PAGE = 500;

/**
 * `Last-Event-ID` (sent by EventSource on reconnect) wins over `?after=`; with neither, the stream starts at the
 * latest event (null): a fresh page has just read the workshop and needs only what comes next.
 */
export function resumeSeq(c: Context): number | null {
  const text = c.req.header('last-event-id') ?? c.req.query('after');
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : null;
}

/**
 * SSE stream of one workshop's events (`event: workshop`, `id: <seq>`, data = WorkshopEvent JSON). It first sends
 * `event: ready` (its id is the seq the stream starts after, so a reconnect resumes there even before the first
 * event), then every event after that seq, then new ones as the bus announces them. Reads are serialised per
 * connection, so events go out once each and in seq order.
 */
export function workshopEventStream(
  c: Context,
  workshopId: string,
  from: number | null,
  options: EventStreamOptions,
) {
  return streamSSE(c, async (stream) => {
    let sent = 0;
    let closed = false;
    let finish = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
      stream.onAbort(resolve);
    });
    const gone = async () => {
      await stream.writeSSE({ event: 'deleted', data: JSON.stringify({ workshopId }) });
      closed = true;
      finish();
    };
    const write = async (event: WorkshopEvent) => {
      if (closed) return;
      await stream.write(sseFrame(event));
      sent = event.seq;
      // Deleting is soft (the facilitator may restore), so the log stays; the page still has to hear it went.
      if (event.type === 'workshop_deleted') await gone();
    };
    const catchUp = async () => {
      for (;;) {
        const events = await options.store.readEventsAfter(workshopId, sent, EVENT_PAGE);
        for (const event of events) await write(event);
        if (events.length < EVENT_PAGE) return;
      }
    };
    /**
     * One notification: the next event itself when the bus carries it (no read per client and event), else a
     * read of the log after the last seq sent. Seq 0 means the workshop may be gone.
     */
    const handle = async (seq: number, event?: WorkshopEvent) => {
      if (closed) return;
      if (event && event.seq === sent + 1) await write(event);
      else if (seq === 0 || seq > sent) await catchUp();
      if (!closed && seq === 0 && (await options.store.latestEventSeq(workshopId)) === null) await gone();
    };
    // Notifications are handled one after another, so events go out once each and in seq order.
    let queue: Promise<void> = Promise.resolve();
    const wake = (seq: number, event?: WorkshopEvent) => {
      queue = queue.then(() => handle(seq, event)).catch(() => stream.abort());
    };
    const unsubscribe = options.bus.subscribe(workshopId, wake);
    const heartbeat = setInterval(() => {
      void stream.write(': ping\n\n').catch(() => stream.abort());
    }, options.heartbeatMs ?? 15_000);
    try {
      const latest = (await options.store.latestEventSeq(workshopId)) ?? 0;
      sent = from ?? latest;
      await stream.writeSSE({
        id: String(sent),
        event: 'ready',
        data: JSON.stringify({ latestSeq: latest }),
        retry: 2000,
      });
      wake(latest);
      await finished;
    } finally {
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
    }
  });
}
