import {
  BUILD_FILES,
  BuildManifest,
  CommutingFile,
  CountyCollection,
  FirmSiteCollection,
  IndicatorCatalogue,
  LabourMarketRegionCollection,
  MunicipalityCollection,
  ObservationFile,
  UrbanAreaCollection,
} from '../../data/contract';
import { INDICATOR_DEFINITIONS, type IndicatorDefinition } from '../../data/indicators';
import type { z } from 'zod';
import { buildSeries } from './build/build-series';
import { buildCatalogue } from './build/catalogue';
import { groupObservations } from './build/group-observations';
import { buildManifest } from './build/manifest';
import { BuildWriter } from './build/write-build';
import { IngestError } from './errors';
import { loadSnapshot } from './load-snapshot';
import { RawFiles } from './raw-files';
import type { SourceResult } from './source-types';
import { stderrProgress, type SummaryRow } from './summary';

/** Bumped when the ingest's output changes for the same inputs; part of the build id. */
export const INGEST_VERSION = '1.0.0';

/** Another loader's contribution (live fetch, a user's CSV): observations plus any indicators it defines. */
export interface ExtraSource extends SourceResult {
  name: string;
  definitions?: IndicatorDefinition[];
}

export interface IngestOptions {
  rawDir: string;
  outDir: string;
  extraSources?: ExtraSource[];
  quiet?: boolean;
  now?: () => Date;
}

export interface IngestReport {
  outDir: string;
  manifest: BuildManifest;
  summary: SummaryRow[];
}

/**
 * sources -> RawObservation[] -> catalogue + series -> validated files, swapped in atomically.
 * Extra sources' observations come after the snapshot's, so for the same cell and source they win.
 */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const files = new RawFiles(options.rawDir);
  const progress = stderrProgress(options.quiet ?? false);
  const snapshot = loadSnapshot(files, progress);
  const warnings = [...snapshot.warnings];
  const extras = options.extraSources ?? [];
  const definitions = [...INDICATOR_DEFINITIONS, ...extras.flatMap((extra) => extra.definitions ?? [])];
  const known = new Set(definitions.map((definition) => definition.id));
  const observations = [...snapshot.observations];
  for (const extra of extras) {
    const accepted = extra.observations.filter((observation) => known.has(observation.indicator));
    if (accepted.length < extra.observations.length) {
      warnings.push(
        `${extra.name}: ${extra.observations.length - accepted.length} values of unknown indicators skipped`,
      );
    }
    for (const observation of accepted) observations.push(observation);
    warnings.push(...extra.warnings);
    snapshot.summary.push({
      source: extra.name,
      rows: accepted.length,
      coverage: '',
      warnings: extra.warnings.length,
    });
  }

  const countyMembers = new Map<string, string[]>();
  for (const municipality of snapshot.reference.municipalities.values()) {
    countyMembers.set(municipality.countyCode, [
      ...(countyMembers.get(municipality.countyCode) ?? []),
      municipality.code,
    ]);
  }
  const series = buildSeries(definitions, groupObservations(observations), {
    countyMembers,
    municipalityCodes: [...snapshot.reference.municipalities.keys()],
  });
  const catalogue = buildCatalogue(definitions, series, snapshot.kolada, warnings);
  snapshot.summary.push({
    source: 'build: indicators / series',
    rows: series.length,
    coverage: `${catalogue.length} indicators`,
    warnings: 0,
  });

  const writer = new BuildWriter(options.outDir);
  try {
    const write = <T>(schema: z.ZodType<T>, file: string, value: T, pretty = false) =>
      writer.writeJson(file, validated(schema, file, value), pretty);
    write(MunicipalityCollection, BUILD_FILES.municipalities, snapshot.geography.municipalities);
    write(CountyCollection, BUILD_FILES.counties, snapshot.geography.counties);
    write(
      LabourMarketRegionCollection,
      BUILD_FILES.labourMarketRegions,
      snapshot.geography.labourMarketRegions,
    );
    write(UrbanAreaCollection, BUILD_FILES.urbanAreas, snapshot.geography.urbanAreas);
    write(IndicatorCatalogue, BUILD_FILES.indicators, catalogue, true);
    write(ObservationFile, BUILD_FILES.observations, series);
    write(CommutingFile, BUILD_FILES.commuting, snapshot.commuting);
    write(FirmSiteCollection, BUILD_FILES.firms, snapshot.firms);
    const manifest = buildManifest({
      inputs: [...files.list(), ...extras.flatMap((extra) => extra.inputs)],
      ingestVersion: INGEST_VERSION,
      builtAt: (options.now ?? (() => new Date()))(),
      series,
      outputs: writer.files(),
      warnings,
    });
    write(BuildManifest, BUILD_FILES.manifest, manifest, true);
    writer.commit();
    return { outDir: writer.outDir, manifest, summary: snapshot.summary };
  } catch (error) {
    writer.abandon();
    throw error;
  }
}

/** Every file is checked against the shared contract before it is written. */
function validated<T>(schema: z.ZodType<T>, file: string, value: T): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new IngestError(
    { file: `build/${file}` },
    `output fails the contract at ${issue?.path.join('.')}: ${issue?.message}`,
  );
}
