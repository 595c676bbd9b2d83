import { afterAll, describe, expect, it } from 'vitest';
import type { AtlasBuild } from '../../../api/build/atlas-build';
import type { Entry, SavedMapView, Workshop, WorkshopEvidence } from '../../../data/contract';
import { createGnosjoWorkshop, GNOSJO, send, tempDatabase, testBuild, workshopApp } from './support';

/** The real build with one indicator removed from the catalogue, or with some of its years gone. */
function buildWithout(indicatorId: string, years: readonly number[] | 'all'): AtlasBuild {
  const build = testBuild();
  const indicatorById = new Map(build.indicatorById);
  const seriesByIndicator = new Map(build.seriesByIndicator);
  if (years === 'all') {
    indicatorById.delete(indicatorId);
    seriesByIndicator.delete(indicatorId);
  } else {
    const byYear = new Map(seriesByIndicator.get(indicatorId));
    for (const year of years) byYear.delete(year);
    seriesByIndicator.set(indicatorId, byYear);
  }
  return { ...build, indicatorById, seriesByIndicator, manifest: { ...build.manifest, buildId: 'b2b2b2b2' } };
}

const db = tempDatabase();
const current = workshopApp({ file: db.file });
const indicatorGone = workshopApp({
  file: db.file,
  store: current.store,
  build: buildWithout('population_total', 'all'),
});
const yearGone = workshopApp({
  file: db.file,
  store: current.store,
  build: buildWithout('population_total', [2024]),
});
afterAll(async () => {
  await current.store.close();
  db.cleanup();
});

const population = testBuild().seriesByIndicator.get('population_total');

/** A new Gnosjö workshop with one entry in its first cycle, written by the facilitator. */
async function workshopWithEntry(body: Record<string, unknown>) {
  const { workshop, editToken } = await createGnosjoWorkshop(current.app);
  const response = await send(
    current.app,
    'POST',
    `/api/workshops/${workshop.id}/cycles/${workshop.cycles[0]?.id}/entries`,
    body,
    editToken,
  );
  return { workshop, editToken, response, entry: response.json as Entry };
}

const linkedEntry = () =>
  workshopWithEntry({
    kind: 'obstacle',
    text: 'Befolkningen minskar',
    links: [{ indicatorId: 'population_total', municipality: GNOSJO }],
  });

describe('evidence on a card: then and now with the series', () => {
  it("gives the current build's latest value and Gnosjö's series, gaps as null, never as zero", async () => {
    const { workshop, entry } = await linkedEntry();
    const response = await send(current.app, 'GET', `/api/workshops/${workshop.id}/evidence`);
    expect(response.status).toBe(200);
    const evidence = response.json as WorkshopEvidence;
    expect(evidence.buildId).toBe(testBuild().manifest.buildId);
    const [link] = evidence.links;
    expect(link).toMatchObject({ entryId: entry.id, indicatorId: 'population_total', unavailable: null });
    // Gnosjö had 9,131 inhabitants at the end of 2024 (SCB BE0101).
    expect(link?.now).toMatchObject({ value: 9131, year: 2024 });
    expect(link?.now?.source.publisher).toMatch(/SCB/);
    const years = [...(population?.keys() ?? [])].sort((a, b) => a - b);
    expect(link?.series.map((point) => point.year)).toEqual(years);
    expect(link?.series.at(-1)).toEqual({ year: 2024, value: 9131 });
    for (const point of link?.series ?? []) {
      expect(point.value).toBe(population?.get(point.year)?.municipalities[GNOSJO] ?? null);
    }
  });

  it('says "now" is unavailable when the build no longer has the indicator, and keeps the stored "then"', async () => {
    const { workshop, entry } = await linkedEntry();
    const evidence = (await send(indicatorGone.app, 'GET', `/api/workshops/${workshop.id}/evidence`))
      .json as WorkshopEvidence;
    expect(evidence.links).toEqual([
      {
        entryId: entry.id,
        indicatorId: 'population_total',
        municipality: GNOSJO,
        now: null,
        unavailable: 'indicator_gone',
        series: [],
      },
    ]);
    const stored = (await send(indicatorGone.app, 'GET', `/api/workshops/${workshop.id}`)).json as Workshop;
    expect(stored.cycles[0]?.entries[0]?.links[0]).toMatchObject({ value: 9131, year: 2024 });
  });

  it('says "now" is unavailable when the build no longer has the year the link was made for', async () => {
    const { workshop } = await linkedEntry();
    const evidence = (await send(yearGone.app, 'GET', `/api/workshops/${workshop.id}/evidence`))
      .json as WorkshopEvidence;
    expect(evidence.links[0]).toMatchObject({ now: null, unavailable: 'year_gone' });
    expect(evidence.links[0]?.series.some((point) => point.year === 2024)).toBe(false);
  });

  it('answers 404 for an unknown workshop', async () => {
    const response = await send(current.app, 'GET', `/api/workshops/${'x'.repeat(22)}/evidence`);
    expect(response.status).toBe(404);
  });
});

