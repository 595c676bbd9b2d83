import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { AtlasBuild } from '../../build/atlas-build';

/** Urban areas publish their population for 31 Dec 2020 only; every other input is taken for the same year. */
export const REACH_YEAR = 2020;
/** Spacing of the even spread of each municipality's remainder: one point per GRID_KM x GRID_KM cell. */
export const GRID_KM = 2;
const KM_PER_DEGREE = 111.32;

/** People at one place: an urban area's population, or one grid cell's share of a municipality's remainder. */
export interface PeoplePoint {
  lon: number;
  lat: number;
  municipality: string;
  /** Index into build.urbanAreas.features, or -1 for a remainder cell. */
  urbanArea: number;
  people: number;
}

export interface MunicipalityRemainder {
  population: number | null;
  urbanPopulation: number;
  /** population - urbanPopulation, floored at 0; 0 without an own urban area (its people sit in a neighbour's). */
  remainder: number;
  floored: boolean;
  withoutOwnUrbanArea: boolean;
}

export interface ReachPoints {
  points: PeoplePoint[];
  remainders: ReadonlyMap<string, MunicipalityRemainder>;
}

const cache = new WeakMap<AtlasBuild, ReachPoints>();

/** Cell centres of a regular GRID_KM grid that fall inside the polygon (rows by latitude, columns by km). */
function gridInside(feature: AtlasBuild['municipalities']['features'][number]): [number, number][] {
  const [minLon, minLat, maxLon, maxLat] = bbox(feature);
  const latStep = GRID_KM / KM_PER_DEGREE;
  const cells: [number, number][] = [];
  for (let lat = Math.floor(minLat / latStep) * latStep + latStep / 2; lat <= maxLat; lat += latStep) {
    const lonStep = GRID_KM / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
    for (let lon = Math.floor(minLon / lonStep) * lonStep + lonStep / 2; lon <= maxLon; lon += lonStep) {
      if (lat >= minLat && lon >= minLon && booleanPointInPolygon([lon, lat], feature.geometry))
        cells.push([lon, lat]);
    }
  }
  return cells;
}

/**
 * Every place people live, as points: the urban areas (SCB 2020) at their own point, and each municipality's
 * remaining population spread evenly over its area as grid cells. Computed once per build.
 */
export function reachPoints(build: AtlasBuild): ReachPoints {
  const hit = cache.get(build);
  if (hit) return hit;
  const population = build.seriesByIndicator.get('population_total')?.get(REACH_YEAR)?.municipalities ?? {};
  const urbanTotals = new Map<string, number>();
  const points: PeoplePoint[] = build.urbanAreas.features.map((f, index) => {
    const code = f.properties.municipalityCode;
    urbanTotals.set(code, (urbanTotals.get(code) ?? 0) + f.properties.population);
    const [lon, lat] = f.geometry.coordinates;
    return { lon: lon!, lat: lat!, municipality: code, urbanArea: index, people: f.properties.population };
  });
  const remainders = new Map<string, MunicipalityRemainder>();
  for (const feature of build.municipalities.features) {
    const code = feature.properties.code;
    const total = population[code] ?? null;
    const urban = urbanTotals.get(code) ?? 0;
    const withoutOwnUrbanArea = !urbanTotals.has(code);
    const raw = total === null ? 0 : total - urban;
    const remainder = withoutOwnUrbanArea ? 0 : Math.max(0, raw);
    remainders.set(code, {
      population: total,
      urbanPopulation: urban,
      remainder,
      floored: !withoutOwnUrbanArea && raw < 0,
      withoutOwnUrbanArea,
    });
    if (remainder === 0) continue;
    const cells = gridInside(feature);
    // A municipality smaller than one cell keeps its remainder at its interior point.
    const spread = cells.length > 0 ? cells : [feature.properties.interiorPoint];
    for (const [lon, lat] of spread)
      points.push({ lon, lat, municipality: code, urbanArea: -1, people: remainder / spread.length });
  }
  const result = { points, remainders };
  cache.set(build, result);
  return result;
}

/** Great-circle distance in km (haversine, the same sphere turf uses). */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}
