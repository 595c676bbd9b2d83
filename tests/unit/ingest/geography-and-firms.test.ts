import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedArea } from '../../../scripts/ingest/geojson/winding';
import { loadFirmSites } from '../../../scripts/ingest/sources/firm-sites';
import { loadGeography } from '../../../scripts/ingest/sources/geography';
import { GOLDEN_DIR, fixtureFiles, goldenJson } from './fixture-snapshot';

describe('geography', () => {
  it('joins reference attributes, swaps geo_point_2d to [lon, lat] and rewinds a clockwise ring with a warning', async () => {
    const { files, reference } = fixtureFiles();
    const geography = loadGeography(files, reference);
    const arvidsjaur = geography.municipalities.features.find((f) => f.id === '2505');
    expect(arvidsjaur?.properties).toMatchObject({
      name: 'Arvidsjaur',
      countyCode: '25',
      countyName: 'Norrbottens län',
      laCode: 'LA2260',
      la2023Code: 'LA2360',
      skrGroupCode: 'C9',
      degurba: 3,
      interiorPoint: [19.0, 65.6],
    });
    for (const feature of geography.municipalities.features) {
      if (feature.geometry.type !== 'Polygon') throw new Error('fixture has polygons only');
      expect(signedArea(feature.geometry.coordinates[0] ?? [])).toBeGreaterThan(0);
    }
    expect(geography.warnings).toEqual([
      'geo/municipalities.geojson: rewound 1 of 3 features to counter-clockwise exteriors (RFC 7946)',
    ]);
    expect(geography.counties.features.map((f) => f.properties.name)).toEqual([
      'Stockholms län',
      'Jönköpings län',
      'Norrbottens län',
    ]);
    await expect(await goldenJson(geography)).toMatchFileSnapshot(path.join(GOLDEN_DIR, 'geography.json'));
  });
});

describe('firm sites', () => {
  it('keeps exact sites, places sites without coordinates at the interior point and fixes swapped lat/lon', async () => {
    const { files, reference } = fixtureFiles();
    const geography = loadGeography(files, reference);
    const result = loadFirmSites(files, geography.municipalities.features);
    const [exact, approximate, swapped] = result.sites.features;
    expect(exact?.geometry.coordinates).toEqual([13.7, 57.4]);
    expect(exact?.properties).toMatchObject({
      location: 'exact',
      nace: '25.62',
      naceGroup: '25',
      employees: 'c. 40 (2020)',
    });
    expect(approximate?.geometry.coordinates).toEqual([19.0, 65.6]);
    expect(approximate?.properties).toMatchObject({ location: 'approximate', nace: '24', employees: null });
    expect(swapped?.geometry.coordinates).toEqual([13.75, 57.45]);
    expect(result.warnings).toEqual(['firms/metal-sites.csv:4:6: lat and lon were swapped; corrected']);
    await expect(await goldenJson(result)).toMatchFileSnapshot(path.join(GOLDEN_DIR, 'firm-sites.json'));
  });
});
