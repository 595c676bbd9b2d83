import type { Indicator, MunicipalityProperties, ObservationSeries } from '../../data/contract';
import type {
  ProfileFigures,
  ProfileIndicatorResponse,
  ProfileResponse,
  ProfileSeriesResponse,
  ProfileSexView,
  SeriesPoint,
} from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { countyFigure, nationalFigure, sourceOf } from './aggregates';
import { commutingSummary } from './commuting-summary';
import { summariseIndicator } from '../../data/format/indicator-summary';
import { badParameter } from '../http/api-error';
import { requireIndicator, requireMunicipality, seriesOf } from './lookup';
import { findPeers } from './peers';
import { sexFigure } from './profile-sex';
import { sexDetail } from './profile-sex-detail';
import { rankingOf } from './ranking-cache';
import { categoryCounts, isCategorical, rankingOrder } from './ranking-order';

/** One indicator's figures for the profile: named by id, without its texts or its series (see ProfileFigures). */
function profileFigures(
  build: AtlasBuild,
  indicator: Indicator,
  m: MunicipalityProperties,
  sex: ProfileSexView | undefined,
): ProfileFigures {
  return {
    indicator: { id: indicator.id },
    ...totals(build, indicator, m),
    ...(sex ? { sex: sexFigure(build, indicator, m.code, sex) } : {}),
  };
}

type Totals = Pick<ProfileFigures, 'latest' | 'county' | 'national'>;

function totals(build: AtlasBuild, indicator: Indicator, m: MunicipalityProperties): Totals {
  const latestSeries = valuedSeries(build, indicator, m).at(-1);
  if (!latestSeries) return { latest: null, county: null, national: null };
  return {
    latest: {
      year: latestSeries.year,
      value: latestSeries.municipalities[m.code]!,
      source: sourceOf(indicator, latestSeries),
      n: Object.keys(latestSeries.municipalities).length,
      ...standing(indicator, latestSeries, m.code),
    },
    county: countyFigure(indicator, latestSeries, m.countyCode),
    national: nationalFigure(indicator, latestSeries),
  };
}

/** The municipality's value of every year it has one, each with the source that gave it. */
const municipalSeries = (build: AtlasBuild, indicator: Indicator, m: MunicipalityProperties): SeriesPoint[] =>
  valuedSeries(build, indicator, m).map((s) => ({
    year: s.year,
    value: s.municipalities[m.code]!,
    source: s.source,
  }));

/** The years in which the municipality has a value: the series, and the years of the county and national lines. */
const valuedSeries = (build: AtlasBuild, indicator: Indicator, m: MunicipalityProperties) =>
  seriesOf(build, indicator.id).filter((s) => s.municipalities[m.code] !== undefined);

/**
 * Where the municipality stands, read as the values answer reads it: categories are counted (no rank), a neutral
 * indicator has a highest but no best (rank 1 = highest, no percentile), a directed one a rank and a percentile.
 */
function standing(
  indicator: Indicator,
  series: ObservationSeries,
  code: string,
): Pick<NonNullable<ProfileFigures['latest']>, 'rank' | 'percentile' | 'ranking' | 'categories'> {
  const ranking = rankingOrder(indicator);
  if (isCategorical(indicator))
    return { ranking, categories: categoryCounts(indicator, Object.values(series.municipalities)) };
  const place = rankingOf(indicator, series).get(code)!;
  if (indicator.direction === 'neutral') return { ranking, rank: place.rank };
  return { ranking, rank: place.rank, percentile: place.percentile };
}

export interface ProfileOptions {
  similarBy?: readonly string[];
  similarCount?: number;
  /** A Kolada operating area instead of the atlas set (see profileIndicatorIds). */
  group?: string;
  /** Chosen indicators (any catalogue ids, e.g. one opened from the planner) instead of the atlas set. */
  indicators?: readonly string[];
  /** Adds women's or men's figures, or the derived gap, beside each indicator's totals. */
  sex?: ProfileSexView;
}

/**
 * The profile's indicators: the atlas set by default, every indicator of one Kolada operating area, and/or the
 * indicators asked for by id (each resolved through the catalogue's aliases).
 */
export function profileIndicatorIds(
  build: AtlasBuild,
  group: string | undefined,
  chosen?: readonly string[],
): readonly string[] {
  if (chosen !== undefined) {
    const ids = chosen.map((id) => {
      const indicator = build.indicatorById.get(id);
      if (!indicator)
        throw badParameter('indicators', `unknown indicator '${id}'; see /api/indicators/catalogue`);
      return indicator.id;
    });
    return [...new Set([...(group === undefined ? [] : profileIndicatorIds(build, group)), ...ids])];
  }
  if (group === undefined) return build.indicators.map((indicator) => indicator.id);
  const ids = build.kolada.groups.get(group);
  if (!ids)
    throw badParameter('group', `unknown Kolada operating area '${group}'; see /api/indicators/catalogue`);
  return ids;
}

/** Everything the atlas knows about one municipality: every indicator, commuting counts and peers. */
export function municipalityProfile(
  build: AtlasBuild,
  code: string,
  options: ProfileOptions = {},
): ProfileResponse {
  const municipality = requireMunicipality(build, code);
  const indicators = profileIndicatorIds(build, options.group, options.indicators).flatMap((id) => {
    const indicator = build.indicatorById.get(id);
    return indicator ? [indicator] : [];
  });
  // The atlas set is described by GET /api/indicators, which every page holds: only the rest is described here.
  const atlasSet = new Set(build.indicators.map((indicator) => indicator.id));
  return {
    municipality,
    buildId: build.manifest.buildId,
    indicators: indicators.map((indicator) => profileFigures(build, indicator, municipality, options.sex)),
    definitions: indicators.filter((indicator) => !atlasSet.has(indicator.id)).map(summariseIndicator),
    commuting: commutingSummary(build, code),
    peers: findPeers(build, municipality, options.similarBy, options.similarCount ?? 5),
  };
}

/**
 * One indicator of a municipality's profile with the county's and the nation's figure (and method) for every year
 * of its series: what the trend chart draws. Any catalogue id (aliases resolve); the rest of Kolada must be loaded
 * (`build.kolada.ensure`) first, and with `sex` that view's series too. Without `sex` the answer is the totals' alone.
 */
export function municipalityIndicator(
  build: AtlasBuild,
  code: string,
  id: string,
  sex?: ProfileSexView,
): ProfileIndicatorResponse {
  const municipality = requireMunicipality(build, code);
  const indicator = requireIndicator(build, id);
  const withValue = valuedSeries(build, indicator, municipality);
  const { name, countyCode, countyName } = municipality;
  return {
    municipality: { code: municipality.code, name, countyCode, countyName },
    buildId: build.manifest.buildId,
    item: {
      indicator: summariseIndicator(indicator),
      ...totals(build, indicator, municipality),
      series: municipalSeries(build, indicator, municipality),
      countySeries: withValue.map((s) => countyFigure(indicator, s, countyCode)),
      nationalSeries: withValue.map((s) => nationalFigure(indicator, s)),
      ...(sex ? { sex: sexDetail(build, indicator, municipality, sex) } : {}),
    },
  };
}

/** Every atlas indicator's municipal series for one municipality: the sparklines, asked after the first screen. */
export function municipalitySeries(build: AtlasBuild, code: string): ProfileSeriesResponse {
  const municipality = requireMunicipality(build, code);
  return {
    municipality: { code: municipality.code, name: municipality.name },
    buildId: build.manifest.buildId,
    series: build.indicators.map((indicator) => ({
      indicator: indicator.id,
      points: municipalSeries(build, indicator, municipality),
    })),
  };
}
