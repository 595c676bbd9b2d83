import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions } from '../../../api/app';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import { testBuild } from '../workshop/support';

/** The API alone on a loopback port (real sockets: SSE streams and concurrent clients), workshops in memory. */
export async function startApiServer(options: AppOptions = {}) {
  const store = new SqliteWorkshopStore(':memory:');
  const app = createApp({
    build: testBuild(),
    workshopStore: store,
    workshopRateLimit: { capacity: 10_000, refillPerSecond: 10_000 },
    ...options,
  });
  return new Promise<{ url: string; store: SqliteWorkshopStore; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        store,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
}

/** A minimal SSE reader over fetch (Node has no EventSource): yields messages until `stop()`. */
export function openEventStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const messages: SseMessage[] = [];
  const waiters: (() => void)[] = [];
  let failure: unknown = null;
  const done = (async () => {
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: controller.signal,
    });
    if (!response.body) throw new Error(`no stream: ${response.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = response.body.getReader();
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message: SseMessage = { id: null, event: 'message', data: '' };
        let isMessage = false;
        for (const line of block.split('\n')) {
          const [field, ...rest] = line.split(':');
          const value = rest.join(':').replace(/^ /, '');
          if (field === 'id') message.id = value;
          else if (field === 'event') message.event = value;
          else if (field === 'data') message.data += value;
          else continue;
          isMessage = true;
        }
        if (isMessage) messages.push(message);
        waiters.splice(0).forEach((wake) => wake());
      }
    }
  })().catch((error: unknown) => {
    // After stop() (abort) or the server's own close, the end of the stream is expected; waitFor reports the rest.
    failure = error;
  });
  /** Resolves once `count` messages of `event` have arrived (or rejects after `timeoutMs`). */
  const waitFor = async (event: string, count: number, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = messages.filter((m) => m.event === event);
      if (matching.length >= count) return matching;
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${count} "${event}" events`, { cause: failure });
      }
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  return {
    messages,
    waitFor,
    stop: async () => {
      controller.abort();
      await done;
    },
  };
}
