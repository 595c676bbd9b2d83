/**
 * The attractiveness index: its framework (pillars of indicators, each with the direction it takes in this index)
 * and the WeightSet a group edits (weights, directions, method). Shared by the model (data/attractiveness), the API
 * and the dashboard; the live workshop stores one WeightSet per organisation.
 */
import { z } from 'zod';
import { IndicatorId, Year } from './codes';
import { LocalisedText } from './indicator';

/** Direction in this index, kept apart from the catalogue's (which is mostly neutral). */
export const IndexDirection = z.enum(['better', 'worse']);
export type IndexDirection = z.infer<typeof IndexDirection>;

export const IndexNormalisation = z.enum(['minmax', 'zscore', 'percentile']);
export type IndexNormalisation = z.infer<typeof IndexNormalisation>;
export const INDEX_NORMALISATIONS = IndexNormalisation.options;

export const IndexAggregation = z.enum(['arithmetic', 'geometric']);
export type IndexAggregation = z.infer<typeof IndexAggregation>;
export const INDEX_AGGREGATIONS = IndexAggregation.options;

export const PillarId = z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, 'a pillar id is a lowercase slug');
export type PillarId = z.infer<typeof PillarId>;

export const FrameworkIndicator = z.object({
  id: IndicatorId,
  /** The framework's own title, for an indicator whose catalogue title is in one language only (most of Kolada). */
  title: LocalisedText.optional(),
  direction: IndexDirection,
  /** One line on why this direction, in this index. */
  reason: LocalisedText,
  weight: z.number().min(0).default(1),
});
export type FrameworkIndicator = z.infer<typeof FrameworkIndicator>;

export const FrameworkPillar = z.object({
  id: PillarId,
  title: LocalisedText,
  weight: z.number().min(0).default(1),
  indicators: z.array(FrameworkIndicator).min(1),
  /** Indicators this pillar wants once the catalogue has them (e.g. Kolada KPIs not ingested yet). */
  wanted: z.array(z.object({ kpi: z.string(), title: LocalisedText })).default([]),
});
export type FrameworkPillar = z.infer<typeof FrameworkPillar>;

export const IndexFramework = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/),
  title: LocalisedText,
  pillars: z.array(FrameworkPillar).min(1),
});
export type IndexFramework = z.infer<typeof IndexFramework>;

export const IndexMethod = z.object({
  normalisation: IndexNormalisation.default('minmax'),
  aggregation: IndexAggregation.default('arithmetic'),
  /** Share of a pillar's indicators a municipality needs for a pillar score. */
  minPillarShare: z
    .number()
    .gt(0)
    .max(1)
    .default(2 / 3),
  /** Reference year for every indicator; null: per indicator, the latest year with at least 250 municipalities. */
  year: Year.nullable().default(null),
  /** COINr's skew/kurtosis rule; "none" keeps raw values. */
  treatment: z.enum(['coinr', 'none']).default('coinr'),
});
export type IndexMethod = z.infer<typeof IndexMethod>;

/** An indicator a group adds to a pillar: it must say which direction it takes. */
export const AddedIndicator = z.object({ pillar: PillarId, id: IndicatorId, direction: IndexDirection });
export type AddedIndicator = z.infer<typeof AddedIndicator>;

/**
 * What a group chose, relative to a framework: weights by pillar or indicator id (absent: the framework's),
 * flipped directions, added indicators and the method. Weights are relative; the model normalises them.
 */
export const WeightSet = z.object({
  framework: z.string().min(1),
  weights: z.record(z.string(), z.number().min(0)).default({}),
  directions: z.record(IndicatorId, IndexDirection).default({}),
  added: z.array(AddedIndicator).default([]),
  method: IndexMethod.default(IndexMethod.parse({})),
  /** The build the weights were chosen against; null when not pinned. */
  buildId: z.string().nullable().default(null),
});
export type WeightSet = z.infer<typeof WeightSet>;

export const PerspectiveId = z.enum(['firm', 'municipality', 'region', 'school']);
export type PerspectiveId = z.infer<typeof PerspectiveId>;
export const PERSPECTIVE_IDS = PerspectiveId.options;

/** A named starting weighting: a starting point for a group, not anyone's real view. */
export const Perspective = z.object({
  id: PerspectiveId,
  title: LocalisedText,
  note: LocalisedText,
  weights: z.record(z.string(), z.number().min(0)),
});
export type Perspective = z.infer<typeof Perspective>;

/** One indicator's values as the index reads them: each municipality's latest value in a three-year window. */
export const IndicatorWindow = z.object({
  id: IndicatorId,
  referenceYear: Year,
  from: Year,
  to: Year,
  /** Which source filled each year of the window that has data. */
  sources: z.array(z.object({ year: Year, citation: z.string(), table: z.string() })),
  /** Municipality code -> [value, year of that value]; municipalities without a value in the window are absent. */
  values: z.record(z.string(), z.tuple([z.number(), Year])),
});
export type IndicatorWindow = z.infer<typeof IndicatorWindow>;

export const IndexInputs = z.object({
  buildId: z.string(),
  /** Every municipality the index ranks (all 290), so missing ones are reported, never dropped. */
  codes: z.array(z.string()),
  indicators: z.array(IndicatorWindow),
});
export type IndexInputs = z.infer<typeof IndexInputs>;
