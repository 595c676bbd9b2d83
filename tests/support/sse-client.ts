/**
 * A real HTTP client of a server-sent event stream (fetch and a stream reader, as a browser's EventSource does),
 * for tests against a server process:
 *   const stream = await openEventStream(`${api.url}/api/workshops/${id}/events`, { lastEventId: '4' });
 *   const event = await stream.next((e) => e.event === 'workshop'); stream.close();
 */
export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

export interface EventStream {
  status: number;
  /** The next event (after those already taken) that `match` accepts; rejects after `timeoutMs`. */
  next(match?: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

export async function openEventStream(
  url: string,
  options: { lastEventId?: string } = {},
): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: {
      accept: 'text/event-stream',
      ...(options.lastEventId === undefined ? {} : { 'last-event-id': options.lastEventId }),
    },
    signal: controller.signal,
  });
  const queue: SseEvent[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  void (async () => {
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        buffer += chunk.value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const parsed = parseBlock(block);
          if (parsed) queue.push(parsed);
        }
        for (const wake of [...waiters]) wake();
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true;
      for (const wake of [...waiters]) wake();
    }
  })();
  let taken = 0;
  return {
    status: response.status,
    next(match = () => true, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(
            new Error(`no matching event on ${url} within ${timeoutMs} ms; got ${JSON.stringify(queue)}`),
          );
        }, timeoutMs);
        function look() {
          while (taken < queue.length) {
            const event = queue[taken++]!;
            if (match(event)) {
              clearTimeout(timer);
              waiters.delete(look);
              return resolve(event);
            }
          }
          if (ended) {
            clearTimeout(timer);
            waiters.delete(look);
            reject(new Error(`the stream ${url} ended; got ${JSON.stringify(queue)}`));
          }
        }
        waiters.add(look);
        look();
      });
    },
    close: () => controller.abort(),
  };
}

function parseBlock(block: string): SseEvent | null {
  let id: string | null = null;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { id, event, data: data.join('\n') } : null;
}
