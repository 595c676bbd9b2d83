import { describe, expect, it } from 'vitest';
import { BUILD_FILES, NeighbourCountryCollection } from '../../../data/contract';
import { signedArea } from '../../../scripts/ingest/geojson/winding';
import {
  NEIGHBOUR_EXTENT,
  loadNeighbourCountries,
} from '../../../scripts/ingest/sources/neighbour-countries';
import { app, build, buildFile } from '../api/app-fixture';

type Ring = [number, number][];
const polygonsOf = (geometry: NeighbourCountryCollection['features'][number]['geometry']): Ring[][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);

describe('neighbouring countries, precomputed by the ingest', () => {
  const written = NeighbourCountryCollection.parse(buildFile(BUILD_FILES.neighbours));

  it('are the ten countries around Sweden, Russia included now that it is cut to the map', () => {
    expect(written.features.map((f) => f.properties.name).sort()).toEqual([
      'Belarus',
      'Denmark',
      'Estonia',
      'Finland',
      'Germany',
      'Latvia',
      'Lithuania',
      'Norway',
      'Poland',
      'Russia',
    ]);
    expect(written.features.find((f) => f.properties.name === 'Norway')?.id).toBe('578');
  });

  it('lie inside the extent the map shows, with counter-clockwise exteriors (RFC 7946)', () => {
    const [west, south, east, north] = NEIGHBOUR_EXTENT;
    for (const country of written.features) {
      for (const rings of polygonsOf(country.geometry)) {
        expect(signedArea(rings[0]!), country.properties.name).toBeGreaterThan(0);
        for (const [lon, lat] of rings.flat()) {
          expect(lon >= west && lon <= east && lat >= south && lat <= north, `${lon},${lat}`).toBe(true);
        }
      }
    }
  });

  it('have no edge across the map: long edges run only along the extent where the cut was made', () => {
    const [west, south, east, north] = NEIGHBOUR_EXTENT;
    const alongCut = ([a, b]: [number, number][]) =>
      (a![1] === south && b![1] === south) ||
      (a![1] === north && b![1] === north) ||
      (a![0] === west && b![0] === west) ||
      (a![0] === east && b![0] === east);
    const across: string[] = [];
    for (const country of written.features) {
      for (const ring of polygonsOf(country.geometry).flat()) {
        for (let i = 1; i < ring.length; i++) {
          const edge = [ring[i - 1]!, ring[i]!];
          const long = Math.hypot(edge[0]![0] - edge[1]![0], edge[0]![1] - edge[1]![1]) > 5;
          if (long && !alongCut(edge)) across.push(`${country.properties.name} ${JSON.stringify(edge)}`);
        }
      }
    }
    // Russia's antimeridian jump (180 to -180) once became a line straight across the Gulf of Bothnia; real
    // straight borders (Kaliningrad-Poland, 3 degrees) stay under 5 degrees.
    expect(across).toEqual([]);
  });

  it('are a few KB on the wire, not the 243 KB world file the browser used to filter', () => {
    expect(build.geometry.neighbours.gzip.length).toBeLessThan(20_000);
    expect(build.geometry.neighbours.identity.length).toBeLessThan(60_000);
  });

  it('cite their source in the manifest: world-atlas (Natural Earth 1:50m) with its hash', () => {
    const input = build.manifest.inputs.find((i) => i.origin === 'package');
    expect(input?.path).toMatch(/^npm:world-atlas@\d+\.\d+\.\d+\/countries-50m\.json$/);
    expect(input?.sha256).toBe(loadNeighbourCountries().input.sha256);
    expect(input?.rows).toBe(written.features.length);
  });

  it('are served like the other context geometry: GeoJSON, precompressed, revalidated unless versioned', async () => {
    const res = await app.request('/api/neighbour-countries', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, no-cache');
    const versioned = await app.request(`/api/neighbour-countries?v=${build.manifest.buildId}`);
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
