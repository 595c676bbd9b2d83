/**
 * "Sticker ut / Stands out": the indicators where a municipality lies furthest above and below a comparison group,
 * with the rule that picked them (GET /api/municipalities/{code}/stands-out).
 */
import { z } from 'zod';
import { IndicatorId, MunicipalityCode, Year } from './codes';
import { Direction, LocalisedText, SourceRef, Unit } from './indicator';

export const ComparisonGroup = z.enum(['peers', 'county', 'skr', 'nation']);
export type ComparisonGroup = z.infer<typeof ComparisonGroup>;

export const StandsOutQuery = z.object({
  group: ComparisonGroup.optional().meta({
    description: 'peers (most similar, default), county, skr (SKR municipality group) or nation (all 290)',
  }),
});

/** Minimum gap to the group median, in standard deviations across all municipalities with data that year. */
export const STANDS_OUT_MIN_SD = 0.5;
export const STANDS_OUT_MAX_ITEMS = 5;

export const StandsOutItem = z.object({
  indicator: z.object({
    id: IndicatorId,
    title: LocalisedText,
    direction: Direction,
    caveats: z.array(LocalisedText),
    /** How the value is written (the page formats it from the answer, without the whole catalogue). */
    unit: Unit,
    decimals: z.number().int().min(0).max(4),
  }),
  year: Year,
  value: z.number(),
  groupMedian: z.number(),
  /** (value - group median) / sd of all municipalities that year; sign as measured, not by direction. */
  differenceSd: z.number(),
  /** Position in the group including the municipality itself: 1 = best by the direction (highest if neutral). */
  groupRank: z.number().int().min(1),
  groupSize: z.number().int().min(1),
  /** Rank among all municipalities with data. */
  rank: z.number().int().min(1),
  n: z.number().int().min(1),
  source: SourceRef,
});
export type StandsOutItem = z.infer<typeof StandsOutItem>;

export const StandsOutResponse = z
  .object({
    municipality: z.object({ code: MunicipalityCode, name: z.string() }),
    group: z.object({
      kind: ComparisonGroup,
      label: LocalisedText,
      members: z.array(z.object({ code: MunicipalityCode, name: z.string() })),
    }),
    /** The rule, in words, as the page states it. */
    rule: LocalisedText,
    minDifferenceSd: z.number(),
    strengths: z.array(StandsOutItem),
    weaknesses: z.array(StandsOutItem),
    /** Indicators without a direction (neither better nor worse) with the largest gaps. */
    notable: z.array(StandsOutItem),
  })
  .meta({ id: 'StandsOut' });
export type StandsOutResponse = z.infer<typeof StandsOutResponse>;
