import { afterAll, describe, expect, it } from 'vitest';
import type {
  Entry,
  IndicatorCurrent,
  Outcome,
  StaleOutcomeBody,
  WorkshopEvent,
} from '../../../data/contract';
import { GNOSJO, tempDatabase, workshopApp } from '../workshop/support';
import { call, join, openRoom, type Room } from './live-support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

async function addAction(room: Room, text: string): Promise<Entry> {
  const owner = room.workshop.organisations[0]?.id;
  const response = await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
    token: room.facilitator,
    body: { kind: 'action', text, action: { ownerOrganisationId: owner } },
  });
  expect(response.status).toBe(201);
  return response.json as Entry;
}

const errorField = (json: unknown) => (json as { error: { field: string | null } }).error.field;

describe('outcomes register', () => {
  it('records an outcome with contributing actions and frozen indicator evidence; anyone reads it', async () => {
    const room = await openRoom(app);
    const action = await addAction(room, 'Gemensam lärlingsdag med gymnasiet');
    const created = await call(app, 'POST', `${room.base}/outcomes`, {
      token: room.facilitator,
      body: {
        statement: 'Fler lärlingsplatser i gjuterierna',
        actionIds: [action.id],
        evidence: [
          { kind: 'indicator', indicatorId: 'population_total', municipality: GNOSJO },
          {
            kind: 'source',
            citation: 'Protokoll från yrkesrådet, maj 2026',
            url: 'https://example.org/p.pdf',
          },
        ],
        status: 'partly_achieved',
      },
    });
    expect(created.status).toBe(201);
    const outcome = created.json as Outcome;
    const now = (await call(app, 'GET', `${room.base}/indicators?ids=population_total`))
      .json as IndicatorCurrent[];
    expect(outcome).toMatchObject({
      statement: 'Fler lärlingsplatser i gjuterierna',
      actionIds: [action.id],
      status: 'partly_achieved',
      version: 1,
    });
    expect(outcome.evidence[0]).toMatchObject({
      kind: 'indicator',
      indicatorId: 'population_total',
      municipality: GNOSJO,
      value: now[0]?.value,
      year: now[0]?.year,
      buildId: now[0]?.buildId,
      source: now[0]?.source,
    });
    expect(outcome.evidence[1]).toEqual({
      kind: 'source',
      citation: 'Protokoll från yrkesrådet, maj 2026',
      url: 'https://example.org/p.pdf',
    });

    const read = await call(app, 'GET', `${room.base}/outcomes`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual([outcome]);
  });

  it('refuses an outcome without evidence, naming the field (400)', async () => {
    const room = await openRoom(app);
    const post = (body: unknown) =>
      call(app, 'POST', `${room.base}/outcomes`, { token: room.facilitator, body });
    const empty = await post({ statement: 'Bättre pendling', evidence: [] });
    expect(empty.status).toBe(400);
    expect(errorField(empty.json)).toBe('evidence');
    expect(JSON.stringify(empty.json)).toMatch(/at least one piece of evidence/);
    const absent = await post({ statement: 'Bättre pendling' });
    expect(absent.status).toBe(400);
    expect(errorField(absent.json)).toBe('evidence');
    const unknown = await post({
      statement: 'Bättre pendling',
      evidence: [
        { kind: 'source', citation: 'Rapport' },
        { kind: 'indicator', indicatorId: 'no_such_indicator', municipality: GNOSJO },
      ],
    });
    expect(unknown.status).toBe(400);
    expect(errorField(unknown.json)).toBe('evidence.1.indicatorId');
    const badUrl = await post({
      statement: 'Bättre pendling',
      evidence: [{ kind: 'source', citation: 'Rapport', url: 'javascript:alert(1)' }],
    });
    expect(badUrl.status).toBe(400);
    expect(errorField(badUrl.json)).toBe('evidence.0.url');
    const obstacle = (
      await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
        token: room.facilitator,
        body: { kind: 'obstacle', text: 'Få bostäder' },
      })
    ).json as Entry;
    const notAction = await post({
      statement: 'Bättre pendling',
      actionIds: [obstacle.id],
      evidence: [{ kind: 'source', citation: 'Rapport' }],
    });
    expect(notAction.status).toBe(400);
    expect(errorField(notAction.json)).toBe('actionIds.0');
    expect((await call(app, 'GET', `${room.base}/outcomes`)).json).toEqual([]);
  });

  it('only the facilitator writes outcomes; participants and the read link get 403', async () => {
    const room = await openRoom(app);
    const participant = await join(app, room);
    const body = { statement: 'Nytt utbildningsspår', evidence: [{ kind: 'source', citation: 'Beslut KS' }] };
    const asParticipant = await call(app, 'POST', `${room.base}/outcomes`, {
      token: room.participantToken,
      voterKey: participant.voterKey,
      body,
    });
    expect(asParticipant.status).toBe(403);
    expect((await call(app, 'POST', `${room.base}/outcomes`, { body })).status).toBe(403);
    const unknownWorkshop = await call(app, 'GET', `/api/workshops/${'x'.repeat(22)}/outcomes`);
    expect(unknownWorkshop.status).toBe(404);
  });

  it('changes with optimistic concurrency (409 with the current outcome), keeps frozen figures, logs live events', async () => {
    const room = await openRoom(app);
    const first = await addAction(room, 'Studiebesök');
    const second = await addAction(room, 'Mentorprogram');
    const outcome = (
      await call(app, 'POST', `${room.base}/outcomes`, {
        token: room.facilitator,
        body: {
          statement: 'Fler praktikplatser',
          actionIds: [first.id],
          evidence: [{ kind: 'indicator', indicatorId: 'population_total', municipality: GNOSJO }],
        },
      })
    ).json as Outcome;
    const url = `${room.base}/outcomes/${outcome.id}`;
    const changed = await call(app, 'PATCH', url, {
      token: room.facilitator,
      body: {
        version: 1,
        status: 'achieved',
        actionIds: [first.id, second.id],
        evidence: [
          { kind: 'indicator', indicatorId: 'population_total', municipality: GNOSJO },
          { kind: 'source', citation: 'Enkät till företagen' },
        ],
      },
    });
    expect(changed.status).toBe(200);
    const updated = changed.json as Outcome;
    expect(updated).toMatchObject({ status: 'achieved', version: 2, actionIds: [first.id, second.id] });
    // The figure linked first stays as it was then (same linkedAt), not re-read.
    expect(updated.evidence[0]).toEqual(outcome.evidence[0]);

    const stale = await call(app, 'PATCH', url, {
      token: room.facilitator,
      body: { version: 1, statement: 'x' },
    });
    expect(stale.status).toBe(409);
    const body = stale.json as StaleOutcomeBody;
    expect(body.error.field).toBe('version');
    expect(body.current).toEqual(updated);

    // A deleted action drops out of the outcome's list.
    expect(
      (await call(app, 'DELETE', `${room.base}/entries/${second.id}`, { token: room.facilitator })).status,
    ).toBe(204);
    const listed = (await call(app, 'GET', `${room.base}/outcomes`)).json as Outcome[];
    expect(listed[0]?.actionIds).toEqual([first.id]);

    expect((await call(app, 'DELETE', url, { token: room.facilitator })).status).toBe(204);
    expect((await call(app, 'DELETE', url, { token: room.facilitator })).status).toBe(404);
    expect((await call(app, 'GET', `${room.base}/outcomes`)).json).toEqual([]);

    const events = (await call(app, 'GET', `${room.base}/events.json?after=0`)).json as {
      events: WorkshopEvent[];
    };
    expect(
      events.events.filter((e) => e.type.startsWith('outcome_')).map((e) => [e.type, e.subjectId]),
    ).toEqual([
      ['outcome_added', outcome.id],
      ['outcome_updated', outcome.id],
      ['outcome_removed', outcome.id],
    ]);
  });
});
