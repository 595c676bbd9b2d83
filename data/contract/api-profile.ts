/** GET /api/municipalities/:code: the profile, commuting counts and peers. */
import { z } from 'zod';
import { IndicatorId, MunicipalityCode, Year } from './codes';
import { MunicipalityProperties } from './geography';
import { LocalisedText, SourceRef } from './indicator';
import { ProfileSexView } from './api-params';
import { AggregateFigure, CategoryCount, IndicatorSummary, NamedArea, RankingOrder } from './api-shared';

export const SeriesPoint = z.object({ year: Year, value: z.number(), source: z.string() });
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/**
 * A county or national figure of one sex view: published by Kolada for that sex, summed by the atlas (counts only),
 * or unavailable with the reason. `derived` marks the gap: women's figure minus men's, only where both exist.
 */
export const SexAggregateFigure = AggregateFigure.extend({ derived: z.boolean() }).meta({
  id: 'SexAggregateFigure',
});
export type SexAggregateFigure = z.infer<typeof SexAggregateFigure>;

/**
 * One indicator's figures for the chosen sex view. `available: false` when Kolada does not split the KPI by sex
 * (`reason` says so): never zeros. The gap (women minus men) is `derived` and has no rank.
 */
export const ProfileSexFigure = z.object({
  view: ProfileSexView,
  label: LocalisedText,
  derived: z.boolean(),
  available: z.boolean(),
  reason: LocalisedText.nullable(),
  latest: z
    .object({
      year: Year,
      value: z.number(),
      source: SourceRef,
      n: z.number().int(),
      rank: z.number().int().min(1).optional(),
      percentile: z.number().min(0).max(100).optional(),
    })
    .nullable(),
  series: z.array(SeriesPoint),
  /** The county's and the nation's figure for this view in `latest`'s year; null without a latest year. */
  county: SexAggregateFigure.nullable(),
  national: SexAggregateFigure.nullable(),
});
export type ProfileSexFigure = z.infer<typeof ProfileSexFigure>;

/**
 * A sex view over every year, for the trend chart: the municipal series of that view with the county's and the
 * nation's figure of each of its years (same rules as `county`/`national`: Kolada's row for that sex, a sum of a
 * count, or unavailable with the reason; the gap only where both halves exist). Empty without a split.
 */
export const ProfileSexDetail = ProfileSexFigure.extend({
  countySeries: z.array(SexAggregateFigure),
  nationalSeries: z.array(SexAggregateFigure),
}).meta({ id: 'ProfileSexDetail' });
export type ProfileSexDetail = z.infer<typeof ProfileSexDetail>;

/** An indicator named by its id: what it is (titles, unit, caveats) is said once, in the catalogue. */
export const IndicatorRef = z.object({ id: IndicatorId });

/**
 * What the profile says about one indicator for this municipality: its figures (latest value, year, source with
 * table/KPI id, rank of n, and the county's and nation's figure of that year), not what the indicator is. Titles,
 * unit and caveats are in `GET /api/indicators` for the atlas set (the page loads it anyway) and in the answer's
 * `definitions` for the rest; the municipal series comes from `GET /api/municipalities/:code/series` after the first
 * screen. Together they were three fifths of the answer's brotli bytes (docs/locality.md).
 */
export const ProfileFigures = z.object({
  indicator: IndicatorRef,
  latest: z
    .object({
      year: Year,
      value: z.number(),
      source: SourceRef,
      /** 1 = best by direction, or 1 = highest for a neutral indicator; absent for categories (never ranked). */
      rank: z.number().int().min(1).optional(),
      n: z.number().int(),
      /** 100 = best, 0 = worst: only for an indicator with a direction (a neutral one has no better or worse). */
      percentile: z.number().min(0).max(100).optional(),
      /** How `rank` reads, the same words as the values answer. */
      ranking: RankingOrder,
      /** A categorical indicator: how many municipalities gave each answer that year (the value is one of them). */
      categories: z.array(CategoryCount).optional(),
    })
    .nullable(),
  /** The county's and the nation's figure of the latest year, with how each was obtained. */
  county: AggregateFigure.nullable(),
  national: AggregateFigure.nullable(),
  /** Only with `?sex=women|men|gap`: that view beside the totals above, which stay the default. */
  sex: ProfileSexFigure.optional(),
});
export type ProfileFigures = z.infer<typeof ProfileFigures>;

