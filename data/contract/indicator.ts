import { z } from 'zod';
import { CatalogueTheme, IndicatorId, Year } from './codes';

export const Direction = z.enum(['higher_is_better', 'higher_is_worse', 'neutral']);
export type Direction = z.infer<typeof Direction>;

export const Unit = z.enum([
  'persons',
  'percent',
  'sek',
  'sek_per_m2',
  'ratio',
  'dwellings',
  'per_1000_inhabitants',
  'per_100000_inhabitants',
  'years',
  'km',
  'category',
  'thousand_sek_per_inhabitant',
  /** A Kolada count that is not persons or dwellings ("antal"). */
  'count',
  'sek_per_inhabitant',
  'per_10000_inhabitants',
  /** Any other unit: shown as Kolada writes it (`unitText`). */
  'as_written',
]);
export type Unit = z.infer<typeof Unit>;

export const LocalisedText = z.object({ sv: z.string().min(1), en: z.string().min(1) });
export type LocalisedText = z.infer<typeof LocalisedText>;

export const SourceRef = z.object({
  /** Stable id of the source definition in data/sources (e.g. "scb-befolkning", "kolada"). */
  id: z.string().min(1),
  publisher: z.string().min(1),
  /** SCB table id or Kolada KPI id, exactly as the publisher names it. */
  table: z.string().min(1),
  licence: z.string().min(1),
  /** How to cite, e.g. "Källa: SCB". */
  citation: z.string().min(1),
  url: z.string().url().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** How a county or national figure is obtained when the source does not publish one. */
export const AggregateRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('published') }),
  z.object({ kind: z.literal('sum') }),
  z.object({ kind: z.literal('weighted_mean'), base: IndicatorId }),
  z.object({
    kind: z.literal('unavailable'),
    reason: z.string().min(1),
    /** The reason in both languages (reason is the English one, kept for older clients). */
    reasonText: LocalisedText.optional(),
  }),
]);
export type AggregateRule = z.infer<typeof AggregateRule>;

export const Indicator = z.object({
  id: IndicatorId,
  title: LocalisedText,
  description: LocalisedText.optional(),
  theme: CatalogueTheme,
  unit: Unit,
  /** Numbers of decimals to show. */
  decimals: z.number().int().min(0).max(4),
  direction: Direction,
  /** Every source that fills this indicator, in order of preference; observations say per year which one. */
  sources: z.array(SourceRef).min(1),
  years: z.array(Year),
  /** Municipalities with a value in the latest year. */
  coverage: z.object({ latestYear: Year.nullable(), municipalities: z.number().int().min(0).max(290) }),
  countyRule: AggregateRule,
  nationalRule: AggregateRule,
  caveat: LocalisedText.optional(),
  /** For derived indicators: the formula over other indicator ids. */
  formula: z.string().optional(),
  derived: z.boolean(),
  /** Category labels for unit "category" (e.g. housing-market balance). */
  categories: z.array(z.object({ value: z.number(), label: LocalisedText })).optional(),
  /** Kolada KPI id (N01951) for indicators from the whole-Kolada catalogue. */
  kpi: z.string().optional(),
  /** Kolada's operating areas. */
  groups: z.array(z.string()).optional(),
  /** True for the curated atlas set (indicators.json); false for the rest of Kolada. */
  atlasSet: z.boolean().optional(),
  /** Women and men are published separately (sex=women|men|gap on the values route). */
  bySex: z.boolean().optional(),
  /** The unit as Kolada writes it at the end of the title ("andel (%)", "kr/inv"). */
  unitText: z.string().optional(),
  /** "sv" when Kolada publishes no English title: `title.en` then repeats the Swedish one. */
  titleLanguage: z.literal('sv').optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorCatalogue = z.array(Indicator);
export type IndicatorCatalogue = z.infer<typeof IndicatorCatalogue>;
