import type { Theme } from '../../data/contract';
import type { RawFiles } from './raw-files';
import type { RawObservation } from './source-types';
import type { Reference } from './sources/reference';
import type { ProgressReporter } from './summary';

/** What a source knows about its own tables: Kolada gives each KPI a Swedish title, the selection a theme. */
export type TableTitles = ReadonlyMap<string, { theme: Theme; titleSv: string; descriptionSv?: string }>;

export interface ObservationSourceResult {
  observations: RawObservation[];
  warnings: string[];
  titles?: TableTitles;
}

export interface SourceContext {
  files: RawFiles;
  reference: Reference;
  progress: ProgressReporter;
}

/**
 * One offline source of observations. A new source is one file that implements this and one line in
 * `OBSERVATION_SOURCES` (scripts/ingest/sources/observation-sources.ts); the snapshot loader does the rest.
 */
export interface ObservationSource {
  /** How the end-of-run summary names the source (may count what it read). */
  name(result: ObservationSourceResult): string;
  /** The files or folders it reads, relative to the raw folder. */
  inputs: readonly string[];
  /** Parse the files into normalised observations; throws IngestError naming file, line and column. */
  load(context: SourceContext): ObservationSourceResult;
}
