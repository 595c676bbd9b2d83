import { z } from 'zod';

export const ManifestInput = z.object({
  /** Path relative to the raw-data directory (or "live:<url>" for fetched sources). */
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.number().int().nonnegative(),
  /**
   * "snapshot" for files in ../shared/data, "live" for fetched responses, "import" for users' CSV files, "package"
   * for data shipped in an npm package ("npm:<name>@<version>/<file>").
   */
  origin: z.enum(['snapshot', 'live', 'import', 'package']),
  fetchedAt: z.string().datetime().optional(),
});
export type ManifestInput = z.infer<typeof ManifestInput>;

/** Whether a source of a live build came from the live API or from the snapshot, and when it was fetched. */
export const SourceOrigin = z.object({
  source: z.string(),
  origin: z.enum(['live', 'snapshot']),
  /** The latest fetch time of its responses (live only). */
  fetchedAt: z.string().datetime().optional(),
  /** What it covers, or why a source meant to come live came from the snapshot. */
  detail: z.string().optional(),
});
export type SourceOrigin = z.infer<typeof SourceOrigin>;

const Listed = <T extends z.ZodType>(item: T) =>
  z.object({ count: z.number().int().nonnegative(), examples: z.array(item) });

/** What changed against the build this one replaced (null: there was none to compare with). */
export const BuildChanges = z
  .object({
    previousBuildId: z.string(),
    indicatorsAdded: Listed(z.string()),
    indicatorsGone: Listed(z.string()),
    /** Indicator-years with municipal data now that the previous build lacked (for indicators it had). */
    yearsAdded: Listed(z.object({ indicator: z.string(), year: z.number().int() })),
    /** Municipal values present in both builds with a different value. */
    valuesRevised: Listed(
      z.object({
        indicator: z.string(),
        year: z.number().int(),
        area: z.string(),
        before: z.number(),
        after: z.number(),
      }),
    ),
  })
  .meta({ id: 'BuildChanges' });
export type BuildChanges = z.infer<typeof BuildChanges>;

export const BuildManifest = z.object({
  buildId: z.string().regex(/^[0-9a-f]{16,64}$/),
  ingestVersion: z.string(),
  builtAt: z.string().datetime(),
  /** Per source, the last year most of its indicators reach, shown to users as the data vintage. */
  vintage: z.record(z.string(), z.number().int()),
  /** Indicators reaching past their source's vintage (named, so the vintage never hides a later year). */
  vintageAhead: z
    .record(z.string(), z.array(z.object({ indicator: z.string(), year: z.number().int() })))
    .optional(),
  inputs: z.array(ManifestInput),
  /** Live builds only: per source, live or snapshot (an offline build takes everything from the snapshot). */
  sources: z.array(SourceOrigin).optional(),
  outputs: z.array(
    z.object({
      file: z.string(),
      sha256: z.string(),
      bytes: z.number().int(),
      /** Rows of a Parquet file. */
      rows: z.number().int().nonnegative().optional(),
    }),
  ),
  warnings: z.array(z.string()),
  changes: BuildChanges.nullable().optional(),
});
export type BuildManifest = z.infer<typeof BuildManifest>;

/** File names inside the build directory: the one place they are spelled. */
export const BUILD_FILES = {
  municipalities: 'municipalities.geojson',
  counties: 'counties.geojson',
  labourMarketRegions: 'labour-market-regions.geojson',
  urbanAreas: 'urban-areas.geojson',
  indicators: 'indicators.json',
  observations: 'observations.json',
  commuting: 'commuting-flows.json',
  firms: 'firm-sites.geojson',
  neighbours: 'neighbour-countries.geojson',
  koladaCatalogue: 'kolada-catalogue.json',
  manifest: 'manifest.json',
} as const;
