import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CreateWorkshopResponse,
  Entry,
  JoinWorkshopResponse,
  Workshop,
  WorkshopEvent,
} from '../../../data/contract';
import { GNOSJO_WORKSHOP } from '../workshop/support';
import { openEventStream, startApiServer } from './http-server';

let server: Awaited<ReturnType<typeof startApiServer>>;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => server.close());

async function http(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : null) as unknown };
}

async function room() {
  const created = (await http('POST', '/api/workshops', { body: GNOSJO_WORKSHOP }))
    .json as CreateWorkshopResponse;
  const base = `/api/workshops/${created.workshop.id}`;
  const cycleId = created.workshop.cycles[0]?.id ?? '';
  const facilitator = { authorization: `Bearer ${created.editToken}` };
  const addEntry = async (text: string) =>
    (
      await http('POST', `${base}/cycles/${cycleId}/entries`, {
        headers: facilitator,
        body: { kind: 'obstacle', text },
      })
    ).json as Entry;
  return { created, base, cycleId, facilitator, addEntry };
}

describe('live board over SSE', () => {
  it('delivers new entries and votes to an open stream, in seq order', async () => {
    const { base, addEntry, facilitator } = await room();
    const stream = openEventStream(`${server.url}${base}/events`);
    await stream.waitFor('ready', 1);
    const entry = await addEntry('Bostäder saknas');
    await http('POST', `${base}/entries/${entry.id}/votes`, { headers: facilitator });
    const events = (await stream.waitFor('workshop', 2)).map((m) => JSON.parse(m.data) as WorkshopEvent);
    expect(events.map((e) => [e.seq, e.type, e.subjectId])).toEqual([
      [1, 'entry_added', entry.id],
      [2, 'vote_changed', entry.id],
    ]);
    expect(events[1]?.data).toEqual({ votes: 1 });
    expect(stream.messages.filter((m) => m.event === 'workshop').map((m) => m.id)).toEqual(['1', '2']);
    await stream.stop();
  });

  it('a client that reconnects with Last-Event-ID gets exactly the events it missed', async () => {
    const { base, addEntry } = await room();
    const first = openEventStream(`${server.url}${base}/events`);
    await first.waitFor('ready', 1);
    await addEntry('ett');
    const seen = await first.waitFor('workshop', 1);
    await first.stop();
    await addEntry('två');
    await addEntry('tre');
    // A fresh stream starts at the latest event; a reconnect sends the last id it saw.
    const fresh = openEventStream(`${server.url}${base}/events`);
    expect((await fresh.waitFor('ready', 1))[0]?.id).toBe('3');
    await fresh.stop();
    const again = openEventStream(`${server.url}${base}/events`, { 'last-event-id': seen[0]?.id ?? '' });
    const caughtUp = (await again.waitFor('workshop', 2)).map((m) => JSON.parse(m.data) as WorkshopEvent);
    expect(caughtUp.map((e) => e.seq)).toEqual([2, 3]);
    await addEntry('fyra');
    expect((await again.waitFor('workshop', 3)).map((m) => m.id)).toEqual(['2', '3', '4']);
    await again.stop();

    const polled = (await http('GET', `${base}/events.json?after=2`)).json as {
      events: WorkshopEvent[];
      latestSeq: number;
    };
    expect(polled.latestSeq).toBe(4);
    expect(polled.events.map((e) => e.seq)).toEqual([3, 4]);
  });

  it('tells open pages when the workshop is deleted, and answers 404 for an unknown workshop', async () => {
    const { base, facilitator } = await room();
    const stream = openEventStream(`${server.url}${base}/events`);
    await stream.waitFor('ready', 1);
    await http('DELETE', base, { headers: facilitator });
    await stream.waitFor('deleted', 1);
    await stream.stop();
    expect((await http('GET', `/api/workshops/${'Q'.repeat(22)}/events.json`)).status).toBe(404);
    const unknownStream = await fetch(`${server.url}/api/workshops/${'Q'.repeat(22)}/events`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(unknownStream.status).toBe(404);
  });
});

describe('a room of 25 voting at once', () => {
  it('loses no vote: 25 participants x 4 dots over HTTP, all at the same moment', async () => {
    const { created, base, addEntry } = await room();
    const participant = { authorization: `Bearer ${created.participantToken}` };
    const entries = [await addEntry('A'), await addEntry('B')];
    const phones = await Promise.all(
      Array.from(
        { length: 25 },
        async () =>
          (await http('POST', `${base}/participants`, { headers: participant, body: {} }))
            .json as JoinWorkshopResponse,
      ),
    );
    const stream = openEventStream(`${server.url}${base}/events`);
    await stream.waitFor('ready', 1);
    const votes = phones.flatMap((phone, p) =>
      [0, 1, 2, 3].map((i) =>
        http('POST', `${base}/entries/${entries[(p + i) % 2]?.id}/votes`, {
          headers: { ...participant, 'x-voter-key': phone.voterKey },
        }),
      ),
    );
    const statuses = (await Promise.all(votes)).map((r) => r.status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const workshop = (await http('GET', base)).json as Workshop;
    const tallies = workshop.cycles[0]?.entries.map((e) => e.votes);
    expect(tallies).toEqual([50, 50]);
    // Every vote reached the live stream too (it opened after the two entries), each once and in order.
    const delivered = (await stream.waitFor('workshop', 100)).map((m) => JSON.parse(m.data) as WorkshopEvent);
    expect(delivered.every((e) => e.type === 'vote_changed')).toBe(true);
    expect(delivered.map((e) => e.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 3));
    await stream.stop();
  });
});
