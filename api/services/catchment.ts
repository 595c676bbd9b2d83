import { distance } from '@turf/turf';
import type { CatchmentResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { badParameter, notFound } from '../http/api-error';
import { sourceOf } from './aggregates';
import { catchmentSums } from './catchment-sums';
import { municipalityAt } from './centre-municipality';

export interface CatchmentQuery {
  lon?: number;
  lat?: number;
  radiusKm?: number;
  site?: string;
}

const DEFAULT_RADIUS_KM = 30;
const URBAN_YEAR = 2020;
const URBAN_SOURCE = 'Statistics Sweden (SCB), urban areas (tätorter) 2020, population 31 Dec 2020, CC0';

export const CATCHMENT_NOTE =
  'Counted from SCB urban areas (tätorter, population 31 Dec 2020) within a straight-line (great-circle) ' +
  'distance, not travel time. People living outside urban areas are not counted, so rural catchments are ' +
  'undercounted: outsideUrbanAreas gives the share this leaves out in the municipalities touched.';

function resolveCentre(build: AtlasBuild, query: CatchmentQuery) {
  if (query.site !== undefined) {
    if (query.lon !== undefined || query.lat !== undefined)
      throw badParameter('site', 'give site or lon/lat, not both');
    const site = build.firms.features.find((f) => f.properties.siteId === query.site);
    if (!site) throw notFound('site', `unknown firm site '${query.site}'; see /api/firms`);
    const [lon, lat] = site.geometry.coordinates;
    const { siteId, company, location } = site.properties;
    return { lon, lat, site: { siteId, company, location } };
  }
  if (query.lon === undefined) throw badParameter('lon', 'give lon and lat (or site)');
  if (query.lat === undefined) throw badParameter('lat', 'give lon and lat (or site)');
  return { lon: query.lon, lat: query.lat, site: null };
}

export function catchment(build: AtlasBuild, query: CatchmentQuery): CatchmentResponse {
  const { lon, lat, site } = resolveCentre(build, query);
  const radiusKm = query.radiusKm ?? DEFAULT_RADIUS_KM;
  const centreMunicipality = municipalityAt(build, lon, lat);
  // The radius test uses the exact distance; only the distance shown is rounded (to 100 m).
  const urbanAreas = build.urbanAreas.features
    .map((f) => ({ f, km: distance([lon, lat], f.geometry.coordinates, { units: 'kilometers' }) }))
    .filter(({ km }) => km <= radiusKm)
    .sort((a, b) => a.km - b.km || a.f.properties.code.localeCompare(b.f.properties.code))
    .map(({ f, km }) => ({
      code: f.properties.code,
      name: f.properties.name,
      municipalityCode: f.properties.municipalityCode,
      population: f.properties.population,
      distanceKm: Math.round(km * 10) / 10,
    }));
  const touched = [
    ...new Set([
      ...(centreMunicipality ? [centreMunicipality.code] : []),
      ...urbanAreas.map((a) => a.municipalityCode),
    ]),
  ];
  const urbanTotals = new Map<string, number>();
  for (const f of build.urbanAreas.features) {
    const code = f.properties.municipalityCode;
    urbanTotals.set(code, (urbanTotals.get(code) ?? 0) + f.properties.population);
  }
  const population = build.seriesByIndicator.get('population_total')?.get(URBAN_YEAR);
  const populationIndicator = build.indicatorById.get('population_total');
  const populationSource =
    population && populationIndicator ? sourceOf(populationIndicator, population) : undefined;
  const populationTotals = new Map(Object.entries(population?.municipalities ?? {}));
  const sums = catchmentSums(urbanAreas, urbanTotals, populationTotals, touched);
  const laMembers = centreMunicipality
    ? [...build.municipalityByCode.values()]
        .filter((m) => m.laCode === centreMunicipality.laCode)
        .map((m) => m.code)
    : null;
  const laRegionOutside = laMembers
    ? catchmentSums([], urbanTotals, populationTotals, laMembers).outsideUrbanAreas
    : null;
  const named = (code: string) => build.municipalityByCode.get(code);
  const laRegions = new Map(
    touched.flatMap((code) => (named(code) ? [[named(code)!.laCode, named(code)!.laName]] : [])),
  );
  return {
    centre: {
      lon,
      lat,
      municipality: centreMunicipality
        ? { code: centreMunicipality.code, name: centreMunicipality.name }
        : null,
      site,
    },
    radiusKm,
    urbanAreas,
    population: { sum: sums.sum, year: URBAN_YEAR, source: URBAN_SOURCE },
    municipalities: sums.municipalities.map((m) => ({ ...m, name: named(m.code)?.name ?? m.code })),
    outsideUrbanAreas: {
      ...sums.outsideUrbanAreas,
      laRegion: laRegionOutside,
      year: URBAN_YEAR,
      method:
        `population_total ${URBAN_YEAR} (${populationSource ? `${populationSource.publisher}, ${populationSource.table}` : 'not in this build'}) ` +
        `minus the ${URBAN_YEAR} population of all urban areas booked to each touched municipality (floored at 0), ` +
        `summed, as a share of their population_total ${URBAN_YEAR}`,
    },
    laRegion: centreMunicipality
      ? { code: centreMunicipality.laCode, name: centreMunicipality.laName }
      : null,
    laRegions: [...laRegions.entries()].map(([code, name]) => ({ code, name })),
    note: CATCHMENT_NOTE,
  };
}