const VIEW: SavedMapView = {
  indicatorId: 'population_total',
  year: 2023,
  sex: 'total',
  camera: { lon: 14.1, lat: 57.4, zoom: 7.5 },
  layers: ['counties', 'firms'],
  selected: GNOSJO,
};

describe('a saved map view on an entry', () => {
  it('is stored with the entry, changed and removed with a PATCH', async () => {
    const { workshop, editToken, response, entry } = await workshopWithEntry({
      kind: 'opportunity',
      text: 'Se kartan',
      mapView: VIEW,
    });
    const base = `/api/workshops/${workshop.id}`;
    expect(response.status).toBe(201);
    expect(entry.mapView).toEqual(VIEW);
    const read = (await send(current.app, 'GET', base)).json as Workshop;
    expect(read.cycles[0]?.entries[0]?.mapView).toEqual(VIEW);
    const moved = await send(
      current.app,
      'PATCH',
      `${base}/entries/${entry.id}`,
      { mapView: { ...VIEW, year: 2020, camera: null }, version: entry.version },
      editToken,
    );
    expect((moved.json as Entry).mapView).toMatchObject({ year: 2020, camera: null });
    const removed = await send(
      current.app,
      'PATCH',
      `${base}/entries/${entry.id}`,
      { mapView: null, version: (moved.json as Entry).version },
      editToken,
    );
    expect((removed.json as Entry).mapView).toBeNull();
  });

  it.each([
    [{ ...VIEW, indicatorId: 'no_such_indicator' }, 'mapView.indicatorId'],
    [{ ...VIEW, year: 1991 }, 'mapView.year'],
    [{ ...VIEW, indicatorId: 'smahus_kt_ratio', sex: 'women' }, 'mapView.sex'],
    [{ ...VIEW, selected: '9999' }, 'mapView.selected'],
    [{ ...VIEW, layers: ['roads'] }, 'mapView.layers.0'],
    [{ ...VIEW, camera: { lon: 14, lat: 95, zoom: 7 } }, 'mapView.camera.lat'],
  ])('refuses %j with a 400 naming %s', async (mapView, field) => {
    const { response } = await workshopWithEntry({ kind: 'opportunity', text: 'Se kartan', mapView });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { field } });
  });

  it('keeps a saved view sent back unchanged after the build lost its indicator', async () => {
    const { workshop, editToken, entry } = await workshopWithEntry({
      kind: 'opportunity',
      text: 'Se kartan',
      mapView: VIEW,
    });
    const response = await send(
      indicatorGone.app,
      'PATCH',
      `/api/workshops/${workshop.id}/entries/${entry.id}`,
      { text: 'Se kartan igen', mapView: VIEW, version: entry.version },
      editToken,
    );
    expect(response.status).toBe(200);
    expect((response.json as Entry).mapView).toEqual(VIEW);
  });
});
