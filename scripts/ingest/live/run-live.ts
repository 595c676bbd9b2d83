import type { CommutingFlow, ManifestInput } from '../../../data/contract';
import type { RawObservation, SourceResult } from '../source-types';
import type { Clock, FetchLike } from './http-types';
import { fetchKoladaPages, koladaDataUrls, KOLADA_V3_BASE } from './kolada-client';
import { readSelectedKpis } from './kolada-kpi-list';
import { normaliseKolada } from './kolada-normalise';
import { koladaObservations, type KpiMapper } from './kolada-observations';
import { LiveHttp } from './live-http';
import { RateLimiter } from './rate-limiter';
import { ResponseCache } from './response-cache';
import { ScbClient, tableName } from './scb-client';
import { scbFlows, scbObservations } from './scb-observations';
import { buildQuery } from './scb-selection';
import { SCB_FLOW_SOURCE, SCB_SOURCES, type ScbFlowSource, type ScbSource } from './sources';

export interface LiveRunOptions {
  fetch: FetchLike;
  clock: Clock;
  /** Raw responses are kept here (data/cache/live) so a rerun resumes and `--offline-cache` can rebuild. */
  cacheDir: string;
  offline: boolean;
  /** `kolada/selected-kpis.csv` of the snapshot, read at run time. */
  kpiListFile: string;
  mapKpi: KpiMapper;
  koladaYears: number[];
  scbV2Base?: string;
  scbV1Base?: string;
  koladaBase?: string;
  scbSources?: ScbSource[];
  flowSource?: ScbFlowSource | null;
  log?: (message: string) => void;
  backoffMs?: number;
}

/** What the live ingest hands to the build: observations like any source, plus the full commuting matrix. */
export interface LiveResult extends SourceResult {
  flows: CommutingFlow[];
  /** Sources that could not be fetched: their indicators fall back to the snapshot. */
  failures: string[];
}

/** Kolada allows no more than 25 ids per segment; years are a segment too. */
export function yearRange(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Fetches every declared source; one failing source is reported and does not stop the others. */
export async function runLive(options: LiveRunOptions): Promise<LiveResult> {
  const log = options.log ?? (() => undefined);
  const http = new LiveHttp({
    fetch: options.fetch,
    clock: options.clock,
    cache: new ResponseCache(options.cacheDir),
    offline: options.offline,
    ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
  });
  const scb = new ScbClient({
    http,
    clock: options.clock,
    v2Base: options.scbV2Base,
    v1Base: options.scbV1Base,
  });
  const observations: RawObservation[] = [];
  const inputs: ManifestInput[] = [];
  const warnings: string[] = [];
  const failures: string[] = [];
  const flows: CommutingFlow[] = [];

  async function attempt(name: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const message = `live source ${name} failed: ${error instanceof Error ? error.message : String(error)}`;
      failures.push(message);
      log(message);
    }
  }

  // A source counts only when all its pieces arrived: a half-fetched table would mix live and snapshot years.
  for (const spec of options.scbSources ?? SCB_SOURCES) {
    await attempt(spec.name, async () => {
      const query = buildQuery(await scb.metadata(spec.table), spec.selection);
      const found: RawObservation[] = [];
      await scb.eachPiece(spec.table, query, spec.splitBy, (dataset) => {
        for (const observation of scbObservations(spec, [dataset])) found.push(observation);
      });
      for (const observation of found) observations.push(observation);
      log(`${spec.name} (${tableName(spec.table)}): ${found.length} values`);
    });
  }
  const flowSource = options.flowSource === undefined ? SCB_FLOW_SOURCE : options.flowSource;
  if (flowSource) {
    await attempt(flowSource.name, async () => {
      const query = buildQuery(await scb.metadata(flowSource.table), flowSource.selection);
      const found: CommutingFlow[] = [];
      await scb.eachPiece(flowSource.table, query, flowSource.splitBy, (dataset) => {
        for (const flow of scbFlows(flowSource, [dataset])) found.push(flow);
      });
      for (const flow of found) flows.push(flow);
      log(`${flowSource.name}: ${flows.length} flows`);
    });
  }
  inputs.push(...scb.inputs);

  await attempt('Kolada', async () => {
    const kpis = await readSelectedKpis(options.kpiListFile);
    // Kolada documents no call limit; stay polite and let 429 back-off handle the rest.
    const limiter = new RateLimiter(5, 1000, options.clock);
    const unmapped = new Set<string>();
    const found: RawObservation[] = [];
    const urls = koladaDataUrls({ kpis, years: options.koladaYears }, options.koladaBase ?? KOLADA_V3_BASE);
    for (const url of urls) {
      const { data, inputs: pageInputs } = await fetchKoladaPages(http, url, limiter);
      inputs.push(...pageInputs);
      const mapped = koladaObservations(normaliseKolada(data), options.mapKpi);
      // A Kolada chunk can hold ~200,000 values: too many for push(...spread) arguments.
      for (const observation of mapped.observations) found.push(observation);
      mapped.unmapped.forEach((kpi) => unmapped.add(kpi));
    }
    if (unmapped.size > 0)
      warnings.push(`Kolada KPIs without an indicator: ${[...unmapped].sort().join(', ')}`);
    for (const observation of found) observations.push(observation);
    log(`Kolada: ${kpis.length} KPIs in ${urls.length} queries, ${found.length} values`);
  });

  return { observations, inputs, warnings: [...warnings, ...failures], flows, failures };
}
