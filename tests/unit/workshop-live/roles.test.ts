import { afterAll, describe, expect, it } from 'vitest';
import type { Entry, ParticipantSelf, RotateLinkResponse, VoteTally, Workshop } from '../../../data/contract';
import { tempDatabase, workshopApp } from '../workshop/support';
import { call, join, openRoom } from './live-support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

const note = { kind: 'obstacle', text: 'Svårt att hitta svetsare' } as const;

describe('participant link', () => {
  it('is returned once at creation, in the fragment, and only its hash is stored', async () => {
    const room = await openRoom(app);
    expect(room.created.links.participant).toBe(
      `/workshop/${room.workshop.id}#join=${room.participantToken}`,
    );
    const row = store.db
      .prepare('SELECT participant_token_hash AS h FROM workshops WHERE id = ?')
      .get(room.workshop.id) as { h: Buffer };
    expect(row.h.length).toBe(32);
    expect(row.h.toString('utf8')).not.toContain(room.participantToken);
  });

  it('lets a joined participant add an entry that records its author and organisation', async () => {
    const room = await openRoom(app);
    const firm = room.workshop.organisations.find((o) => o.kind === 'firm');
    const me = await join(app, room, firm?.id ?? null);
    const added = await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
      token: room.participantToken,
      voterKey: me.voterKey,
      body: { ...note, organisationId: firm?.id },
    });
    expect(added.status).toBe(201);
    const entry = added.json as Entry;
    expect(entry.author).toEqual({ role: 'participant', participantId: me.participantId });
    expect(entry.organisationId).toBe(firm?.id);
  });

  it('answers a new entry exactly as the workshop reads it back (links, map view, author, version)', async () => {
    const room = await openRoom(app);
    const me = await join(app, room, null);
    const added = await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
      token: room.participantToken,
      voterKey: me.voterKey,
      body: {
        ...note,
        theme: 'other',
        links: [{ indicatorId: 'population_total', municipality: '0617' }],
        mapView: {
          indicatorId: 'population_total',
          year: 2023,
          sex: 'total',
          camera: { lon: 14.1, lat: 57.4, zoom: 8 },
          layers: ['firms'],
          selected: '0617',
        },
      },
    });
    expect(added.status).toBe(201);
    const read = (await call(app, 'GET', room.base, {})).json as Workshop;
    const stored = read.cycles
      .flatMap((cycle) => cycle.entries)
      .find((e) => e.id === (added.json as Entry).id);
    expect(stored?.links[0]?.value).toBe(9131);
    expect(added.json).toEqual(stored);
  });

  it('answers 403 to a participant who has not joined, and 403 to an unknown voter key', async () => {
    const room = await openRoom(app);
    const url = `${room.base}/cycles/${room.cycleId}/entries`;
    const anonymous = await call(app, 'POST', url, { token: room.participantToken, body: note });
    expect(anonymous.status).toBe(403);
    expect((anonymous.json as { error: { field: string } }).error.field).toBe('x-voter-key');
    const unknown = await call(app, 'POST', url, {
      token: room.participantToken,
      voterKey: 'x'.repeat(43),
      body: note,
    });
    expect(unknown.status).toBe(403);
  });
});

describe('what only the facilitator may do', () => {
  it('a participant cannot delete or edit others entries, change a status, settings or links', async () => {
    const room = await openRoom(app);
    const me = await join(app, room);
    const organisation = room.workshop.organisations[0]?.id;
    const byFacilitator = (
      await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
        token: room.facilitator,
        body: { kind: 'action', text: 'Kontakta gymnasiet', action: { ownerOrganisationId: organisation } },
      })
    ).json as Entry;
    const asParticipant = { token: room.participantToken, voterKey: me.voterKey };
    const attempts = [
      await call(app, 'DELETE', `${room.base}/entries/${byFacilitator.id}`, asParticipant),
      await call(app, 'PATCH', `${room.base}/entries/${byFacilitator.id}`, {
        ...asParticipant,
        body: { text: 'x', version: byFacilitator.version },
      }),
      await call(app, 'PUT', `${room.base}/entries/${byFacilitator.id}/status`, {
        ...asParticipant,
        body: { status: 'done' },
      }),
      await call(app, 'PATCH', room.base, { ...asParticipant, body: { dotsPerParticipant: 50, version: 1 } }),
      await call(app, 'POST', `${room.base}/links/rotate`, {
        ...asParticipant,
        body: { role: 'facilitator' },
      }),
      await call(app, 'DELETE', room.base, asParticipant),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403]);
    const after = (await call(app, 'GET', room.base)).json as Workshop;
    const still = after.cycles[0]?.entries.find((e) => e.id === byFacilitator.id);
    expect(still?.text).toBe('Kontakta gymnasiet');
    expect(still?.action?.status).toBe('planned');
  });

  it('a participant may change and delete its own entry, but not set an action status', async () => {
    const room = await openRoom(app);
    const me = await join(app, room);
    const auth = { token: room.participantToken, voterKey: me.voterKey };
    const own = (
      await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, { ...auth, body: note })
    ).json as Entry;
    const changed = await call(app, 'PATCH', `${room.base}/entries/${own.id}`, {
      ...auth,
      body: { text: 'Ny text', version: own.version },
    });
    expect(changed.status).toBe(200);
    const doneAction = await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
      ...auth,
      body: {
        kind: 'action',
        text: 'x',
        action: { ownerOrganisationId: room.workshop.organisations[0]?.id, status: 'done' },
      },
    });
    expect(doneAction.status).toBe(403);
    expect((await call(app, 'DELETE', `${room.base}/entries/${own.id}`, auth)).status).toBe(204);
  });

  it('rotating a link makes the old one fail with 403 at once; the new one works', async () => {
    const room = await openRoom(app);
    const me = await join(app, room);
    const rotated = await call(app, 'POST', `${room.base}/links/rotate`, {
      token: room.facilitator,
      body: { role: 'participant' },
    });
    expect(rotated.status).toBe(200);
    const { token, link } = rotated.json as RotateLinkResponse;
    expect(link).toBe(`/workshop/${room.workshop.id}#join=${token}`);
    const url = `${room.base}/cycles/${room.cycleId}/entries`;
    expect(
      (await call(app, 'POST', url, { token: room.participantToken, voterKey: me.voterKey, body: note }))
        .status,
    ).toBe(403);
    expect((await call(app, 'POST', url, { token, voterKey: me.voterKey, body: note })).status).toBe(201);

    const newEdit = (
      await call(app, 'POST', `${room.base}/links/rotate`, {
        token: room.facilitator,
        body: { role: 'facilitator' },
      })
    ).json as RotateLinkResponse;
    expect(
      (await call(app, 'PATCH', room.base, { token: room.facilitator, body: { title: 'x', version: 1 } }))
        .status,
    ).toBe(403);
    expect(
      (await call(app, 'PATCH', room.base, { token: newEdit.token, body: { title: 'Ny titel', version: 1 } }))
        .status,
    ).toBe(200);
  });

  it('keeps 404 for an unknown workshop ahead of 403', async () => {
    const response = await call(app, 'POST', `/api/workshops/${'Z'.repeat(22)}/participants`, { body: {} });
    expect(response.status).toBe(404);
  });
});

