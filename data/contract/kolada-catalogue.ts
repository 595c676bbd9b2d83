import { z } from 'zod';
import { IndicatorId, Year } from './codes';
import { Indicator } from './indicator';

/** Kolada KPI id as the v3 API spells it: N or U and five digits. */
export const KoladaKpiId = z
  .string()
  .regex(/^[NU]\d{5}$/, 'a Kolada KPI id is N or U and five digits, e.g. N18905');
export type KoladaKpiId = z.infer<typeof KoladaKpiId>;

/** Values of one KPI in one year: how many places have a total, and whether Kolada published county/national rows. */
export const KoladaYearCoverage = z.object({
  year: Year,
  municipalities: z.number().int().min(0).max(290),
  publishedCounties: z.number().int().min(0).max(21),
  publishedNational: z.boolean(),
});
export type KoladaYearCoverage = z.infer<typeof KoladaYearCoverage>;

/**
 * One Kolada KPI with data in the whole-Kolada catalogue. `indicator` is its full catalogue entry; a KPI the atlas
 * set already carries has `aliasOf` (the curated id) and the API serves the curated indicator for both ids.
 */
export const KoladaCatalogueEntry = z.object({
  indicator: Indicator,
  aliasOf: IndicatorId.optional(),
  /** Kolada's definition, Swedish (line breaks as \n). */
  descriptionSv: z.string(),
  /** K municipalities, L regions only, A both (Kolada's `municipality_type`). */
  municipalityType: z.string(),
  coverageByYear: z.array(KoladaYearCoverage),
});
export type KoladaCatalogueEntry = z.infer<typeof KoladaCatalogueEntry>;

export const KoladaSkipped = z.object({ kpi: z.string(), reason: z.string().min(1) });
export type KoladaSkipped = z.infer<typeof KoladaSkipped>;

/** kolada-catalogue.json: every KPI with data, and what the build left out and why. */
export const KoladaCatalogueFile = z.object({
  /** How new ids are made from KPI ids: never changes, so links keep working. */
  idRule: z.string(),
  /** sha256 of what the Parquet file depends on (ingest version, data files, concepts, reference): reuse key. */
  columnarKey: z.string().optional(),
  entries: z.array(KoladaCatalogueEntry),
  skipped: z.array(KoladaSkipped),
});
export type KoladaCatalogueFile = z.infer<typeof KoladaCatalogueFile>;

/**
 * The columnar observation files (Parquet, written by DuckDB): one place their names and columns are spelled.
 * The name carries the build id, so a server still answering from the previous build never reads the next build's
 * file at the same path: it opens the file its own manifest names, and the writer keeps the previous build's file
 * beside the new one until the build after.
 */
export const KOLADA_PARQUET = {
  /**
   * kpi, sex, year, geo, value, origin. Grouped by KPI: the totals file by file (KPIs in order), then the split by
   * sex, then the computed sums, so a query for one KPI reads a few row groups.
   */
  byIndicator: (buildId: string) => `kolada/values-by-indicator-${buildId}.parquet`,
  /** True for a by-indicator Parquet file of any build. */
  isByIndicator: (file: string) => /^kolada\/values-by-indicator-[0-9a-f]+\.parquet$/.test(file),
} as const;

/** The by-indicator Parquet file a manifest lists (null for a build without the whole of Kolada). */
export const koladaParquetOf = (outputs: readonly { file: string }[]): string | null =>
  outputs.find((output) => KOLADA_PARQUET.isByIndicator(output.file))?.file ?? null;
