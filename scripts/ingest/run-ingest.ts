import {
  BUILD_FILES,
  BuildManifest,
  CommutingFile,
  CountyCollection,
  FirmSiteCollection,
  IndicatorCatalogue,
  KOLADA_PARQUET,
  KoladaCatalogueFile,
  koladaParquetOf,
  LabourMarketRegionCollection,
  MunicipalityCollection,
  NeighbourCountryCollection,
  ObservationFile,
  UrbanAreaCollection,
  type ManifestInput,
} from '../../data/contract';
import { INDICATOR_DEFINITIONS } from '../../data/indicators';
import { SOURCES } from '../../data/sources/sources';
import path from 'node:path';
import type { z } from 'zod';
import { assembleSeries } from './assemble/assemble-series';
import { assembleCatalogue } from './assemble/catalogue';
import { groupObservations } from './assemble/group-observations';
import { compareWithPrevious, describeChanges } from './assemble/build-changes';
import { buildId, buildManifest } from './assemble/manifest';
import { BuildWriter } from './assemble/write-build';
import { IngestError } from './errors';
import { assembleKoladaAll, type KoladaScope } from './kolada-all/assemble-kolada-all';
import { loadSnapshot } from './load-snapshot';
import { RawFiles } from './raw-files';
import { loadNeighbourCountries } from './sources/neighbour-countries';
import { mergeExtras, type ExtraSource, type ExtraSourceLoader } from './merge-extras';
import { stderrProgress, type SummaryRow } from './summary';

export type { ExtraSource, ExtraSourceLoader, SnapshotContext } from './merge-extras';

/** Bumped when the ingest's output changes for the same inputs; part of the build id. */
export const INGEST_VERSION = '1.4.0';

export interface IngestOptions {
  rawDir: string;
  outDir: string;
  /** Live or imported data, or a loader that builds it from the snapshot's geography. */
  extraSources?: ExtraSource[] | ExtraSourceLoader;
  quiet?: boolean;
  now?: () => Date;
  /** `atlas-set` (`--atlas-set-only`): Kolada's Parquet and catalogue hold the atlas set's KPIs only. */
  koladaScope?: KoladaScope;
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
  const extras =
    typeof options.extraSources === 'function'
      ? await options.extraSources({
          municipalities: snapshot.geography.municipalities.features,
          reference: snapshot.reference,
        })
      : (options.extraSources ?? []);
  const merged = mergeExtras(snapshot, INDICATOR_DEFINITIONS, extras);
  const { definitions, observations, warnings, summary } = merged;

  const countyMembers = new Map<string, string[]>();
  for (const municipality of snapshot.reference.municipalities.values()) {
    countyMembers.set(municipality.countyCode, [
      ...(countyMembers.get(municipality.countyCode) ?? []),
      municipality.code,
    ]);
  }
  const series = assembleSeries(definitions, groupObservations(observations), {
    countyMembers,
    municipalityCodes: [...snapshot.reference.municipalities.keys()],
  });
  const catalogue = assembleCatalogue(definitions, series, { kpis: snapshot.titles }, warnings);
  summary.push({
    source: 'build: indicators / series',
    rows: series.length,
    coverage: `${catalogue.length} indicators`,
    warnings: 0,
  });

  const neighbours = loadNeighbourCountries();
  const inputsWith = (koladaInputs: ManifestInput[]) => [
    ...files.list(),
    neighbours.input,
    ...koladaInputs,
    ...extras.flatMap((extra) => extra.inputs),
  ];
  const definitionsText = JSON.stringify({ definitions, sources: SOURCES });
  const liveKolada = extras.find((extra) => extra.koladaCatalogue)?.koladaCatalogue;
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
    write(CommutingFile, BUILD_FILES.commuting, merged.commuting);
    write(FirmSiteCollection, BUILD_FILES.firms, merged.firms);
    write(NeighbourCountryCollection, BUILD_FILES.neighbours, neighbours.collection);
    // After the atlas set's files, so a bad atlas input fails before the whole dump is read.
    const koladaAll = await assembleKoladaAll(files, snapshot.reference, {
      tempDir: writer.tempDir,
      previousDir: writer.outDir,
      ingestVersion: INGEST_VERSION,
      parquetFileFor: (koladaInputs) =>
        KOLADA_PARQUET.byIndicator(buildId(inputsWith(koladaInputs), INGEST_VERSION, definitionsText)),
      scope: options.koladaScope ?? 'all',
      ...(liveKolada ? { live: liveKolada } : {}),
    });
    summary.push(koladaAll.summary);
    warnings.push(...koladaAll.warnings);
    write(KoladaCatalogueFile, BUILD_FILES.koladaCatalogue, koladaAll.catalogue);
    for (const parquet of koladaAll.parquet) writer.adopt(parquet.file, parquet.rows);
    const newParquet = koladaAll.parquet[0]?.file;
    const changes = await compareWithPrevious(writer.outDir, {
      indicatorIds: catalogue.map((indicator) => indicator.id),
      series,
      kolada: koladaAll.catalogue,
      parquet: koladaAll.reused || !newParquet ? null : path.join(writer.tempDir, newParquet),
    });
    summary.push({
      source: 'changes since the previous build',
      rows: changes?.valuesRevised.count ?? 0,
      coverage: describeChanges(changes),
      warnings: 0,
    });
    const manifest = buildManifest({
      inputs: inputsWith(koladaAll.inputs),
      ingestVersion: INGEST_VERSION,
      definitions: definitionsText,
      builtAt: (options.now ?? (() => new Date()))(),
      series,
      outputs: writer.files(),
      warnings,
      changes,
      sources: [...extras.flatMap((extra) => extra.origins ?? []), ...koladaAll.origins],
    });
    const parquetFile = koladaParquetOf(manifest.outputs);
    if (parquetFile !== null && parquetFile !== KOLADA_PARQUET.byIndicator(manifest.buildId))
      throw new IngestError(
        { file: `build/${parquetFile}` },
        `the Parquet file does not carry the build id ${manifest.buildId}: an input was read after it was named`,
      );
    write(BuildManifest, BUILD_FILES.manifest, manifest, true);
    writer.commit();
    return { outDir: writer.outDir, manifest, summary };
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
