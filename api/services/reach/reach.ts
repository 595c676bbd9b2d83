import type { SourceRef } from '../../../data/contract';
import {
  REACH_CAP_KM,
  type ReachMunicipality,
  type ReachQuery,
  type ReachResponse,
} from '../../../data/contract/reach';
import type { AtlasBuild } from '../../build/atlas-build';
import { badParameter, notFound } from '../../http/api-error';
import { sourceOf } from '../aggregates';
import { municipalityAt } from '../centre-municipality';
import { requireMunicipality } from '../lookup';
import { labourShed } from './labour-shed';
import { distanceKm, REACH_YEAR, reachPoints } from './reach-points';
import {
  COMMUTING_NOTE,
  FLOORED_TEXT,
  NO_OWN_URBAN_AREA_TEXT,
  notReachedMessage,
  reachMethod,
  TARGET_LABELS,
} from './reach-texts';
import { targetShares } from './target-shares';

const URBAN_SOURCE: SourceRef = {
  id: 'scb-geography',
  publisher: 'SCB',
  table: `Tätorter ${REACH_YEAR} (folkmängd 31 dec ${REACH_YEAR})`,
  licence: 'CC0',
  citation: 'Källa: SCB',
};

function resolveCentre(build: AtlasBuild, query: ReachQuery): ReachResponse['centre'] {
  const given = [query.site, query.municipality, query.lon ?? query.lat].filter((v) => v !== undefined);
  if (given.length !== 1) throw badParameter('site', 'give exactly one of site, municipality or lon/lat');
  if (query.site !== undefined) {
    const site = build.firms.features.find((f) => f.properties.siteId === query.site);
    if (!site) throw notFound('site', `unknown firm site '${query.site}'; see /api/firms`);
    const [lon, lat] = site.geometry.coordinates as [number, number];
    const at = build.municipalityByCode.get(site.properties.municipalityCode) ?? null;
    return {
      lon,
      lat,
      label: `${site.properties.company}, ${site.properties.siteName}`,
      municipality: at && { code: at.code, name: at.name },
      approximate: site.properties.location === 'approximate',
    };
  }
  if (query.municipality !== undefined) {
    const m = requireMunicipality(build, query.municipality, 'municipality');
    const [lon, lat] = m.interiorPoint;
    return { lon, lat, label: m.name, municipality: { code: m.code, name: m.name }, approximate: false };
  }
  if (query.lon === undefined) throw badParameter('lon', 'give lon and lat together');
  if (query.lat === undefined) throw badParameter('lat', 'give lon and lat together');
  const at = municipalityAt(build, query.lon, query.lat);
  return {
    lon: query.lon,
    lat: query.lat,
    label: `${query.lat.toFixed(4)}, ${query.lon.toFixed(4)}`,
    municipality: at && { code: at.code, name: at.name },
    approximate: false,
  };
}

function netCommuting(build: AtlasBuild) {
  const indicator = build.indicatorById.get('net_commuting');
  const latest = [...(build.seriesByIndicator.get('net_commuting')?.values() ?? [])].at(-1);
  return {
    year: latest?.year ?? null,
    values: latest?.municipalities ?? {},
    source: indicator && latest ? sourceOf(indicator, latest) : null,
  };
}

/**
 * How far a firm must reach for n people of a target group: the smallest straight-line radius whose estimated
 * target group (urban areas plus each municipality's evenly spread remainder) reaches n, capped at 150 km.
 */
