import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { FirmSiteCollection, ObservationFile, UrbanAreaCollection } from '../../../data/contract';
import type { CatchmentResponse, FirmsResponse } from '../../../data/contract/api';
import { buildFile, getJson, type ErrorBody } from './app-fixture';

const firms = buildFile<FirmSiteCollection>('firm-sites.geojson');
const urbanAreas = buildFile<UrbanAreaCollection>('urban-areas.geojson');
const observations = buildFile<ObservationFile>('observations.json');

describe('GET /api/firms', () => {
  it('returns every site with source and location quality when unfiltered', async () => {
    const { body, res } = await getJson<FirmsResponse>('/api/firms');
    expect(res.headers.get('content-type')).toContain('application/geo+json');
    expect(body.features).toHaveLength(firms.features.length);
    expect(body.features.filter((f) => f.properties.location === 'approximate').length).toBe(74);
    expect(body.attribution).toContain('Hotmaps');
  });

  it('filters by municipality, by 2-digit NACE division and by a full code prefix', async () => {
    const gnosjo = await getJson<FirmsResponse>('/api/firms?municipality=0617');
    expect(gnosjo.body.features.length).toBe(
      firms.features.filter((f) => f.properties.municipalityCode === '0617').length,
    );
    expect(gnosjo.body.features.length).toBeGreaterThan(0);
    const division = await getJson<FirmsResponse>('/api/firms?nace=25');
    expect(division.body.features.length).toBe(
      firms.features.filter((f) => f.properties.naceGroup === '25').length,
    );
    const code = await getJson<FirmsResponse>('/api/firms?nace=24.5');
    expect(code.body.features.map((f) => f.properties.nace).sort()).toEqual(
      firms.features
        .map((f) => f.properties.nace)
        .filter((n) => n.startsWith('24.5'))
        .sort(),
    );
  });

  it('filters by bbox and by distance, sorted nearest first within the radius', async () => {
    const bbox = await getJson<FirmsResponse>('/api/firms?bbox=13.0,57.0,14.5,57.7');
    for (const f of bbox.body.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon >= 13 && lon <= 14.5 && lat >= 57 && lat <= 57.7).toBe(true);
    }
    const near = await getJson<FirmsResponse>('/api/firms?near=13.73,57.36&radiusKm=15');
    const distances = near.body.features.map((f) => f.properties.distanceKm!);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(15);
  });

  it.each([
    ['/api/firms?bbox=1,2,3', 'bbox'],
    ['/api/firms?bbox=14,57,13,58', 'bbox'],
    ['/api/firms?nace=C25', 'nace'],
    ['/api/firms?near=13.7', 'near'],
    ['/api/firms?near=500,57', 'near'],
    ['/api/firms?bbox=-200,0,0,10', 'bbox'],
    ['/api/firms?radiusKm=10', 'radiusKm'],
    ['/api/firms?near=13.7,57.3&radiusKm=-5', 'radiusKm'],
  ])('%s -> 400 naming %s', async (url, field) => {
    const { status, body } = await getJson<ErrorBody>(url);
    expect(status).toBe(400);
    expect(body.error.field).toBe(field);
  });
});

