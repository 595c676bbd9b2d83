import { afterAll, describe, expect, it } from 'vitest';
import type { AtlasBuild } from '../../../api/build/atlas-build';
import type { Entry, SinceLastTime } from '../../../data/contract';
import { createGnosjoWorkshop, GNOSJO, send, tempDatabase, testBuild, workshopApp } from './support';

/** The real build as it would have looked before later years were published: a stand-in for an older build. */
function buildUpTo(lastYear: number): AtlasBuild {
  const build = testBuild();
  const seriesByIndicator = new Map(
    [...build.seriesByIndicator].map(([id, byYear]) => [
      id,
      new Map([...byYear].filter(([year]) => year <= lastYear)),
    ]),
  );
  return { ...build, seriesByIndicator, manifest: { ...build.manifest, buildId: 'a0a0a0a0a0a0a0a0' } };
}

/** The real build with the indicator gone from the catalogue, or with one of its years gone. */
function buildWithout(indicatorId: string, year?: number): AtlasBuild {
  const build = testBuild();
  const indicatorById = new Map(build.indicatorById);
  const seriesByIndicator = new Map(build.seriesByIndicator);
  if (year === undefined) {
    indicatorById.delete(indicatorId);
    seriesByIndicator.delete(indicatorId);
  } else {
    const byYear = new Map(seriesByIndicator.get(indicatorId));
    byYear.delete(year);
    seriesByIndicator.set(indicatorId, byYear);
  }
  return { ...build, indicatorById, seriesByIndicator };
}

const db = tempDatabase();
const then = workshopApp({ file: db.file, build: buildUpTo(2020) });
const now = workshopApp({ file: db.file, store: then.store });
const withoutPopulation = workshopApp({
  file: db.file,
  store: then.store,
  build: buildWithout('population_total'),
});
const withoutYear2020 = workshopApp({
  file: db.file,
  store: then.store,
  build: buildWithout('population_total', 2020),
});
afterAll(async () => {
  await then.store.close();
  db.cleanup();
});

describe('"since last time" when cycle 2 opens', () => {
  it("shows cycle 1's actions with their status and each linked indicator's value then and now", async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(then.app);
    const base = `/api/workshops/${workshop.id}`;
    const [cycle1, cycle2] = workshop.cycles;
    const owner = workshop.organisations[0]?.id;
    const obstacle = (
      await send(
        then.app,
        'POST',
        `${base}/cycles/${cycle1?.id}/entries`,
        {
          kind: 'obstacle',
          text: 'Befolkningen minskar',
          links: [{ indicatorId: 'population_total', municipality: GNOSJO }],
        },
        editToken,
      )
    ).json as Entry;
    const action = (
      await send(
        then.app,
        'POST',
        `${base}/cycles/${cycle1?.id}/entries`,
        { kind: 'action', text: 'Välkomstpaket för inflyttare', action: { ownerOrganisationId: owner } },
        editToken,
      )
    ).json as Entry;
    await send(
      now.app,
      'PUT',
      `${base}/entries/${action.id}/status`,
      { status: 'done', version: action.version },
      editToken,
    );
    await send(
      now.app,
      'POST',
      `${base}/cycles/${cycle2?.id}/entries`,
      { kind: 'action', text: 'Ny', action: { ownerOrganisationId: owner } },
      editToken,
    );

    const response = await send(now.app, 'GET', `${base}/cycles/2/since-last-time`);
    expect(response.status).toBe(200);
    const since = response.json as SinceLastTime;
    expect(since.previous?.number).toBe(1);
    expect(since.actions.map((a) => [a.text, a.action?.status])).toEqual([
      ['Välkomstpaket för inflyttare', 'done'],
    ]);

    const population = testBuild().seriesByIndicator.get('population_total');
    const latestYear = Math.max(...(population?.keys() ?? []));
    expect(since.indicators).toHaveLength(1);
    const [comparison] = since.indicators;
    expect(comparison).toMatchObject({
      entryId: obstacle.id,
      indicatorId: 'population_total',
      municipality: GNOSJO,
      then: { year: 2020, value: population?.get(2020)?.municipalities[GNOSJO], buildId: 'a0a0a0a0a0a0a0a0' },
      now: {
        year: latestYear,
        value: population?.get(latestYear)?.municipalities[GNOSJO],
        buildId: testBuild().manifest.buildId,
      },
    });
    // The brief's anchor figure: Gnosjö had 9131 inhabitants at the end of 2024 (SCB).
    expect(latestYear).toBe(2024);
    expect(comparison?.now?.value).toBe(9131);
    expect(comparison?.now?.source.publisher).toMatch(/SCB/);
  });

  it('says why "now" is missing, as the card evidence does: indicator gone, year gone', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(then.app);
    const base = `/api/workshops/${workshop.id}`;
    await send(
      then.app,
      'POST',
      `${base}/cycles/${workshop.cycles[0]?.id}/entries`,
      {
        kind: 'obstacle',
        text: 'Få unga',
        links: [{ indicatorId: 'population_total', municipality: GNOSJO }],
      },
      editToken,
    );
    const reading = async (app: typeof then.app) =>
      ((await send(app, 'GET', `${base}/cycles/2/since-last-time`)).json as SinceLastTime).indicators[0];
    // The link was made in a build whose latest year was 2020; a build without 2020 cannot say "now" for it.
    expect(await reading(withoutYear2020.app)).toMatchObject({ now: null, unavailable: 'year_gone' });
    expect(await reading(withoutPopulation.app)).toMatchObject({ now: null, unavailable: 'indicator_gone' });
    expect(await reading(now.app)).toMatchObject({ now: { value: 9131, year: 2024 }, unavailable: null });
  });

  it('has no last time in cycle 1', async () => {
    const { workshop } = await createGnosjoWorkshop(now.app);
    const since = (await send(now.app, 'GET', `/api/workshops/${workshop.id}/cycles/1/since-last-time`))
      .json as SinceLastTime;
    expect(since).toMatchObject({ previous: null, actions: [], indicators: [] });
  });
});
