import type { Indicator, MunicipalityProperties } from '../../data/contract';
import type { ProfileIndicator, ProfileResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { countyFigure, nationalFigure, sourceOf } from './aggregates';
import { commutingSummary } from './commuting-summary';
import { summariseIndicator } from './indicator-summary';
import { requireMunicipality, seriesOf } from './lookup';
import { findPeers } from './peers';
import { rankingOf } from './ranking-cache';

function profileIndicator(
  build: AtlasBuild,
  indicator: Indicator,
  m: MunicipalityProperties,
): ProfileIndicator {
  const withValue = seriesOf(build, indicator.id).filter((s) => s.municipalities[m.code] !== undefined);
  const series = withValue.map((s) => ({ year: s.year, value: s.municipalities[m.code]!, source: s.source }));
  const latestSeries = withValue.at(-1);
  if (!latestSeries)
    return {
      indicator: summariseIndicator(indicator),
      latest: null,
      series,
      county: null,
      national: null,
      countySeries: [],
      nationalSeries: [],
    };
  const ranking = rankingOf(indicator, latestSeries).get(m.code)!;
  return {
    indicator: summariseIndicator(indicator),
    latest: {
      year: latestSeries.year,
      value: latestSeries.municipalities[m.code]!,
      source: sourceOf(indicator, latestSeries),
      rank: ranking.rank,
      n: Object.keys(latestSeries.municipalities).length,
      percentile: ranking.percentile,
    },
    series,
    county: countyFigure(indicator, latestSeries, m.countyCode),
    national: nationalFigure(indicator, latestSeries),
    countySeries: withValue.map((s) => countyFigure(indicator, s, m.countyCode)),
    nationalSeries: withValue.map((s) => nationalFigure(indicator, s)),
  };
}

export interface ProfileOptions {
  similarBy?: readonly string[];
  similarCount?: number;
}

/** Everything the atlas knows about one municipality: every indicator, commuting counts and peers. */
export function municipalityProfile(
  build: AtlasBuild,
  code: string,
  options: ProfileOptions = {},
): ProfileResponse {
  const municipality = requireMunicipality(build, code);
  return {
    municipality,
    buildId: build.manifest.buildId,
    indicators: build.indicators.map((indicator) => profileIndicator(build, indicator, municipality)),
    commuting: commutingSummary(build, code),
    peers: findPeers(build, municipality, options.similarBy, options.similarCount ?? 5),
  };
}
