import { createHash } from 'node:crypto';
import type {
  BuildChanges,
  BuildManifest,
  ManifestInput,
  ObservationSeries,
  SourceOrigin,
} from '../../../data/contract';

/**
 * A build id that changes exactly when an input file, the indicator and source definitions (titles, units,
 * directions, caveats: they are written into the catalogue) or the ingest version changes.
 */
export function buildId(inputs: ManifestInput[], ingestVersion: string, definitions = ''): string {
  const hash = createHash('sha256').update(`ingest ${ingestVersion}\n`);
  hash.update(`definitions ${createHash('sha256').update(definitions).digest('hex')}\n`);
  for (const input of [...inputs].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(`${input.path} ${input.sha256}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Each source's indicators with the last year that source filled for them. */
function lastYears(series: ObservationSeries[]): Map<string, Map<string, number>> {
  const bySource = new Map<string, Map<string, number>>();
  for (const entry of series) {
    const last = bySource.get(entry.source) ?? new Map<string, number>();
    last.set(entry.indicator, Math.max(last.get(entry.indicator) ?? 0, entry.year));
    bySource.set(entry.source, last);
  }
  return bySource;
}

/**
 * The vintage users see next to a figure: per source id, the last year that most of its indicators reach (the
 * lower median of their last years), not the maximum over them. One indicator that travels in a later file (N03937
 * open unemployment to 2024 in the SCB file, cited as Kolada) must not make Kolada's 2022 read as 2024; such
 * indicators are listed in `vintageAhead`.
 */
export function vintageBySource(series: ObservationSeries[]): Record<string, number> {
  const vintage: Record<string, number> = {};
  for (const [source, last] of lastYears(series)) {
    const years = [...last.values()].sort((a, b) => a - b);
    vintage[source] = years[Math.floor((years.length - 1) / 2)]!;
  }
  return Object.fromEntries(Object.entries(vintage).sort(([a], [b]) => a.localeCompare(b)));
}

/** Indicators whose last year lies beyond their source's vintage, per source. */
export function vintageAhead(
  series: ObservationSeries[],
): Record<string, { indicator: string; year: number }[]> {
  const vintage = vintageBySource(series);
  const ahead: Record<string, { indicator: string; year: number }[]> = {};
  for (const [source, last] of lastYears(series)) {
    const beyond = [...last]
      .filter(([, year]) => year > (vintage[source] ?? year))
      .map(([indicator, year]) => ({ indicator, year }))
      .sort((a, b) => a.indicator.localeCompare(b.indicator));
    if (beyond.length > 0) ahead[source] = beyond;
  }
  return Object.fromEntries(Object.entries(ahead).sort(([a], [b]) => a.localeCompare(b)));
}

export function buildManifest(options: {
  inputs: ManifestInput[];
  ingestVersion: string;
  /** Serialised indicator and source definitions: a change to them is a new build. */
  definitions: string;
  builtAt: Date;
  series: ObservationSeries[];
  outputs: BuildManifest['outputs'];
  warnings: string[];
  changes?: BuildChanges | null;
  /** Live builds: per source, live or snapshot. */
  sources?: SourceOrigin[];
}): BuildManifest {
  return {
    buildId: buildId(options.inputs, options.ingestVersion, options.definitions),
    ingestVersion: options.ingestVersion,
    builtAt: options.builtAt.toISOString(),
    vintage: vintageBySource(options.series),
    vintageAhead: vintageAhead(options.series),
    inputs: options.inputs,
    ...(options.sources && options.sources.length > 0 ? { sources: options.sources } : {}),
    outputs: options.outputs,
    warnings: options.warnings,
    changes: options.changes ?? null,
  };
}