describe('dots per participant per cycle', () => {
  it('stops at the facilitator-set number of dots in a cycle and reports what is used', async () => {
    const room = await openRoom(app);
    await call(app, 'PATCH', room.base, {
      token: room.facilitator,
      body: { dotsPerParticipant: 2, version: 1 },
    });
    const me = await join(app, room);
    const auth = { token: room.participantToken, voterKey: me.voterKey };
    const entry = (
      await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, { ...auth, body: note })
    ).json as Entry;
    const votes = `${room.base}/entries/${entry.id}/votes`;
    expect((await call(app, 'POST', votes, auth)).status).toBe(200);
    expect(((await call(app, 'POST', votes, auth)).json as VoteTally).votes).toBe(2);
    const third = await call(app, 'POST', votes, auth);
    expect(third.status).toBe(409);
    expect((third.json as { error: { field: string } }).error.field).toBe('votes');
    const self = (await call(app, 'GET', `${room.base}/participants/me`, auth)).json as ParticipantSelf;
    expect(self).toMatchObject({
      dotsPerParticipant: 2,
      dotsUsed: { [room.cycleId]: 2 },
      votedEntries: { [entry.id]: 2 },
    });
    // Taking a dot back frees it; the facilitator's own dots are not counted against anyone.
    expect(((await call(app, 'DELETE', votes, auth)).json as VoteTally).votes).toBe(1);
    expect(((await call(app, 'POST', votes, { token: room.facilitator })).json as VoteTally).votes).toBe(2);
    expect((await call(app, 'POST', votes, auth)).status).toBe(200);
  });

  it('a participant cannot take back another participant’s dot', async () => {
    const room = await openRoom(app);
    const [a, b] = [await join(app, room), await join(app, room)];
    const entry = (
      await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
        token: room.participantToken,
        voterKey: a.voterKey,
        body: note,
      })
    ).json as Entry;
    const votes = `${room.base}/entries/${entry.id}/votes`;
    await call(app, 'POST', votes, { token: room.participantToken, voterKey: a.voterKey });
    const removed = await call(app, 'DELETE', votes, { token: room.participantToken, voterKey: b.voterKey });
    expect((removed.json as VoteTally).votes).toBe(1);
  });
});

describe('idempotency keys', () => {
  it('a retried write with the same key writes once and gets the first answer again', async () => {
    const room = await openRoom(app);
    const me = await join(app, room);
    const request = {
      token: room.participantToken,
      voterKey: me.voterKey,
      idempotencyKey: 'phone-retry-0001',
      body: note,
    };
    const url = `${room.base}/cycles/${room.cycleId}/entries`;
    const [first, second] = await Promise.all([
      call(app, 'POST', url, request),
      call(app, 'POST', url, request),
    ]);
    const third = await call(app, 'POST', url, request);
    expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);
    expect(new Set([first.text, second.text, third.text]).size).toBe(1);
    expect(third.headers.get('idempotency-replayed')).toBe('true');
    const workshop = (await call(app, 'GET', room.base)).json as Workshop;
    expect(workshop.cycles[0]?.entries).toHaveLength(1);
  });

  it('rejects a malformed key with 400 naming the header', async () => {
    const room = await openRoom(app);
    const response = await call(app, 'PATCH', room.base, {
      token: room.facilitator,
      idempotencyKey: 'a b',
      body: { title: 'x', version: 1 },
    });
    expect(response.status).toBe(400);
    expect((response.json as { error: { field: string } }).error.field).toBe('idempotency-key');
  });
});
