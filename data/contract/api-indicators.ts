/** GET /api/indicators, /indicators/catalogue and /indicators/:id: the catalogue, search and details. */
import { z } from 'zod';
import { CatalogueTheme, IndicatorId, Year } from './codes';
import { Indicator, Unit } from './indicator';

/** One line of the slim catalogue: enough for a picker with 2,000 entries, without descriptions. */
export const CatalogueLine = z
  .object({
    id: IndicatorId,
    kpi: z.string().nullable(),
    title: z.object({ sv: z.string(), en: z.string() }),
    /** "sv" when Kolada publishes no English title (title.en repeats the Swedish one). */
    titleLanguage: z.literal('sv').optional(),
    theme: CatalogueTheme,
    groups: z.array(z.string()),
    unit: Unit,
    atlasSet: z.boolean(),
    bySex: z.boolean(),
    latestYear: Year.nullable(),
    municipalities: z.number().int(),
  })
  .meta({ id: 'CatalogueLine' });
export type CatalogueLine = z.infer<typeof CatalogueLine>;

export const IndicatorsResponse = z
  .object({
    buildId: z.string(),
    /** The atlas set in full; empty when the request searches (q, group or theme). */
    indicators: z.array(Indicator),
    /** With q, group or theme: the matching indicators of the whole catalogue, atlas set first, then by score. */
    matches: z.array(CatalogueLine.extend({ score: z.number() })).optional(),
    total: z.number().int().optional(),
  })
  .meta({ id: 'IndicatorCatalogue' });
export type IndicatorsResponse = z.infer<typeof IndicatorsResponse>;

export const SlimCatalogueResponse = z
  .object({
    buildId: z.string(),
    idRule: z.string(),
    /** Every indicator: the atlas set first, then the rest of Kolada by KPI id. */
    indicators: z.array(CatalogueLine),
    groups: z.array(z.object({ name: z.string(), count: z.number().int() })),
    /** Kolada publishes no English titles: the English interface shows the Swedish ones, marked. */
    note: z.string(),
  })
  .meta({ id: 'SlimCatalogue' });
export type SlimCatalogueResponse = z.infer<typeof SlimCatalogueResponse>;

export const IndicatorDetailsResponse = z
  .object({
    buildId: z.string(),
    indicator: Indicator,
    /** Kolada's definition (Swedish), when the indicator is a Kolada KPI. */
    descriptionSv: z.string().nullable(),
    coverageByYear: z.array(
      z.object({
        year: Year,
        municipalities: z.number().int(),
        publishedCounties: z.number().int(),
        publishedNational: z.boolean(),
      }),
    ),
    /** Other ids that lead here (the KPI rule's id of an atlas-set indicator). */
    aliases: z.array(z.string()),
  })
  .meta({ id: 'IndicatorDetails' });
export type IndicatorDetailsResponse = z.infer<typeof IndicatorDetailsResponse>;
