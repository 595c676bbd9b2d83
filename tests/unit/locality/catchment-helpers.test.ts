import { describe, expect, it } from 'vitest';
import {
  placesByDistance,
  populationWithinBands,
  reachByMunicipality,
  totalUrbanPopulation,
  type CatchmentPlace,
} from '../../../web/locality/catchment/catchment-sums';
import { weightedMean, weightedProfile } from '../../../web/locality/catchment/weighted-profile';
import { catchmentCentreFor } from '../../../web/locality/catchment/catchment-centre';
import { catchmentPath } from '../../../web/locality/locality-queries';

const places: CatchmentPlace[] = [
  { name: 'B', municipalityCode: '0662', population: 300, distanceKm: 20 },
  { name: 'A', municipalityCode: '0617', population: 100, distanceKm: 2 },
  { name: 'C', municipalityCode: '0617', population: 50, distanceKm: 12 },
  { name: 'D', municipalityCode: '0604', population: 300, distanceKm: 25 },
];

describe('catchment sums', () => {
  it('adds the urban-area population per municipality, largest first with a stable tie order', () => {
    expect(reachByMunicipality(places)).toEqual([
      { code: '0604', urbanPopulation: 300, places: 1 },
      { code: '0662', urbanPopulation: 300, places: 1 },
      { code: '0617', urbanPopulation: 150, places: 2 },
    ]);
    expect(totalUrbanPopulation(places)).toBe(750);
  });

  it('gives cumulative population by distance band', () => {
    expect(populationWithinBands(places, [20, 10, 30])).toEqual([
      { radiusKm: 10, population: 100 },
      { radiusKm: 20, population: 450 },
      { radiusKm: 30, population: 750 },
    ]);
  });

  it('lists the nearest place first', () => {
    expect(placesByDistance(places).map((place) => place.name)).toEqual(['A', 'C', 'B', 'D']);
  });
});

describe('weightedMean', () => {
  it('weights each municipality by its base', () => {
    const result = weightedMean([
      { code: 'a', weight: 100, value: 10 },
      { code: 'b', weight: 300, value: 20 },
    ]);
    expect(result.value).toBeCloseTo(17.5, 10);
    expect(result.weightUsed).toBe(400);
  });

  it('leaves a municipality without a value out of the base instead of counting it as 0', () => {
    const result = weightedMean([
      { code: 'a', weight: 100, value: 10 },
      { code: 'b', weight: 300, value: undefined },
    ]);
    expect(result.value).toBe(10);
    expect(result.weightUsed).toBe(100);
    expect(result.weightTotal).toBe(400);
    expect(result.missing).toEqual(['b']);
  });

  it('is missing, not zero, when nobody has a value', () => {
    expect(weightedMean([{ code: 'a', weight: 10, value: undefined }]).value).toBeNull();
    expect(weightedMean([]).value).toBeNull();
  });
});

describe('weightedProfile', () => {
  it('computes each indicator over the same weights', () => {
    const rows = weightedProfile(
      ['share_aged_75_plus', 'share_aged_0_19'],
      { '0617': 100, '0662': 300 },
      { share_aged_75_plus: { '0617': 8, '0662': 12 }, share_aged_0_19: { '0617': 24 } },
    );
    expect(rows[0]?.value).toBeCloseTo(11, 10);
    expect(rows[1]).toMatchObject({ indicator: 'share_aged_0_19', value: 24, missing: ['0662'] });
  });
});

describe('catchment centre', () => {
  it('asks the API for a site by id, or for the municipality centre by coordinates', () => {
    expect(catchmentCentreFor('SE-MET-056', [13.8, 57.36])).toEqual({ site: 'SE-MET-056' });
    expect(catchmentCentreFor('centre', [13.8045, 57.3564])).toEqual({ lon: 13.8045, lat: 57.3564 });
    expect(catchmentCentreFor('centre', null)).toBeNull();
    expect(catchmentCentreFor(null, [13.8, 57.36])).toBeNull();
    expect(catchmentPath({ lon: 13.8045, lat: 57.3564 }, 30)).toBe(
      '/api/catchment?lon=13.80450&lat=57.35640&radiusKm=30',
    );
    expect(catchmentPath({ site: 'SE-MET-056' }, 50)).toBe('/api/catchment?site=SE-MET-056&radiusKm=50');
  });
});
