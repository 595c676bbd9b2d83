import { afterAll, describe, expect, it } from 'vitest';
import {
  type CreateWorkshopResponse,
  type Entry,
  type WorkshopComment,
  WorkshopEvent,
  WorkshopExport,
} from '../../../data/contract';
import { GNOSJO, tempDatabase, workshopApp } from '../workshop/support';
import { call, join, openRoom } from './live-support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

const XSS = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>';

async function roomWithEntry() {
  const room = await openRoom(app);
  const entry = await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
    token: room.facilitator,
    body: {
      kind: 'obstacle',
      text: 'Svårt att rekrytera svetsare',
      links: [{ indicatorId: 'population_total', municipality: GNOSJO }],
    },
  });
  expect(entry.status).toBe(201);
  return { room, entry: entry.json as Entry };
}

describe('comments on entries', () => {
  it('a joined participant comments, the text stays as typed, and the live log names the comment', async () => {
    const { room, entry } = await roomWithEntry();
    const { voterKey, participantId } = await join(app, room);
    const before = (await call(app, 'GET', `${room.base}/events.json`)).json as { latestSeq: number };

    const added = await call(app, 'POST', `${room.base}/entries/${entry.id}/comments`, {
      token: room.participantToken,
      voterKey,
      body: { text: XSS },
    });
    expect(added.status).toBe(201);
    const comment = added.json as WorkshopComment;
    expect(comment).toMatchObject({
      entryId: entry.id,
      text: XSS,
      author: { role: 'participant', participantId },
    });

    const list = await call(app, 'GET', `${room.base}/comments`);
    expect(list.status).toBe(200);
    expect(list.json).toEqual([comment]);
    const events = (await call(app, 'GET', `${room.base}/events.json?after=${before.latestSeq}`)).json as {
      events: unknown[];
    };
    expect(events.events.map((e) => WorkshopEvent.parse(e))).toMatchObject([
      { type: 'comment_added', subjectId: comment.id, data: { entryId: entry.id } },
    ]);
  });

  it("refuses a device that has not joined, and lets only the facilitator delete others' comments", async () => {
    const { room, entry } = await roomWithEntry();
    const url = `${room.base}/entries/${entry.id}/comments`;
    const anonymous = await call(app, 'POST', url, { token: room.participantToken, body: { text: 'hej' } });
    expect(anonymous.status).toBe(403);
    expect(await call(app, 'POST', url, { body: { text: 'hej' } })).toMatchObject({ status: 403 });

    const alice = await join(app, room);
    const bob = await join(app, room);
    const byAlice = (
      await call(app, 'POST', url, {
        token: room.participantToken,
        voterKey: alice.voterKey,
        body: { text: 'Alice' },
      })
    ).json as WorkshopComment;
    const byFacilitator = (
      await call(app, 'POST', url, { token: room.facilitator, body: { text: 'Facilitatorn' } })
    ).json as WorkshopComment;
    expect(byFacilitator.author).toEqual({ role: 'facilitator', participantId: null });

    const asBob = { token: room.participantToken, voterKey: bob.voterKey };
    expect((await call(app, 'DELETE', `${room.base}/comments/${byAlice.id}`, asBob)).status).toBe(403);
    expect((await call(app, 'DELETE', `${room.base}/comments/${byFacilitator.id}`, asBob)).status).toBe(403);
    const asAlice = { token: room.participantToken, voterKey: alice.voterKey };
    expect((await call(app, 'DELETE', `${room.base}/comments/${byAlice.id}`, asAlice)).status).toBe(204);
    expect((await call(app, 'DELETE', `${room.base}/comments/${byAlice.id}`, asAlice)).status).toBe(404);
    const asFacilitator = { token: room.facilitator };
    expect(
      (await call(app, 'DELETE', `${room.base}/comments/${byFacilitator.id}`, asFacilitator)).status,
    ).toBe(204);
    expect((await call(app, 'GET', `${room.base}/comments`)).json).toEqual([]);
  });

  it('answers 400 for an empty or oversized comment and 404 for an unknown entry, naming the field', async () => {
    const { room, entry } = await roomWithEntry();
    const url = `${room.base}/entries/${entry.id}/comments`;
    const empty = await call(app, 'POST', url, { token: room.facilitator, body: { text: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.json).toMatchObject({ error: { field: 'text' } });
    const long = await call(app, 'POST', url, { token: room.facilitator, body: { text: 'x'.repeat(1001) } });
    expect(long.status).toBe(400);
    const unknown = await call(app, 'POST', `${room.base}/entries/${'a'.repeat(22)}/comments`, {
      token: room.facilitator,
      body: { text: 'hej' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { field: 'entryId' } });
  });
});

describe("a workshop's whole life", () => {
  it('exports one versioned file that imports under new ids and secrets with the frozen figures unchanged', async () => {
    const { room, entry } = await roomWithEntry();
    const org = room.workshop.organisations[0]!;
    const { voterKey } = await join(app, room, org.id);
    const asParticipant = { token: room.participantToken, voterKey };
    await call(app, 'POST', `${room.base}/entries/${entry.id}/votes`, asParticipant);
    await call(app, 'POST', `${room.base}/entries/${entry.id}/votes`, { token: room.facilitator });
    await call(app, 'POST', `${room.base}/entries/${entry.id}/comments`, {
      ...asParticipant,
      body: { text: XSS },
    });
    await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
      token: room.facilitator,
      body: { kind: 'action', text: 'Starta lärlingsprogram', action: { ownerOrganisationId: org.id } },
    });
    await call(app, 'PUT', `${room.base}/cycles/${room.cycleId}/record`, {
      token: room.facilitator,
      body: { attendance: [org.id], minutes: 'Vi träffades i Gnosjö.', version: 0 },
    });
    await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/decisions`, {
      token: room.facilitator,
      body: { text: 'Följ upp i maj', ownerOrganisationId: org.id, reviewDate: '2026-05-26' },
    });

    const exported = await call(app, 'GET', `${room.base}/export.json`);
    const file = WorkshopExport.parse(exported.json);
    expect(file).toMatchObject({ format: 'kompetensatlas-workshop', version: 1, comments: [{ text: XSS }] });

    const imported = await call(app, 'POST', '/api/workshops/import', { body: exported.json });
    expect(imported.status).toBe(201);
    const copy = imported.json as CreateWorkshopResponse;
    expect(copy.workshop.id).not.toBe(room.workshop.id);
    expect(copy.editToken).not.toBe(room.facilitator);
    expect(copy.participantToken).not.toBe(room.participantToken);

    const original = file.workshop;
    const [cycleThen, cycleNow] = [original.cycles[0]!, copy.workshop.cycles[0]!];
    expect(cycleNow.id).not.toBe(cycleThen.id);
    expect(copy.workshop.organisations.map((o) => o.name)).toEqual(original.organisations.map((o) => o.name));
    expect(copy.workshop.organisations[0]!.id).not.toBe(org.id);
    const entryNow = cycleNow.entries.find((e) => e.kind === 'obstacle')!;
    const entryThen = cycleThen.entries.find((e) => e.kind === 'obstacle')!;
    expect(entryNow.id).not.toBe(entryThen.id);
    // The frozen figure: value, year, source, build and linking time exactly as they were.
    expect(entryNow.links).toEqual(entryThen.links);
    expect(entryNow.links[0]?.value).toEqual(expect.any(Number));
    expect(entryNow).toMatchObject({
      text: entryThen.text,
      votes: 2,
      buildId: entryThen.buildId,
      createdAt: entryThen.createdAt,
    });
    expect(entryNow.author).toEqual({ role: 'facilitator', participantId: null });
    const action = cycleNow.entries.find((e) => e.kind === 'action')!;
    expect(action.action?.ownerOrganisationId).toBe(copy.workshop.organisations[0]!.id);
    expect(cycleNow).toMatchObject({
      attendance: [copy.workshop.organisations[0]!.id],
      minutes: 'Vi träffades i Gnosjö.',
    });
    expect(cycleNow.decisions[0]).toMatchObject({
      text: 'Följ upp i maj',
      ownerOrganisationId: copy.workshop.organisations[0]!.id,
    });
    const comments = (await call(app, 'GET', `/api/workshops/${copy.workshop.id}/comments`))
      .json as WorkshopComment[];
    expect(comments).toMatchObject([{ entryId: entryNow.id, text: XSS, author: { role: 'participant' } }]);
    expect(comments[0]?.author.participantId).not.toBe(file.comments[0]?.author.participantId);
    expect(copy.workshop.updatedAt).toBe(original.updatedAt);

    // The new secrets work in the new workshop, the old ones do not.
    const edit = await call(app, 'PATCH', `/api/workshops/${copy.workshop.id}`, {
      token: copy.editToken,
      body: { title: 'Kopia', version: copy.workshop.version },
    });
    expect(edit.status).toBe(200);
    const old = await call(app, 'PATCH', `/api/workshops/${copy.workshop.id}`, {
      token: room.facilitator,
      body: { title: 'x', version: copy.workshop.version + 1 },
    });
    expect(old.status).toBe(403);
  });

  it('refuses a file of another kind or with a dangling reference, with the field at fault, and writes nothing', async () => {
    const { room } = await roomWithEntry();
    const file = (await call(app, 'GET', `${room.base}/export.json`)).json as WorkshopExport;
    const wrongKind = await call(app, 'POST', '/api/workshops/import', {
      body: { ...file, format: 'something-else' },
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.json).toMatchObject({ error: { field: 'format' } });
    const wrongVersion = await call(app, 'POST', '/api/workshops/import', { body: { ...file, version: 2 } });
    expect(wrongVersion.status).toBe(400);

    const dangling = structuredClone(file);
    dangling.workshop.cycles[0]!.entries[0]!.organisationId = 'b'.repeat(22);
    const before = (store.db.prepare('SELECT COUNT(*) AS n FROM workshops').get() as { n: number }).n;
    const refused = await call(app, 'POST', '/api/workshops/import', { body: dangling });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ error: { field: 'workshop.cycles.0.entries.0.organisationId' } });
    expect((store.db.prepare('SELECT COUNT(*) AS n FROM workshops').get() as { n: number }).n).toBe(before);
  });

  it('erases for good only with the facilitator secret typed again; the soft delete stays restorable', async () => {
    const { room } = await roomWithEntry();
    const erase = `${room.base}/erase`;
    expect((await call(app, 'DELETE', room.base, { token: room.facilitator })).status).toBe(204);
    expect((await call(app, 'POST', `${room.base}/restore`, { token: room.facilitator })).status).toBe(200);

    const participant = await call(app, 'POST', erase, {
      token: room.participantToken,
      body: { confirm: room.participantToken },
    });
    expect(participant.status).toBe(403);
    const mistyped = await call(app, 'POST', erase, {
      token: room.facilitator,
      body: { confirm: `${room.facilitator}x` },
    });
    expect(mistyped.status).toBe(403);
    expect(mistyped.json).toMatchObject({ error: { field: 'confirm' } });
    expect((await call(app, 'POST', erase, { token: room.facilitator, body: {} })).status).toBe(400);
    expect((await call(app, 'GET', room.base)).status).toBe(200);

    const erased = await call(app, 'POST', erase, {
      token: room.facilitator,
      body: { confirm: room.facilitator },
    });
    expect(erased.status).toBe(204);
    expect((await call(app, 'GET', room.base)).status).toBe(404);
    expect((await call(app, 'POST', `${room.base}/restore`, { token: room.facilitator })).status).toBe(404);
    const rows = store.db
      .prepare(
        'SELECT (SELECT COUNT(*) FROM entries WHERE workshop_id = ?) + (SELECT COUNT(*) FROM workshops WHERE id = ?) AS n',
      )
      .get(room.workshop.id, room.workshop.id) as { n: number };
    expect(rows.n).toBe(0);
  });
});
