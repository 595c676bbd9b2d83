import { createHash } from 'node:crypto';
import type { BuildManifest, ManifestInput, ObservationSeries } from '../../../data/contract';

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

/** Latest year with municipal data per source id: the vintage users see next to a figure. */
export function vintageBySource(series: ObservationSeries[]): Record<string, number> {
  const vintage: Record<string, number> = {};
  for (const entry of series) vintage[entry.source] = Math.max(vintage[entry.source] ?? 0, entry.year);
  return Object.fromEntries(Object.entries(vintage).sort(([a], [b]) => a.localeCompare(b)));
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
}): BuildManifest {
  return {
    buildId: buildId(options.inputs, options.ingestVersion, options.definitions),
    ingestVersion: options.ingestVersion,
    builtAt: options.builtAt.toISOString(),
    vintage: vintageBySource(options.series),
    inputs: options.inputs,
    outputs: options.outputs,
    warnings: options.warnings,
  };
}