/** One indicator's figures with what the indicator is: how pages read a profile entry, and the detail's base. */
export const ProfileIndicator = ProfileFigures.extend({ indicator: IndicatorSummary });
export type ProfileIndicator = z.infer<typeof ProfileIndicator>;

/**
 * One indicator of the profile with its municipal series and the county's and the nation's figure for every year of
 * it (the trend chart's lines). Apart from the profile because each figure repeats its method in words: for the
 * atlas set they were four fifths of an 860 KB answer that the locality page's first screen does not show
 * (docs/locality.md).
 */
export const ProfileIndicatorDetail = ProfileIndicator.extend({
  series: z.array(SeriesPoint),
  countySeries: z.array(AggregateFigure),
  nationalSeries: z.array(AggregateFigure),
  /** Only with `?sex=women|men|gap`: that view over every year, beside the totals above (the default). */
  sex: ProfileSexDetail.optional(),
});
export type ProfileIndicatorDetail = z.infer<typeof ProfileIndicatorDetail>;

/** GET /api/municipalities/:code/indicators/:id: one indicator of the profile, every year in detail. */
export const ProfileIndicatorResponse = z
  .object({
    municipality: MunicipalityProperties.pick({ code: true, name: true, countyCode: true, countyName: true }),
    buildId: z.string(),
    item: ProfileIndicatorDetail,
  })
  .meta({ id: 'MunicipalityIndicatorDetail' });
export type ProfileIndicatorResponse = z.infer<typeof ProfileIndicatorResponse>;

/**
 * GET /api/municipalities/:code/series: the municipality's series of every atlas indicator (the sparklines and the
 * population trend), each point with its source id. Asked after the first screen, which shows none of it.
 */
export const ProfileSeriesResponse = z
  .object({
    municipality: MunicipalityProperties.pick({ code: true, name: true }),
    buildId: z.string(),
    series: z.array(z.object({ indicator: IndicatorId, points: z.array(SeriesPoint) })),
  })
  .meta({ id: 'MunicipalitySeries' });
export type ProfileSeriesResponse = z.infer<typeof ProfileSeriesResponse>;

export const SimilarPeer = z.object({
  code: MunicipalityCode,
  name: z.string(),
  distance: z.number(),
  /** The indicators on which this peer is closest (smallest standardised difference). */
  closestOn: z.array(z.object({ indicator: IndicatorId, difference: z.number() })),
});
export type SimilarPeer = z.infer<typeof SimilarPeer>;

export const Peers = z.object({
  skrGroup: z.object({ code: z.string(), name: z.string(), members: z.array(NamedArea) }),
  laRegion: z.object({ code: z.string(), name: z.string(), members: z.array(NamedArea) }),
  similar: z.object({
    method: z.string(),
    indicators: z.array(z.object({ id: IndicatorId, year: Year, logScale: z.boolean() })),
    peers: z.array(SimilarPeer),
  }),
});
export type Peers = z.infer<typeof Peers>;

const CommutingCount = z.object({ value: z.number(), year: Year }).nullable();
export const CommutingSummary = z.object({
  inCommuters: CommutingCount,
  outCommuters: CommutingCount,
  liveAndWork: CommutingCount,
  net: CommutingCount,
  /** How the counts were obtained (English, for scripts); methodText says it in both languages. */
  method: z.string(),
  methodText: LocalisedText,
  /** Publisher, the KPI ids the counts are derived from, and licence; null when the build has no such counts. */
  source: SourceRef.nullable(),
  flows: z.object({ years: z.array(Year), scope: z.string() }),
});

export const ProfileResponse = z
  .object({
    municipality: MunicipalityProperties,
    buildId: z.string(),
    indicators: z.array(ProfileFigures),
    /** What each indicator outside the atlas set is (the atlas set's are in GET /api/indicators): empty by default. */
    definitions: z.array(IndicatorSummary),
    commuting: CommutingSummary,
    peers: Peers,
  })
  .meta({ id: 'MunicipalityProfile' });
export type ProfileResponse = z.infer<typeof ProfileResponse>;
