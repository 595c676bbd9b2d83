/**
 * Request and response shapes of the Atlas HTTP API. The server validates against these and generates its OpenAPI
 * document from them; the dashboard infers its types from the server's routes (hc<AppType>), which use these.
 */
import { z } from 'zod';
import { FlowDirection } from './api-params';
import { IndicatorId, MunicipalityCode, Sex, Theme, Year } from './codes';
import { FirmSiteProperties } from './firm';
import { LineStringGeometry, MunicipalityProperties, PointGeometry } from './geography';
import { AggregateMethod } from './observation';
import { Direction, Indicator, LocalisedText, SourceRef, Unit } from './indicator';

// ---------- errors ----------

/** Every machine-readable error code the API sends; the message says the reason, `field` the parameter at fault. */
export const ApiErrorCode = z
  .enum([
    'invalid_parameter',
    'bad_request',
    'not_found',
    'method_not_allowed',
    'unsupported_media_type',
    'payload_too_large',
    'empty_file',
    'unreadable_file',
    'nothing_to_import',
    'unauthorised',
    'forbidden',
    'imports_disabled',
    'conflict',
    'rate_limited',
    /** A change based on an old version of a record (optimistic concurrency); the body has the current one. */
    'stale_version',
    /** A dependency (the PostgreSQL database) cannot be reached: retry later (503). */
    'unavailable',
    'internal',
  ])
  .meta({ id: 'ApiErrorCode' });
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiErrorBody = z
  .object({
    error: z.object({
      code: ApiErrorCode,
      message: z.string(),
      /** The query or path parameter at fault, when one is. */
      field: z.string().nullable(),
    }),
  })
  .meta({ id: 'ApiError' });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export * from './api-params';
export * from './reach';

// ---------- shared pieces ----------

export const NamedArea = z.object({ code: z.string(), name: z.string() });

const IndicatorSummary = z.object({
  id: IndicatorId,
  title: z.object({ sv: z.string(), en: z.string() }),
  theme: Theme,
  unit: Unit,
  decimals: z.number().int(),
  direction: Direction,
  /** What a reader must know to read the figure right, in both languages (empty when nothing). */
  caveats: z.array(LocalisedText),
});

export const AggregateFigure = z
  .object({
    year: Year,
    value: z.number().nullable(),
    method: AggregateMethod,
    /** How a computed figure was obtained, in words (English; methodText has both languages). */
    methodNote: z.string(),
    methodText: LocalisedText,
  })
  .meta({ id: 'AggregateFigure' });
export type AggregateFigure = z.infer<typeof AggregateFigure>;

// ---------- responses ----------

export const HealthResponse = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    buildId: z.string(),
    builtAt: z.string(),
    ingestVersion: z.string(),
    vintage: z.record(z.string(), z.number()),
    counts: z.object({
      municipalities: z.number().int(),
      indicators: z.number().int(),
      series: z.number().int(),
      firmSites: z.number().int(),
      urbanAreas: z.number().int(),
    }),
    /** Geometry URL including the buildId: cacheable forever. */
    geometryUrl: z.string(),
  })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof HealthResponse>;

export const IndicatorsResponse = z
  .object({ buildId: z.string(), indicators: z.array(Indicator) })
  .meta({ id: 'IndicatorCatalogue' });
export type IndicatorsResponse = z.infer<typeof IndicatorsResponse>;

export const RankedValue = z.object({
  code: MunicipalityCode,
  name: z.string(),
  value: z.number(),
  /** 1 = best by the indicator's direction (highest for neutral ones); ties share a rank. */
  rank: z.number().int().min(1),
  /** 100 = best, 0 = worst; ties get the mid-point of the places they share. */
  percentile: z.number().min(0).max(100),
});
export type RankedValue = z.infer<typeof RankedValue>;

export const ValuesResponse = z
  .object({
    indicator: IndicatorSummary,
    year: Year,
    source: SourceRef,
    /** Municipalities with a value this year: ranks run 1..n. */
    n: z.number().int(),
    /** The median municipality: median of the n municipal values, unweighted (the national figure is `national`). */
    nationalMedian: z
      .number()
      .nullable()
      .meta({ description: 'Median of the n municipal values (unweighted); null without values' }),
    national: AggregateFigure,
    values: z.array(RankedValue),
    /** Municipalities without a value (absent in the source, not zero). */
    missing: z.array(MunicipalityCode),
  })
  .meta({ id: 'IndicatorValues' });
