import { afterAll, describe, expect, it } from 'vitest';
import type { Cycle, SinceLastTime, Workshop } from '../../../data/contract';
import { tempDatabase, workshopApp } from '../workshop/support';
import { call, join, openRoom } from './live-support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

describe('meeting record per cycle', () => {
  it('keeps attendance, minutes and decisions, and lists due decisions in "since last time"', async () => {
    const room = await openRoom(app);
    const [municipality, region, firm] = room.workshop.organisations.map((o) => o.id);
    const [first, second, third] = room.workshop.cycles;
    const auth = { token: room.facilitator };
    const record = await call(app, 'PUT', `${room.base}/cycles/${first?.id}/record`, {
      ...auth,
      body: { attendance: [municipality, firm], minutes: 'Vi gick igenom <b>pendlingen</b>.', version: 0 },
    });
    expect(record.status).toBe(200);
    expect((record.json as Cycle).attendance).toEqual([municipality, firm]);

    // Due at the second meeting (2026-03-24), at the third (2026-05-26), and one with no review date.
    const decide = (text: string, reviewDate: string | null, owner: string | undefined) =>
      call(app, 'POST', `${room.base}/cycles/${first?.id}/decisions`, {
        ...auth,
        body: { text, reviewDate, ownerOrganisationId: owner },
      });
    expect((await decide('Kartlägg lärlingsplatser', '2026-03-01', firm)).status).toBe(201);
    await decide('Följ upp bostäderna', '2026-05-01', region);
    const last = (await decide('Skriv till regionen', null, undefined)).json as Cycle;
    expect(last.decisions.map((d) => d.text)).toEqual([
      'Kartlägg lärlingsplatser',
      'Följ upp bostäderna',
      'Skriv till regionen',
    ]);

    const atSecond = (await call(app, 'GET', `${room.base}/cycles/2/since-last-time`)).json as SinceLastTime;
    expect(atSecond.decisionsDue.map((d) => [d.text, d.cycleNumber, d.ownerOrganisationId])).toEqual([
      ['Kartlägg lärlingsplatser', 1, firm],
    ]);
    const atThird = (await call(app, 'GET', `${room.base}/cycles/3/since-last-time`)).json as SinceLastTime;
    expect(atThird.decisionsDue.map((d) => d.text)).toEqual([
      'Kartlägg lärlingsplatser',
      'Följ upp bostäderna',
    ]);

    const workshop = (await call(app, 'GET', room.base)).json as Workshop;
    expect(workshop.cycles[0]?.minutes).toBe('Vi gick igenom <b>pendlingen</b>.');
    expect(workshop.cycles[1]).toMatchObject({ attendance: [], minutes: '', decisions: [] });
    expect(second && third).toBeTruthy();
  });

  it('validates attendance, and only the facilitator writes the record', async () => {
    const room = await openRoom(app);
    const cycleUrl = `${room.base}/cycles/${room.cycleId}`;
    const unknown = await call(app, 'PUT', `${cycleUrl}/record`, {
      token: room.facilitator,
      body: { attendance: ['A'.repeat(22)], version: 0 },
    });
    expect(unknown.status).toBe(400);
    expect((unknown.json as { error: { field: string } }).error.field).toBe('attendance.0');
    const me = await join(app, room);
    const asParticipant = await call(app, 'POST', `${cycleUrl}/decisions`, {
      token: room.participantToken,
      voterKey: me.voterKey,
      body: { text: 'x' },
    });
    expect(asParticipant.status).toBe(403);
    const missing = await call(app, 'PATCH', `${room.base}/decisions/${'B'.repeat(22)}`, {
      token: room.facilitator,
      body: { text: 'y', version: 1 },
    });
    expect(missing.status).toBe(404);
  });

  it('changes and deletes a decision', async () => {
    const room = await openRoom(app);
    const added = (
      await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/decisions`, {
        token: room.facilitator,
        body: { text: 'Första', reviewDate: '2026-03-01' },
      })
    ).json as Cycle;
    const id = added.decisions[0]?.id ?? '';
    const changed = (
      await call(app, 'PATCH', `${room.base}/decisions/${id}`, {
        token: room.facilitator,
        body: { reviewDate: null, version: 1 },
      })
    ).json as Cycle;
    expect(changed.decisions[0]).toMatchObject({ text: 'Första', reviewDate: null, version: 2 });
    expect(
      (await call(app, 'DELETE', `${room.base}/decisions/${id}`, { token: room.facilitator })).status,
    ).toBe(204);
    const workshop = (await call(app, 'GET', room.base)).json as Workshop;
    expect(workshop.cycles[0]?.decisions).toEqual([]);
  });
});