export function reach(build: AtlasBuild, query: ReachQuery): ReachResponse {
  const centre = resolveCentre(build, query);
  const target = query.target ?? 'age_20_64';
  const { points, remainders } = reachPoints(build);
  const { shares, sources } = targetShares(build, target);
  const near = points
    .map((point) => ({ point, km: distanceKm(centre.lon, centre.lat, point.lon, point.lat) }))
    .filter(({ km }) => km <= REACH_CAP_KM)
    .sort((a, b) => a.km - b.km);
  let running = 0;
  let radiusKm: number | null = null;
  let inside = near.length;
  for (let i = 0; i < near.length; i++) {
    const { point, km } = near[i]!;
    running += point.people * (shares.get(point.municipality) ?? 0);
    if (running >= query.n) {
      radiusKm = km;
      // Points at the same distance are inside too.
      inside = i + 1;
      while (inside < near.length && near[inside]!.km === km) inside++;
      break;
    }
  }
  const chosen = near.slice(0, inside);
  const perMunicipality = new Map<string, { urban: number; rest: number }>();
  const urbanAreas: Extract<ReachResponse, { reached: true }>['urbanAreas'] = [];
  for (const { point, km } of chosen) {
    const estimate = point.people * (shares.get(point.municipality) ?? 0);
    const entry = perMunicipality.get(point.municipality) ?? { urban: 0, rest: 0 };
    if (point.urbanArea >= 0) {
      const area = build.urbanAreas.features[point.urbanArea]!.properties;
      urbanAreas.push({
        code: area.code,
        name: area.name,
        municipalityCode: area.municipalityCode,
        distanceKm: Math.round(km * 10) / 10,
        population: area.population,
        estimate: Math.round(estimate),
      });
      entry.urban += Math.round(estimate);
    } else entry.rest += estimate;
    perMunicipality.set(point.municipality, entry);
  }
  const commuting = netCommuting(build);
  const codes = [
    ...new Set([...(centre.municipality ? [centre.municipality.code] : []), ...perMunicipality.keys()]),
  ];
  const municipalities: ReachMunicipality[] = codes.map((code) => {
    const rem = remainders.get(code);
    const entry = perMunicipality.get(code) ?? { urban: 0, rest: 0 };
    const share = shares.get(code);
    return {
      code,
      name: build.municipalityByCode.get(code)?.name ?? code,
      inUrbanAreas: entry.urban,
      outsideUrbanAreas: Math.round(entry.rest),
      targetShare: share === undefined ? null : Math.round(share * 1000) / 10,
      remainder: Math.round(rem?.remainder ?? 0),
      remainderFloored: rem?.floored ?? false,
      withoutOwnUrbanArea: rem?.withoutOwnUrbanArea ?? false,
      netCommuting: commuting.values[code] ?? null,
    };
  });
  const inUrban = municipalities.reduce((sum, m) => sum + m.inUrbanAreas, 0);
  const outside = municipalities.reduce((sum, m) => sum + m.outsideUrbanAreas, 0);
  const total = { inUrbanAreas: inUrban, outsideUrbanAreas: outside, sum: inUrban + outside };
  const traps = municipalities.flatMap((m) =>
    m.remainderFloored || m.withoutOwnUrbanArea
      ? [{ code: m.code, name: m.name, text: m.remainderFloored ? FLOORED_TEXT : NO_OWN_URBAN_AREA_TEXT }]
      : [],
  );
  const common = {
    centre,
    target,
    targetLabel: TARGET_LABELS[target],
    n: query.n,
    capKm: REACH_CAP_KM,
    estimate: true as const,
    method: reachMethod(target),
    inputs: { year: REACH_YEAR, sources: [URBAN_SOURCE, ...sources] },
    traps,
    labourShed: labourShed(build, centre.municipality?.code ?? null),
  };
  if (radiusKm === null) {
    return {
      reached: false,
      ...common,
      withinCap: total,
      message: notReachedMessage(target, query.n, REACH_CAP_KM, total.sum),
    };
  }
  const nets = municipalities.flatMap((m) => (m.netCommuting === null ? [] : [m.netCommuting]));
  return {
    reached: true,
    ...common,
    radiusKm: Math.ceil(radiusKm * 10) / 10,
    total,
    urbanAreas,
    municipalities,
    commuting: {
      year: commuting.year,
      net: nets.length === municipalities.length ? nets.reduce((a, b) => a + b, 0) : null,
      source: commuting.source,
      note: COMMUTING_NOTE,
    },
  };
}
