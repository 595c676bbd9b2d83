import type { MunicipalityProperties } from '../../data/contract';
import type { Peers } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { badParameter } from '../http/api-error';
import { requireIndicator, seriesOf } from './lookup';
import { mostSimilar, type StandardisedColumn, standardise } from './similarity';

/** Compared when ?similarBy= is not given: size, industry, jobs, skills, commuting, income and age. */
export const DEFAULT_SIMILARITY_INDICATORS = [
  'population_total',
  'manufacturing_jobs_share',
  'employment_rate_20_64',
  'post_secondary_25_64',
  'commuting_out_share',
  'median_household_disposable_income',
  'share_aged_75_plus',
];

export const SIMILARITY_METHOD =
  'Euclidean distance over z-scores ((value - mean) / sd across all municipalities with data) of each indicator ' +
  'in its latest year; persons counts are compared on log10. Indicators a pair lacks are skipped and the sum ' +
  'is scaled by K / compared. closestOn lists the indicators with the smallest standardised differences.';

function similarityColumns(build: AtlasBuild, ids: readonly string[], explicit: boolean) {
  const used: Peers['similar']['indicators'] = [];
  const columns: StandardisedColumn[] = [];
  for (const id of ids) {
    const indicator = explicit ? requireIndicator(build, id, 'similarBy') : build.indicatorById.get(id);
    if (!indicator) continue;
    const latest = seriesOf(build, id)
      .filter((s) => Object.keys(s.municipalities).length > 1)
      .at(-1);
    if (!latest) {
      if (explicit) throw badParameter('similarBy', `indicator '${id}' has no municipal data to compare on`);
      continue;
    }
    const values = new Map(Object.entries(latest.municipalities));
    const logScale = indicator.unit === 'persons' && [...values.values()].every((value) => value > 0);
    columns.push({ id, z: standardise(values, logScale) });
    used.push({ id, year: latest.year, logScale });
  }
  return { used, columns };
}

const named = (m: MunicipalityProperties) => ({ code: m.code, name: m.name });

export function findPeers(
  build: AtlasBuild,
  municipality: MunicipalityProperties,
  similarBy: readonly string[] | undefined,
  similarCount: number,
): Peers {
  const everyone = [...build.municipalityByCode.values()];
  const others = everyone.filter((m) => m.code !== municipality.code);
  const ids = similarBy ? [...new Set(similarBy)] : DEFAULT_SIMILARITY_INDICATORS;
  const { used, columns } = similarityColumns(build, ids, !!similarBy);
  const similar = mostSimilar(
    municipality.code,
    columns,
    everyone.map((m) => m.code),
    similarCount,
  );
  return {
    skrGroup: {
      code: municipality.skrGroupCode,
      name: municipality.skrGroupName,
      members: others.filter((m) => m.skrGroupCode === municipality.skrGroupCode).map(named),
    },
    laRegion: {
      code: municipality.laCode,
      name: municipality.laName,
      members: others.filter((m) => m.laCode === municipality.laCode).map(named),
    },
    similar: {
      method: SIMILARITY_METHOD,
      indicators: used,
      peers: similar.map((peer) => ({
        ...peer,
        name: build.municipalityByCode.get(peer.code)?.name ?? peer.code,
      })),
    },
  };
}
