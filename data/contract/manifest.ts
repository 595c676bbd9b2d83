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

export const BuildManifest = z.object({
  buildId: z.string().regex(/^[0-9a-f]{16,64}$/),
  ingestVersion: z.string(),
  builtAt: z.string().datetime(),
  /** Latest year with data per source, shown to users as the data vintage. */
  vintage: z.record(z.string(), z.number().int()),
  inputs: z.array(ManifestInput),
  outputs: z.array(z.object({ file: z.string(), sha256: z.string(), bytes: z.number().int() })),
  warnings: z.array(z.string()),
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
  manifest: 'manifest.json',
} as const;
