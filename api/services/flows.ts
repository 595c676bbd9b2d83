import type { CommutingFlow, Sex } from '../../data/contract';
import type { FlowsResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { notFound } from '../http/api-error';
import { requireMunicipality } from './lookup';

export interface FlowQuery {
  municipality: string;
  direction?: 'in' | 'out' | 'both';
  year?: number;
  sex?: Sex;
  top?: number;
}

/**
 * Origin-destination commuting flows of one municipality as lines between interior points. Where the build has no
 * flows for it, the answer says so explicitly instead of an empty collection that would read as zero commuting.
 */
export function commutingFlows(build: AtlasBuild, query: FlowQuery): FlowsResponse {
  const m = requireMunicipality(build, query.municipality, 'municipality');
  const coverage = build.commuting.coverage.find((entry) => entry.municipality === m.code);
  const municipality = { code: m.code, name: m.name };
  if (!coverage || coverage.years.length === 0) {
    const covered = build.commuting.coverage.filter((e) => e.years.length > 0);
    return {
      coverage: 'none',
      municipality,
      message:
        `This build has no origin-destination commuting flows for ${m.name} (${m.code})` +
        (covered[0]
          ? `: it has flows only for ${covered.length} municipalities (${covered[0].scope}). `
          : '. ') +
        `Derived in-, out- and net commuting counts for all 290 are in /api/municipalities/${m.code} (commuting).`,
      municipalitiesWithFlows: covered.map((e) => e.municipality),
    };
  }
  const year = query.year ?? Math.max(...coverage.years);
  if (!coverage.years.includes(year)) {
    throw notFound(
      'year',
      `no flows for ${m.name} in ${year}; years with flows: ${coverage.years.join(', ')}`,
    );
  }
  const sex = query.sex ?? 'total';
  const direction = query.direction ?? 'both';
  const sameSlice = build.commuting.flows.filter((f) => f.year === year && f.sex === sex);
  const liveAndWork = sameSlice.find((f) => f.origin === m.code && f.destination === m.code)?.persons ?? null;
  const lines = sameSlice
    .filter((f) => f.origin !== f.destination)
    .flatMap((f): { flow: CommutingFlow; way: 'in' | 'out' }[] => {
      if (f.origin === m.code && direction !== 'in') return [{ flow: f, way: 'out' }];
      if (f.destination === m.code && direction !== 'out') return [{ flow: f, way: 'in' }];
      return [];
    })
    .sort((a, b) => b.flow.persons - a.flow.persons || a.flow.origin.localeCompare(b.flow.origin))
    .slice(0, query.top ?? Number.POSITIVE_INFINITY);
  const features = lines.flatMap(({ flow, way }) => {
    const origin = build.municipalityByCode.get(flow.origin);
    const destination = build.municipalityByCode.get(flow.destination);
    if (!origin || !destination) return [];
    return [
      {
        type: 'Feature' as const,
        geometry: {
          type: 'LineString' as const,
          coordinates: [origin.interiorPoint, destination.interiorPoint],
        },
        properties: {
          origin: origin.code,
          originName: origin.name,
          destination: destination.code,
          destinationName: destination.name,
          persons: flow.persons,
          direction: way,
          sex,
          year,
        },
      },
    ];
  });
  const { publisher, table, licence } = build.commuting.source;
  return {
    coverage: 'flows',
    type: 'FeatureCollection',
    municipality,
    year,
    sex,
    direction,
    scope: coverage.scope,
    source: { publisher, table, licence },
    note: build.commuting.note,
    liveAndWork,
    features,
  };
}
