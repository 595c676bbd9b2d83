import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  BUILD_FILES,
  BuildManifest,
  CommutingFile,
  CountyCollection,
  FirmSiteCollection,
  IndicatorCatalogue,
  KoladaCatalogueFile,
  koladaParquetOf,
  LabourMarketRegionCollection,
  MunicipalityCollection,
  NeighbourCountryCollection,
  ObservationFile,
  UrbanAreaCollection,
} from '../../data/contract';
import { type AtlasBuild, type BuildFiles, withLookups } from './atlas-build';
import { ParquetReader } from '../kolada/parquet-reader';
import { precompress } from './precompress';

export class BuildLoadError extends Error {}

function readValidated<S extends z.ZodType>(dir: string, file: string, schema: S): z.output<S> {
  const filePath = path.join(dir, file);
  if (!existsSync(filePath)) throw new BuildLoadError(`build file missing: ${filePath}`);
  const parsed = schema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BuildLoadError(
      `${file} does not match the contract at ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** True when dir holds a build (its manifest is written last, so its presence means a complete build). */
export function hasBuild(dir: string): boolean {
  return existsSync(path.join(dir, BUILD_FILES.manifest));
}

/**
 * Why dir cannot be served, without loading it: no manifest, a manifest of another layout (a build left by an
 * older version of the atlas), or a file the layout or the manifest names that is not there.
 */
export function unusableBuildReason(dir: string): string | undefined {
  const manifestPath = path.join(dir, BUILD_FILES.manifest);
  if (!existsSync(manifestPath)) return `no ${BUILD_FILES.manifest} in ${dir}`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return `${manifestPath} is not JSON`;
  }
  const manifest = BuildManifest.safeParse(raw);
  if (!manifest.success) return `${manifestPath} does not match this version's build contract`;
  const expected = [...Object.values(BUILD_FILES), ...manifest.data.outputs.map((output) => output.file)];
  const missing = expected.find((file) => !existsSync(path.join(dir, file)));
  return missing === undefined ? undefined : `${path.join(dir, missing)} is missing`;
}

/** Every build file read once and validated against the contract; a Parquet file the manifest names must exist. */
export function readBuildFiles(dir: string): BuildFiles {
  const files: BuildFiles = {
    manifest: readValidated(dir, BUILD_FILES.manifest, BuildManifest),
    municipalities: readValidated(dir, BUILD_FILES.municipalities, MunicipalityCollection),
    counties: readValidated(dir, BUILD_FILES.counties, CountyCollection),
    labourMarketRegions: readValidated(dir, BUILD_FILES.labourMarketRegions, LabourMarketRegionCollection),
    urbanAreas: readValidated(dir, BUILD_FILES.urbanAreas, UrbanAreaCollection),
    indicators: readValidated(dir, BUILD_FILES.indicators, IndicatorCatalogue),
    observations: readValidated(dir, BUILD_FILES.observations, ObservationFile),
    commuting: readValidated(dir, BUILD_FILES.commuting, CommutingFile),
    firms: readValidated(dir, BUILD_FILES.firms, FirmSiteCollection),
    neighbours: readValidated(dir, BUILD_FILES.neighbours, NeighbourCountryCollection),
    koladaCatalogue: readValidated(dir, BUILD_FILES.koladaCatalogue, KoladaCatalogueFile),
  };
  for (const output of files.manifest.outputs.filter((entry) => entry.file.endsWith('.parquet'))) {
    if (!existsSync(path.join(dir, output.file)))
      throw new BuildLoadError(`build file missing: ${output.file}`);
  }
  return files;
}

/** The geometry the map asks for on every load, compressed once per build. */
export function precompressGeometry(files: BuildFiles): AtlasBuild['geometry'] {
  return {
    municipalities: precompress(JSON.stringify(files.municipalities)),
    counties: precompress(JSON.stringify(files.counties)),
    neighbours: precompress(JSON.stringify(files.neighbours)),
  };
}

/** The served build over validated files: lookups, and the Parquet reader of this directory. */
export function assembleBuild(dir: string, files: BuildFiles, geometry: AtlasBuild['geometry']): AtlasBuild {
  return withLookups(files, geometry, new ParquetReader(dir, koladaParquetOf(files.manifest.outputs)));
}

/**
 * Reads every build file once, validates it against the contract, indexes it and precompresses the geometry, on
 * this thread: for start-up, tests and benches. A running server loads a new build with loadBuildOffThread.
 */
export function loadBuild(dir: string): AtlasBuild {
  const files = readBuildFiles(dir);
  return assembleBuild(dir, files, precompressGeometry(files));
}

const cache = new Map<string, AtlasBuild>();

/** loadBuild, memoised per directory: tests and benches create many apps over one build. */
export function loadBuildCached(dir: string): AtlasBuild {
  const key = path.resolve(dir);
  let build = cache.get(key);
  if (!build) {
    build = loadBuild(key);
    cache.set(key, build);
  }
  return build;
}
