import { bboxClip, simplify, truncate } from '@turf/turf';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ManifestInput, NeighbourCountryCollection } from '../../../data/contract';
import { IngestError } from '../errors';
import { rewindPolygon, signedArea } from '../geojson/winding';

/**
 * ISO 3166 numeric codes of the countries around Sweden: Norway, Finland, Denmark, Estonia, Latvia, Lithuania,
 * Germany, Poland, Belarus and Russia. Russia is safe now that it is cut to the map's extent here: whole, its
 * polygon crosses the antimeridian and drew a seam across the map.
 */
const NEIGHBOURS = new Set(['578', '246', '208', '233', '428', '440', '276', '616', '112', '643']);

/**
 * [west, south, east, north]: what the map shows around Sweden at its widest useful view (all of Sweden on a
 * wide screen), with a margin. Land beyond it is never in sight, so it is not shipped.
 */
export const NEIGHBOUR_EXTENT: [number, number, number, number] = [-2, 51, 38, 73];

/**
 * Degrees: about 2 km, a fraction of a pixel at the zooms where the whole of a neighbour is on screen; the
 * municipalities on top are the detailed layer. Three decimals (about 100 m) is finer than that.
 */
const TOLERANCE = 0.02;
const PRECISION = 3;

const PACKAGE = 'world-atlas';
const FILE = 'countries-50m.json';

type Position = [number, number];
type Ring = Position[];

/** Natural Earth's countries from the world-atlas package, cut to the map's extent, simplified, RFC 7946 rings. */
export function loadNeighbourCountries(): { collection: NeighbourCountryCollection; input: ManifestInput } {
  const require = createRequire(import.meta.url);
  const filePath = require.resolve(`${PACKAGE}/${FILE}`);
  const { version } = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')) as {
    version: string;
  };
  const where = { file: `npm:${PACKAGE}@${version}/${FILE}` };
  const bytes = readFileSync(filePath);
  const topology = JSON.parse(bytes.toString('utf8')) as Topology<{
    countries: GeometryCollection<{ name?: string }>;
  }>;
  if (!topology.objects?.countries) throw new IngestError(where, 'no "countries" object in the topology');
  const countries = feature(topology, topology.objects.countries);
  const features = countries.features
    .filter((country) => NEIGHBOURS.has(String(country.id)))
    .flatMap((country) => {
      const code = String(country.id);
      const name = String(country.properties?.name ?? '').trim();
      if (!name) throw new IngestError(where, `country ${code} has no name`);
      const geometry = cutToExtent(country as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>);
      if (!geometry) return [];
      return [{ type: 'Feature' as const, id: code, properties: { code, name }, geometry }];
    });
  if (features.length === 0) throw new IngestError(where, 'none of the neighbouring countries found');
  return {
    collection: { type: 'FeatureCollection', features },
    input: {
      path: where.file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      rows: features.length,
      origin: 'package',
    },
  };
}

/**
 * Natural Earth splits Russia at the antimeridian: a ring jumps from 180 to -180 degrees. Cut as it is, that jump
 * becomes an edge straight across the map. Shifted by 360 degrees the ring is continuous (Chukotka lands east of
 * 180, far outside the extent) and the cut is clean.
 */
const unwrapAntimeridian = (ring: Ring): Ring =>
  ring.map(([lon, lat]) => [lon < -150 ? lon + 360 : lon, lat] as Position);

/** Rings that the cut collapsed onto the extent's edge (islands outside it) have no area: outlines of nothing. */
const hasArea = (ring: Ring) => ring.length >= 4 && Math.abs(signedArea(ring)) > 1e-6;

function cutToExtent(
  country: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>,
): NeighbourCountryCollection['features'][number]['geometry'] | null {
  const rings = (polygon: GeoJSON.Position[][]) => polygon.map((ring) => unwrapAntimeridian(ring as Ring));
  const unwrapped: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> = {
    ...country,
    geometry:
      country.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: rings(country.geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: country.geometry.coordinates.map(rings) },
  };
  const clipped = bboxClip(unwrapped, NEIGHBOUR_EXTENT);
  const simplified = simplify(clipped, { tolerance: TOLERANCE, highQuality: true });
  const rounded = truncate(simplified, { precision: PRECISION });
  const polygons: Ring[][] =
    rounded.geometry.type === 'Polygon'
      ? [rounded.geometry.coordinates as Ring[]]
      : (rounded.geometry.coordinates as Ring[][]);
  // A polygon whose exterior vanished in the cut is gone, whatever holes it had.
  const kept = polygons
    .filter((polygon) => polygon[0] !== undefined && hasArea(polygon[0]))
    .map((polygon) => rewindPolygon(polygon.filter(hasArea)).rings);
  if (kept.length === 0) return null;
  return kept.length === 1 && kept[0]
    ? { type: 'Polygon', coordinates: kept[0] }
    : { type: 'MultiPolygon', coordinates: kept };
}
