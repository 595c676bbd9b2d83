import type { CommutingFlow, ManifestInput, SourceOrigin } from '../../../data/contract';
import { IngestError } from '../errors';
import type { KoladaLiveOverlay } from '../kolada-all/live-overlay';
import type { AreaCode, RawObservation, SourceResult } from '../source-types';
import type { Clock, FetchLike } from './http-types';
import { fetchKoladaPages, koladaDataUrls, KOLADA_V3_BASE } from './kolada-client';
import { LiveKoladaCatalogueError, refreshKoladaCatalogue } from './kolada-catalogue-refresh';
import { readSelectedKpis } from './kolada-kpi-list';
import { normaliseKolada, type KoladaPoint } from './kolada-normalise';
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
  timeoutMs?: number;
  /**
   * The whole Kolada catalogue (the CLI's default): every KPI Kolada lists, or the `--kpis` ids, staged as DDF
   * files for the whole-Kolada step. Unset: the atlas set's 72 KPIs only (`--atlas-set-only`).
   */
  koladaCatalogue?: { kpis: readonly string[] | 'all'; stagingDir: string; areas: ReadonlySet<AreaCode> };
}

/** What the live ingest hands to the build: observations like any source, plus the full commuting matrix. */
export interface LiveResult extends SourceResult {
  flows: CommutingFlow[];
  /** Sources that could not be fetched: their indicators fall back to the snapshot. */
  failures: string[];
  /** The refreshed Kolada catalogue, when asked for. */
  koladaCatalogue?: KoladaLiveOverlay;
  /** Per source: live (with the latest fetch time) or the snapshot (with the failure). */
  origins: SourceOrigin[];
}

const latest = (inputs: readonly ManifestInput[]) =>
  inputs
    .map((input) => input.fetchedAt ?? '')
    .sort()
    .at(-1) || undefined;

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
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
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
  const origins: SourceOrigin[] = [];

  async function attempt(name: string, work: () => Promise<ManifestInput[]>): Promise<void> {
    try {
      const fetchedAt = latest(await work());
      origins.push({ source: name, origin: 'live', ...(fetchedAt ? { fetchedAt } : {}) });
    } catch (error) {
      const message = `live source ${name} failed: ${error instanceof Error ? error.message : String(error)}`;
      failures.push(message);
      origins.push({ source: name, origin: 'snapshot', detail: message });
      log(message);
    }
  }

  // A source counts only when all its pieces arrived: a half-fetched table would mix live and snapshot years.
  for (const spec of options.scbSources ?? SCB_SOURCES) {
    await attempt(spec.name, async () => {
      const before = scb.inputs.length;
      const query = buildQuery(await scb.metadata(spec.table), spec.selection);
      const found: RawObservation[] = [];
      await scb.eachPiece(spec.table, query, spec.splitBy, (dataset) => {
        for (const observation of scbObservations(spec, [dataset])) found.push(observation);
      });
      for (const observation of found) observations.push(observation);
      log(`${spec.name} (${tableName(spec.table)}): ${found.length} values`);
      return scb.inputs.slice(before);
    });
  }
  const flowSource = options.flowSource === undefined ? SCB_FLOW_SOURCE : options.flowSource;
  if (flowSource) {
    await attempt(flowSource.name, async () => {
      const before = scb.inputs.length;
      const query = buildQuery(await scb.metadata(flowSource.table), flowSource.selection);
      const found: CommutingFlow[] = [];
      await scb.eachPiece(flowSource.table, query, flowSource.splitBy, (dataset) => {
        for (const flow of scbFlows(flowSource, [dataset])) found.push(flow);
      });
      for (const flow of found) flows.push(flow);
      log(`${flowSource.name}: ${flows.length} flows`);
      return scb.inputs.slice(before);
    });
  }
  inputs.push(...scb.inputs);

  const koladaBase = options.koladaBase ?? KOLADA_V3_BASE;
  // Kolada documents no call limit; stay polite and let 429 back-off handle the rest.
  const limiter = new RateLimiter(5, 1000, options.clock);
  const atlasKpis = async () => readSelectedKpis(options.kpiListFile);
  const unmapped = new Set<string>();
  const found: RawObservation[] = [];
  const toAtlas = (points: readonly KoladaPoint[], into: RawObservation[] = found) => {
    const mapped = koladaObservations(points, options.mapKpi);
    // A Kolada chunk can hold ~200,000 values: too many for push(...spread) arguments.
    for (const observation of mapped.observations) into.push(observation);
    mapped.unmapped.forEach((kpi) => unmapped.add(kpi));
  };
  let koladaCatalogue: KoladaLiveOverlay | undefined;
  const catalogue = options.koladaCatalogue;
  if (catalogue) {
    // The whole catalogue is one source: a refresh that cannot finish writes no build (the last good one stays),
    // instead of a build with the dump in place of a previous live refresh.
    const selected = new Set(await atlasKpis());
    try {
      const refreshed = await refreshKoladaCatalogue({
        http,
        limiter,
        base: koladaBase,
        kpis: catalogue.kpis,
        years: options.koladaYears,
        areas: catalogue.areas,
        stagingDir: catalogue.stagingDir,
        onPoints: (points) => toAtlas(points.filter((point) => selected.has(point.kpi))),
        log,
      });
      koladaCatalogue = refreshed.overlay;
      inputs.push(...refreshed.overlay.inputs);
      warnings.push(...refreshed.warnings);
      const fetchedAt = refreshed.overlay.fetchedAt;
      origins.push({
        source: 'Kolada (atlas set)',
        origin: 'live',
        ...(fetchedAt ? { fetchedAt } : {}),
        detail: `${[...selected].filter((kpi) => refreshed.overlay.staged.has(kpi)).length} of the ${selected.size} KPIs refreshed`,
      });
    } catch (error) {
      if (error instanceof IngestError) throw error;
      throw new LiveKoladaCatalogueError(error);
    }
  } else {
    await attempt('Kolada', async () => {
      const kpis = await atlasKpis();
      const pageInputs: ManifestInput[] = [];
      // The source counts only when every query arrived: a half-fetched Kolada would mix live and snapshot years.
      const complete: RawObservation[] = [];
      const urls = koladaDataUrls({ kpis, years: options.koladaYears }, koladaBase);
      for (const url of urls) {
        const { data, inputs: fetched } = await fetchKoladaPages(http, url, limiter);
        pageInputs.push(...fetched);
        toAtlas(normaliseKolada(data), complete);
      }
      for (const observation of complete) found.push(observation);
      inputs.push(...pageInputs);
      log(`Kolada: ${kpis.length} KPIs in ${urls.length} queries`);
      return pageInputs;
    });
  }
  if (unmapped.size > 0)
    warnings.push(`Kolada KPIs without an indicator: ${[...unmapped].sort().join(', ')}`);
  for (const observation of found) observations.push(observation);

  return {
    observations,
    inputs,
    warnings: [...warnings, ...failures],
    flows,
    failures,
    origins,
    ...(koladaCatalogue ? { koladaCatalogue } : {}),
  };
}