describe('GET /api/catchment', () => {
  it('sums the urban areas within 20 km of Gnosjö and says what it leaves out', async () => {
    const { status, body } = await getJson<CatchmentResponse>(
      '/api/catchment?lon=13.73&lat=57.36&radiusKm=20',
    );
    expect(status).toBe(200);
    expect(body.centre.municipality).toEqual({ code: '0617', name: 'Gnosjö' });
    expect(body.laRegion).toEqual({ code: 'LA2206', name: 'Gislaved-Gnosjö' });
    const gnosjoTown = urbanAreas.features.find(
      (f) => f.properties.name === 'Gnosjö' && f.properties.municipalityCode === '0617',
    )!;
    expect(body.urbanAreas.find((a) => a.code === gnosjoTown.properties.code)?.population).toBe(
      gnosjoTown.properties.population,
    );
    expect(body.population.sum).toBe(body.urbanAreas.reduce((sum, a) => sum + a.population, 0));
    expect(Math.max(...body.urbanAreas.map((a) => a.distanceKm))).toBeLessThanOrEqual(20);
    const touched = body.municipalities.find((m) => m.code === '0617')!;
    const population2020 = observations.find((s) => s.indicator === 'population_total' && s.year === 2020)!;
    expect(touched.population).toBe(population2020.municipalities['0617']);
    expect(touched.urbanPopulation).toBe(
      urbanAreas.features
        .filter((f) => f.properties.municipalityCode === '0617')
        .reduce((s, f) => s + f.properties.population, 0),
    );
    const outside = body.municipalities.reduce(
      (sum, m) => sum + Math.max(0, m.population! - m.urbanPopulation),
      0,
    );
    expect(body.outsideUrbanAreas.persons).toBe(outside);
    expect(body.outsideUrbanAreas.share).toBeGreaterThan(0);
    const region = ['0617', '0662', '0683'];
    const regionPopulation = region.reduce((sum, code) => sum + population2020.municipalities[code]!, 0);
    const regionUrban = urbanAreas.features
      .filter((f) => region.includes(f.properties.municipalityCode))
      .reduce((sum, f) => sum + f.properties.population, 0);
    expect(body.outsideUrbanAreas.laRegion).toEqual({
      persons: regionPopulation - regionUrban,
      share: Math.round((1000 * (regionPopulation - regionUrban)) / regionPopulation) / 10,
    });
    expect(body.note).toContain('straight-line');
    expect(body.population.source).toContain('SCB');
    expect(body.outsideUrbanAreas.method).toContain('population_total 2020 (Statistics Sweden (SCB), BE0101');
  });

  it('leaves out an urban area 40 m beyond the radius even though its distance rounds to the radius', async () => {
    const town = urbanAreas.features.find((f) => f.properties.code === '0617TC101')!;
    const centre = destination(town.geometry.coordinates, 10.04, 90, { units: 'kilometers' }).geometry
      .coordinates;
    const url = (radiusKm: number) => `/api/catchment?lon=${centre[0]}&lat=${centre[1]}&radiusKm=${radiusKm}`;
    const outside = (await getJson<CatchmentResponse>(url(10))).body;
    expect(outside.urbanAreas.map((a) => a.code)).not.toContain('0617TC101');
    const inside = (await getJson<CatchmentResponse>(url(10.05))).body;
    expect(inside.urbanAreas.find((a) => a.code === '0617TC101')?.distanceKm).toBe(10);
  });

  it('centres on a firm site given by site=', async () => {
    const site = firms.features.find((f) => f.properties.municipalityCode === '0617')!;
    const { body } = await getJson<CatchmentResponse>(
      `/api/catchment?site=${site.properties.siteId}&radiusKm=10`,
    );
    expect(body.centre.site?.siteId).toBe(site.properties.siteId);
    expect([body.centre.lon, body.centre.lat]).toEqual(site.geometry.coordinates);
    expect(body.radiusKm).toBe(10);
  });

  it.each([
    ['/api/catchment', 400, 'lon'],
    ['/api/catchment?lon=13.7', 400, 'lat'],
    ['/api/catchment?lon=200&lat=57', 400, 'lon'],
    ['/api/catchment?lon=13.7&lat=57.3&radiusKm=0', 400, 'radiusKm'],
    ['/api/catchment?site=NOPE', 404, 'site'],
    ['/api/catchment?site=SE-MET-001&lon=13', 400, 'site'],
  ])('%s -> %i naming %s', async (url, expectedStatus, field) => {
    const { status, body } = await getJson<ErrorBody>(url);
    expect(status).toBe(expectedStatus);
    expect(body.error.field).toBe(field);
  });
});