export type ValuesResponse = z.infer<typeof ValuesResponse>;

export const SeriesPoint = z.object({ year: Year, value: z.number(), source: z.string() });

export const ProfileIndicator = z.object({
  indicator: IndicatorSummary,
  latest: z
    .object({
      year: Year,
      value: z.number(),
      source: SourceRef,
      rank: z.number().int(),
      n: z.number().int(),
      percentile: z.number(),
    })
    .nullable(),
  series: z.array(SeriesPoint),
  county: AggregateFigure.nullable(),
  national: AggregateFigure.nullable(),
  /** The county's and the nation's figure for every year of the series (the trend chart's comparison lines). */
  countySeries: z.array(AggregateFigure),
  nationalSeries: z.array(AggregateFigure),
});
export type ProfileIndicator = z.infer<typeof ProfileIndicator>;

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
  method: z.string(),
  /** Publisher, the KPI ids the counts are derived from, and licence; null when the build has no such counts. */
  source: SourceRef.nullable(),
  flows: z.object({ years: z.array(Year), scope: z.string() }),
});

export const ProfileResponse = z
  .object({
    municipality: MunicipalityProperties,
    buildId: z.string(),
    indicators: z.array(ProfileIndicator),
    commuting: CommutingSummary,
    peers: Peers,
  })
  .meta({ id: 'MunicipalityProfile' });
export type ProfileResponse = z.infer<typeof ProfileResponse>;

export const FlowFeature = z.object({
  type: z.literal('Feature'),
  geometry: LineStringGeometry,
  properties: z.object({
    origin: MunicipalityCode,
    originName: z.string(),
    destination: MunicipalityCode,
    destinationName: z.string(),
    persons: z.number().int(),
    direction: z.enum(['in', 'out']),
    sex: Sex,
    year: Year,
  }),
});

export const FlowsResponse = z
  .discriminatedUnion('coverage', [
    z.object({
      coverage: z.literal('flows'),
      type: z.literal('FeatureCollection'),
      municipality: NamedArea,
      year: Year,
      sex: Sex,
      direction: FlowDirection,
      scope: z.string(),
      source: z.object({ publisher: z.string(), table: z.string(), licence: z.string() }),
      note: z.string(),
      /** People living and working in the municipality (not drawn as a line). */
      liveAndWork: z.number().int().nullable(),
      features: z.array(FlowFeature),
    }),
    z.object({
      coverage: z.literal('none'),
      municipality: NamedArea,
      message: z.string(),
      municipalitiesWithFlows: z.array(MunicipalityCode),
    }),
  ])
  .meta({ id: 'CommutingFlows' });
export type FlowsResponse = z.infer<typeof FlowsResponse>;

export const FirmsResponse = z
  .object({
    type: z.literal('FeatureCollection'),
    attribution: z.string(),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        properties: FirmSiteProperties.extend({ distanceKm: z.number().optional() }),
        geometry: PointGeometry,
      }),
    ),
  })
  .meta({ id: 'FirmSites' });
export type FirmsResponse = z.infer<typeof FirmsResponse>;

export const CatchmentResponse = z
  .object({
    centre: z.object({
      lon: z.number(),
      lat: z.number(),
      municipality: NamedArea.nullable(),
      site: z.object({ siteId: z.string(), company: z.string(), location: z.string() }).nullable(),
    }),
    radiusKm: z.number(),
    urbanAreas: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        municipalityCode: MunicipalityCode,
        population: z.number().int(),
        distanceKm: z.number(),
      }),
    ),
    population: z.object({ sum: z.number().int(), year: Year, source: z.string() }),
    municipalities: z.array(
      NamedArea.extend({
        urbanPopulationInRadius: z.number().int(),
        urbanPopulation: z.number().int(),
        population: z.number().nullable(),
      }),
    ),
    outsideUrbanAreas: z.object({
      /** Share (%) of the touched municipalities' population living outside any urban area; null if unknown. */
      share: z.number().nullable(),
      persons: z.number().nullable(),
      /** The same for every municipality of the centre's LA region (null when the centre is in none). */
      laRegion: z.object({ share: z.number().nullable(), persons: z.number().nullable() }).nullable(),
      year: Year,
      method: z.string(),
    }),
    laRegion: NamedArea.nullable(),
    laRegions: z.array(NamedArea),
    note: z.string(),
  })
  .meta({ id: 'Catchment' });
export type CatchmentResponse = z.infer<typeof CatchmentResponse>;
