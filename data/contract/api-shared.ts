/** Pieces several API answers share: a named area, an indicator summary, a county or national figure. */
import { z } from 'zod';
import { CatalogueTheme, IndicatorId, Year } from './codes';
import { Direction, LocalisedText, Unit } from './indicator';
import { AggregateMethod } from './observation';

export const NamedArea = z.object({ code: z.string(), name: z.string() });

/** What a values or profile answer says about its indicator. */
export const IndicatorSummary = z.object({
  id: IndicatorId,
  title: z.object({ sv: z.string(), en: z.string() }),
  /** "sv" when Kolada publishes no English title (`title.en` repeats the Swedish): shown marked on English pages. */
  titleLanguage: z.literal('sv').optional(),
  theme: CatalogueTheme,
  unit: Unit,
  decimals: z.number().int(),
  direction: Direction,
  /** What a reader must know to read the figure right, in both languages (empty when nothing). */
  caveats: z.array(LocalisedText),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummary>;

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

/** How an answer's ranks read: by the indicator's direction, highest first (neutral), or not at all (categories). */
export const RankingOrder = z.object({
  order: z.enum(['by_direction', 'highest_first', 'none']),
  text: LocalisedText,
});

/** One answer of a categorical indicator and how many municipalities gave it. */
export const CategoryCount = z.object({ value: z.number(), label: LocalisedText, count: z.number().int() });
