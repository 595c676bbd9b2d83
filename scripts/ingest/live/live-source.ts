import path from 'node:path';
import type { CommutingFile } from '../../../data/contract';
import { NATIONAL_AREA } from '../source-types';
import type { Reference } from '../sources/reference';
import type { Clock, FetchLike } from './http-types';
import { systemClock } from './http-types';
import { liveCommutingFile } from './live-commuting-file';
import { offlineKpiMapper } from './offline-kpi-mapper';
import { runLive, yearRange, type LiveResult, type LiveRunOptions } from './run-live';
import { SCB_FLOW_SOURCE } from './sources';

export interface LiveSourceOptions {
  rawDir: string;
  /** The atlas's areas (the snapshot's reference): values for other areas are skipped. */
  reference: Reference;
  cacheDir: string;
  /** `--offline-cache`: rebuild from cached responses only. */
  offline: boolean;
  fetch?: FetchLike;
  log?: (message: string) => void;
  /**
   * The whole Kolada catalogue (`all`) or the `--kpis` ids, staged under `stagingDir`; null: the atlas set's KPIs
   * only (`--atlas-set-only`).
   */
  koladaCatalogue: { kpis: readonly string[] | 'all'; stagingDir: string } | null;
  /** Test seams: other API bases and SCB tables (null: none). */
  bases?: Pick<LiveRunOptions, 'scbV1Base' | 'scbV2Base' | 'koladaBase' | 'scbSources' | 'flowSource'>;
  clock?: Clock;
  backoffMs?: number;
}

export interface LiveSource {
  result: LiveResult;
  /** The 290x290 matrix when TAB1830 arrived; otherwise the build keeps the snapshot's Norrbotten flows. */
  commuting: CommutingFile | null;
}

/** Kolada from 1990 (the DDF dump's first years) to this year, in segments of at most 25 years. */
export async function fetchLiveSource(options: LiveSourceOptions): Promise<LiveSource> {
  const { reference } = options;
  const municipalityCodes = [...reference.municipalities.keys()];
  const known = new Set(municipalityCodes);
  // Areas outside today's division (e.g. a table's historic codes) are not areas of the atlas.
  const areas = new Set([NATIONAL_AREA, ...known, ...reference.counties.keys()]);
  const catalogue = options.koladaCatalogue;
  const result = await runLive({
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
    clock: options.clock ?? systemClock,
    ...(options.bases ?? {}),
    ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
    ...(catalogue ? { koladaCatalogue: { ...catalogue, areas } } : {}),
    cacheDir: options.cacheDir,
    offline: options.offline,
    kpiListFile: path.join(options.rawDir, 'kolada', 'selected-kpis.csv'),
    mapKpi: offlineKpiMapper(),
    koladaYears: yearRange(1990, new Date().getUTCFullYear()),
    ...(options.log ? { log: options.log } : {}),
  });
  const unknown = result.observations.filter((o) => !areas.has(o.area));
  if (unknown.length > 0) {
    const codes = [...new Set(unknown.map((o) => o.area))].sort().join(', ');
    result.warnings.push(
      `live: ${unknown.length} values for areas that are not in the atlas skipped (${codes})`,
    );
    result.observations = result.observations.filter((o) => areas.has(o.area));
  }
  const flows = result.flows.filter((f) => known.has(f.origin) && known.has(f.destination));
  const commuting =
    flows.length > 0 ? liveCommutingFile(flows, municipalityCodes, `${SCB_FLOW_SOURCE.name}`) : null;
  return { result, commuting };
}
