import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CreateWorkshopResponse,
  IndexResponse,
  Outcome,
  WorkshopExport,
  StaleWeightingBody,
  WorkshopEvent,
  WorkshopWeighting,
  WorkshopWeightings,
} from '../../../data/contract';
import { readDocx } from '../../support/read-docx';
import { GNOSJO, tempDatabase, testBuild, workshopApp } from '../workshop/support';
import { call, join, openRoom, type Room } from './live-support';

/**
 * Stakeholder weightings over HTTP (issue 15 §8): the ranks are computed on the server by the index model and
 * frozen; saves are versioned; only the facilitator or the organisation's own participant saves; the report shows
 * them side by side in both languages, and a later build that lacks an indicator names it as unavailable.
 */
const db = tempDatabase();
const build = testBuild();
const { app, store } = workshopApp({ file: db.file, build });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

const errorOf = (json: unknown) => (json as { error: { code: string; field: string | null } }).error;
const weightSet = (weights: Record<string, number>) => ({ framework: 'default', weights });

let room: Room;
let municipality: string;
let firm: string;
beforeAll(async () => {
  room = await openRoom(app);
  [municipality, , firm] = room.workshop.organisations.map((o) => o.id) as [string, string, string];
});

const save = (organisationId: string, body: unknown, auth: { token?: string; voterKey?: string }) =>
  call(app, 'PUT', `${room.base}/weightings/${organisationId}`, { ...auth, body });

