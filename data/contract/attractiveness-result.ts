/** What the attractiveness index model returns, as the API serves it and the dashboard reads it. */
import { z } from 'zod';
import { IndexAggregation, IndexDirection, IndexNormalisation, WeightSet } from './attractiveness';
import { IndicatorId, Year } from './codes';
import { LocalisedText } from './indicator';

const End = z.enum(['high', 'low']);
export const TreatmentChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('winsorised'), points: z.number().int().min(1), end: End }),
  z.object({ kind: z.literal('log'), end: End }),
]);
export type TreatmentChoice = z.infer<typeof TreatmentChoice>;

const Shape = z.object({ skew: z.number(), kurtosis: z.number() });
export const TreatmentReport = z.object({ choice: TreatmentChoice, before: Shape, after: Shape });
export type TreatmentReport = z.infer<typeof TreatmentReport>;

export const IndexIndicatorInfo = z.object({
  id: IndicatorId,
  pillar: z.string(),
  direction: IndexDirection,
  /** The group turned the framework's direction round. */
  flipped: z.boolean(),
  /** Why this direction; null for an indicator a group added. */
  reason: LocalisedText.nullable(),
  /** Share of its pillar's weight (0..1). */
  weight: z.number(),
  /** Share of the whole index (0..1). */
  indexWeight: z.number(),
  referenceYear: Year,
  from: Year,
  to: Year,
  /** Municipalities with a value in the window. */
  coverage: z.number().int(),
  treatment: TreatmentReport,
  sources: z.array(z.object({ year: Year, citation: z.string(), table: z.string() })),
});
export type IndexIndicatorInfo = z.infer<typeof IndexIndicatorInfo>;

export const MissingReason = z.object({
  pillar: z.string(),
  /** Indicators of the pillar the municipality has, how many it needs, out of how many. */
  has: z.number().int(),
  needs: z.number().int(),
  of: z.number().int(),
});
export type MissingReason = z.infer<typeof MissingReason>;

export const IndexRow = z.object({
  code: z.string(),
  /** 0..100; null when missing (see `missing`). */
  index: z.number().nullable(),
  /** The weighted mean before any rescaling; the contributions add up to it. */
  aggregate: z.number().nullable(),
  rank: z.number().int().nullable(),
  pillars: z.record(z.string(), z.number().nullable()),
  contributions: z.record(z.string(), z.number().nullable()),
  /** The raw value used and its year; null when the municipality has none in the window. */
  values: z.record(
    z.string(),
    z.object({ value: z.number(), year: Year, hypothetical: z.boolean() }).nullable(),
  ),
  missing: MissingReason.nullable(),
});
export type IndexRow = z.infer<typeof IndexRow>;

export const IndexResult = z.object({
  framework: z.string(),
  normalisation: IndexNormalisation,
  aggregation: IndexAggregation,
  minPillarShare: z.number(),
  pillars: z.array(
    z.object({ id: z.string(), title: LocalisedText, weight: z.number(), indicators: z.array(IndicatorId) }),
  ),
  indicators: z.array(IndexIndicatorInfo),
  rows: z.array(IndexRow),
  /** Municipalities with an index. */
  n: z.number().int(),
  /** A what-if changed a value: nothing here is a real figure. */
  hypothetical: z.boolean(),
});
export type IndexResult = z.infer<typeof IndexResult>;

export const RobustnessFactor = z.union([
  z.templateLiteral(['weight:', z.string()]),
  z.literal('normalisation'),
  z.literal('aggregation'),
  z.literal('leave_out'),
]);
export type RobustnessFactor = z.infer<typeof RobustnessFactor>;

export const RankInterval = z.object({
  median: z.number().int(),
  p5: z.number().int(),
  p95: z.number().int(),
  /** Draws in which the municipality had an index. */
  draws: z.number().int(),
  /** The choice that explains most of the variance of its rank (first order); null if its rank never moves. */
  driver: z.object({ factor: RobustnessFactor, share: z.number() }).nullable(),
});
export type RankInterval = z.infer<typeof RankInterval>;

export const RobustnessResult = z.object({
  draws: z.number().int(),
  seed: z.number().int(),
  perturbation: z.number(),
  factors: z.array(RobustnessFactor),
  intervals: z.record(z.string(), RankInterval.nullable()),
});
export type RobustnessResult = z.infer<typeof RobustnessResult>;

export const IndexResponse = z
  .object({
    buildId: z.string(),
    weightSet: WeightSet,
    result: IndexResult,
    robustness: RobustnessResult.nullable(),
  })
  .meta({ id: 'IndexResponse' });
export type IndexResponse = z.infer<typeof IndexResponse>;