describe('stakeholder weightings', () => {
  it('saves the ranks the index model gives for the weight set from this build, frozen with its build id', async () => {
    const saved = await save(
      firm,
      { weightSet: weightSet({ work: 3, housing: 1 }) },
      { token: room.facilitator },
    );
    expect(saved.status).toBe(200);
    const weighting = saved.json as WorkshopWeighting;
    const index = (await call(app, 'GET', '/api/index?weights=work:3,housing:1&draws=0'))
      .json as IndexResponse;
    expect(weighting.buildId).toBe(build.manifest.buildId);
    expect(weighting.weightSet).toMatchObject({ framework: 'default', weights: { work: 3, housing: 1 } });
    expect(weighting.weightSet.buildId).toBe(build.manifest.buildId);
    expect(weighting.version).toBe(1);
    expect(weighting.savedByParticipantId).toBeNull();
    expect(weighting.n).toBe(index.result.n);
    expect(weighting.ranks).toEqual(Object.fromEntries(index.result.rows.map((row) => [row.code, row.rank])));
    expect(weighting.ranks[GNOSJO]).toBe(index.result.rows.find((row) => row.code === GNOSJO)?.rank);
    expect(weighting.pillars).toEqual(
      index.result.pillars.map((p) => ({ id: p.id, title: p.title, share: p.weight })),
    );
    expect(weighting.indicators).toEqual(index.result.indicators.map((i) => i.id));

    const read = (await call(app, 'GET', `${room.base}/weightings`)).json as WorkshopWeightings;
    expect(read).toEqual({
      buildId: build.manifest.buildId,
      weightings: [{ ...weighting, unavailable: [] }],
    });
    const events = (await call(app, 'GET', `${room.base}/events.json?after=0`)).json as {
      events: WorkshopEvent[];
    };
    expect(events.events.at(-1)).toMatchObject({ type: 'weighting_saved', subjectId: firm });
  });

  it('refuses a save without the current version with 409 and the weighting as it is now', async () => {
    const current = (await call(app, 'GET', `${room.base}/weightings`)).json as WorkshopWeightings;
    const stored = current.weightings.find((w) => w.organisationId === firm)!;
    const withoutVersion = await save(
      firm,
      { weightSet: weightSet({ work: 1 }) },
      { token: room.facilitator },
    );
    expect(withoutVersion.status).toBe(409);
    const body = withoutVersion.json as StaleWeightingBody;
    expect(body.error).toMatchObject({ code: 'stale_version', field: 'version' });
    expect(body.current.version).toBe(stored.version);
    const next = await save(
      firm,
      { weightSet: weightSet({ work: 1 }), version: stored.version },
      { token: room.facilitator },
    );
    expect(next.status).toBe(200);
    expect((next.json as WorkshopWeighting).version).toBe(stored.version + 1);
    const stale = await save(
      firm,
      { weightSet: weightSet({ work: 5 }), version: stored.version },
      { token: room.facilitator },
    );
    expect(stale.status).toBe(409);
    expect((stale.json as StaleWeightingBody).current.weightSet.weights).toEqual({ work: 1 });
  });

  it("lets a participant save only its own organisation's weighting (403 otherwise)", async () => {
    const ofMunicipality = await join(app, room, municipality);
    const unattached = await join(app, room, null);
    const auth = { token: room.participantToken, voterKey: ofMunicipality.voterKey };
    const other = await save(firm, { weightSet: weightSet({ work: 1 }), version: 2 }, auth);
    expect(other.status).toBe(403);
    expect(errorOf(other.json).code).toBe('forbidden');
    const loose = await save(
      municipality,
      { weightSet: weightSet({ housing: 2 }) },
      { token: room.participantToken, voterKey: unattached.voterKey },
    );
    expect(loose.status).toBe(403);
    const noSecret = await save(municipality, { weightSet: weightSet({ housing: 2 }) }, {});
    expect(noSecret.status).toBe(403);
    const own = await save(municipality, { weightSet: weightSet({ housing: 2 }) }, auth);
    expect(own.status).toBe(200);
    expect((own.json as WorkshopWeighting).savedByParticipantId).toBe(ofMunicipality.participantId);
    const list = (await call(app, 'GET', `${room.base}/weightings`)).json as WorkshopWeightings;
    expect(list.weightings.map((w) => w.organisationId)).toEqual([municipality, firm]);
  });

  it('answers 404 for an unknown organisation or workshop', async () => {
    const unknownOrganisation = await save(
      room.cycleId,
      { weightSet: weightSet({ work: 1 }) },
      {
        token: room.facilitator,
      },
    );
    expect(unknownOrganisation.status).toBe(404);
    expect(errorOf(unknownOrganisation.json).field).toBe('organisationId');
    const unknownWorkshop = await call(app, 'GET', `/api/workshops/${room.cycleId}/weightings`);
    expect(unknownWorkshop.status).toBe(404);
  });

  it('answers 400 naming the field of a bad weight set', async () => {
    const cases: [unknown, string][] = [
      [{ framework: 'default', weights: { work: -1 } }, 'weightSet.weights.work'],
      [
        {
          framework: 'default',
          weights: { work: 0, skills: 0, housing: 0, reach: 0, services: 0, outlook: 0 },
        },
        'weightSet.weights',
      ],
      [{ framework: 'default', weights: { nonsense_pillar: 1 } }, 'weightSet.weights'],
      [{ framework: 'unknown-one' }, 'weightSet.framework'],
      [
        { framework: 'default', directions: { population_total: 'sideways' } },
        'weightSet.directions.population_total',
      ],
      [
        { framework: 'default', added: [{ pillar: 'work', id: 'no_such_indicator', direction: 'better' }] },
        'weightSet.added',
      ],
    ];
    for (const [set, field] of cases) {
      const response = await save(firm, { weightSet: set, version: 2 }, { token: room.facilitator });
      expect(response.status, JSON.stringify(set)).toBe(400);
      expect(errorOf(response.json).field, JSON.stringify(set)).toBe(field);
    }
  });

  it('puts the weightings side by side in the DOCX report, in Swedish and in English', async () => {
    const sv = readDocx(
      new Uint8Array(await (await app.request(`${room.base}/report.docx?lang=sv`)).arrayBuffer()),
    );
    const en = readDocx(
      new Uint8Array(await (await app.request(`${room.base}/report.docx?lang=en`)).arrayBuffer()),
    );
    const list = (await call(app, 'GET', `${room.base}/weightings`)).json as WorkshopWeightings;
    const rankOf = (organisationId: string) => {
      const w = list.weightings.find((x) => x.organisationId === organisationId)!;
      return [w.ranks[GNOSJO], w.n] as const;
    };
    const [mRank, mN] = rankOf(municipality);
    const [fRank, fN] = rankOf(firm);
    const afterHeading = (paragraphs: string[], heading: string) =>
      paragraphs.slice(paragraphs.indexOf(heading) + 1);
    const svTable = afterHeading(sv.paragraphs, 'Aktörernas viktningar');
    expect(svTable.slice(0, 3)).toEqual(['Viktning', 'Gnosjö kommun', 'Exempelgjuteriet AB']);
    expect(svTable).toContain('Rang för Gnosjö');
    expect(svTable[svTable.indexOf('Rang för Gnosjö') + 1]).toBe(`${mRank} av ${mN}`);
    expect(svTable[svTable.indexOf('Rang för Gnosjö') + 2]).toBe(`${fRank} av ${fN}`);
    expect(svTable).toContain('Vikt: Arbete');
    expect(svTable[svTable.indexOf('Databygge') + 1]).toBe(build.manifest.buildId);
    const enTable = afterHeading(en.paragraphs, "Stakeholders' weightings");
    expect(enTable.slice(0, 3)).toEqual(['Weighting', 'Gnosjö kommun', 'Exempelgjuteriet AB']);
    expect(enTable[enTable.indexOf('Rank of Gnosjö') + 2]).toBe(`${fRank} of ${fN}`);
    expect(enTable).toContain('Weight: Work');
    expect(en.xml).not.toContain('Aktörernas viktningar');
  });

  it('keeps the frozen ranks under a later build, says so, and names an indicator the build lacks', async () => {
    const saved = (await call(app, 'GET', `${room.base}/weightings`)).json as WorkshopWeightings;
    const dropped = saved.weightings[0]!.indicators[0]!;
    const indicatorById = new Map(build.indicatorById);
    indicatorById.delete(dropped);
    const later = workshopApp({
      file: db.file,
      store,
      build: { ...build, indicatorById, manifest: { ...build.manifest, buildId: 'later-build' } },
    }).app;
    const read = (await call(later, 'GET', `${room.base}/weightings`)).json as WorkshopWeightings;
    expect(read.buildId).toBe('later-build');
    expect(read.weightings.map((w) => ({ ...w, unavailable: [] }))).toEqual(
      saved.weightings.map((w) => ({ ...w, unavailable: [] })),
    );
    expect(read.weightings.map((w) => w.unavailable)).toEqual(saved.weightings.map(() => [dropped]));
    const en = readDocx(
      new Uint8Array(await (await later.request(`${room.base}/report.docx?lang=en`)).arrayBuffer()),
    );
    expect(en.paragraphs).toContain(`${build.manifest.buildId} (older build)`);
    expect(en.paragraphs).toContain(
      `Gnosjö kommun: saved with an older data build (${build.manifest.buildId}; now later-build). The ranks are as they were then.`,
    );
    expect(
      en.paragraphs.some(
        (p) =>
          p.startsWith('Gnosjö kommun: ') && p.endsWith('is not in the current data build (unavailable).'),
      ),
    ).toBe(true);
  });
});

describe('a workshop file carries outcomes and weightings', () => {
  it('exports them and imports them under new ids with the frozen ranks, figures and build ids unchanged', async () => {
    const action = await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, {
      token: room.facilitator,
      body: { kind: 'action', text: 'Bostadsgaranti för nyanställda', action: { ownerOrganisationId: firm } },
    });
    const outcome = await call(app, 'POST', `${room.base}/outcomes`, {
      token: room.facilitator,
      body: {
        statement: 'Fem nyanställda fick bostad',
        actionIds: [(action.json as { id: string }).id],
        evidence: [{ kind: 'indicator', indicatorId: 'population_total', municipality: GNOSJO }],
      },
    });
    expect(outcome.status).toBe(201);
    const file = (await call(app, 'GET', `${room.base}/export.json`)).json as WorkshopExport;
    expect(file.outcomes).toHaveLength(1);
    expect(file.weightings.map((w) => w.organisationId)).toEqual([municipality, firm]);

    const imported = await call(app, 'POST', '/api/workshops/import', { body: file });
    expect(imported.status).toBe(201);
    const copy = (imported.json as CreateWorkshopResponse).workshop;
    const base = `/api/workshops/${copy.id}`;
    const [newMunicipality, , newFirm] = copy.organisations.map((o) => o.id);
    const weightings = (await call(app, 'GET', `${base}/weightings`)).json as WorkshopWeightings;
    expect(weightings.weightings.map((w) => w.organisationId)).toEqual([newMunicipality, newFirm]);
    weightings.weightings.forEach((w, i) => {
      const original = file.weightings[i]!;
      expect(w).toMatchObject({
        version: 1,
        buildId: original.buildId,
        ranks: original.ranks,
        n: original.n,
      });
      expect(w.weightSet).toEqual(original.weightSet);
      expect(w.pillars).toEqual(original.pillars);
    });
    const participantSaved = weightings.weightings[0]!.savedByParticipantId;
    expect(participantSaved).not.toBeNull();
    expect(participantSaved).not.toBe(file.weightings[0]!.savedByParticipantId);

    const outcomes = (await call(app, 'GET', `${base}/outcomes`)).json as Outcome[];
    const newAction = copy.cycles[0]!.entries.find((e) => e.text === 'Bostadsgaranti för nyanställda')!;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({
      statement: 'Fem nyanställda fick bostad',
      actionIds: [newAction.id],
    });
    expect(outcomes[0]!.id).not.toBe(file.outcomes[0]!.id);
    expect(outcomes[0]!.evidence).toEqual(file.outcomes[0]!.evidence);
  });

  it('reads a file from before outcomes and weightings as having none', async () => {
    const {
      outcomes: _o,
      weightings: _w,
      ...older
    } = (await call(app, 'GET', `${room.base}/export.json`)).json as WorkshopExport;
    const imported = await call(app, 'POST', '/api/workshops/import', { body: older });
    expect(imported.status).toBe(201);
    const id = (imported.json as CreateWorkshopResponse).workshop.id;
    expect(
      ((await call(app, 'GET', `/api/workshops/${id}/weightings`)).json as WorkshopWeightings).weightings,
    ).toEqual([]);
  });
});
