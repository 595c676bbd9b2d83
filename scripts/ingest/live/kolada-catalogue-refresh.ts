import type { ManifestInput } from '../../../data/contract';
import { KoladaKpiId } from '../../../data/contract';
import { splitOperatingAreas } from '../../../data/indicators/kolada-catalogue-rules';
import { IngestError } from '../errors';
import type { KoladaConcept } from '../kolada-all/catalogue';
import type { KoladaLiveOverlay } from '../kolada-all/live-overlay';
import type { AreaCode } from '../source-types';
import {
  chunkIds,
  fetchKoladaKpis,
  fetchKoladaPages,
  koladaDataUrls,
  koladaKpiUrls,
  type KoladaKpiMeta,
} from './kolada-client';
import { KoladaDdfStaging } from './kolada-ddf-staging';
import { normaliseKolada, type KoladaPoint } from './kolada-normalise';
import type { LiveHttp } from './live-http';
import type { RateLimiter } from './rate-limiter';

/** A whole-catalogue refresh that could not finish: no build is written, so the last good build stays. */
export class LiveKoladaCatalogueError extends Error {
  constructor(cause: unknown) {
    super(
      `live Kolada catalogue failed: ${cause instanceof Error ? cause.message : String(cause)}; no build was written`,
    );
    this.name = 'LiveKoladaCatalogueError';
  }
}

/**
 * `--kpis N00001,U30446`: upper-cased, de-duplicated ids, or a bad-input error naming the parameter and the ids
 * that are not KPI ids at all (those Kolada does not know are found once its /kpi list has answered).
 */
export function parseKpisOption(text: string): string[] {
  const ids = [...new Set(text.split(',').map((id) => id.trim().toUpperCase()))].filter((id) => id !== '');
  const bad = ids.filter((id) => !KoladaKpiId.safeParse(id).success);
  if (ids.length === 0) throw new IngestError({ file: '--kpis' }, 'names no KPI id');
  if (bad.length > 0)
    throw new IngestError(
      { file: '--kpis' },
      `not Kolada KPI ids: ${bad.map((id) => `"${id}"`).join(', ')} (a KPI id is N or U and five digits, e.g. N18905)`,
    );
  return ids;
}

export interface CatalogueRefreshOptions {
  http: LiveHttp;
  limiter: RateLimiter;
  base: string;
  /** `all`: every KPI Kolada lists; otherwise the `--kpis` ids. */
  kpis: readonly string[] | 'all';
  years: readonly number[];
  /** The atlas's areas in the build's form (`SE`, `06`, `0617`). */
  areas: ReadonlySet<AreaCode>;
  stagingDir: string;
  /** Every page's points, e.g. for the atlas set's own indicators. */
  onPoints?: (points: KoladaPoint[]) => void;
  log?: (message: string) => void;
}

function conceptOf(meta: KoladaKpiMeta, fetchedFrom: string): KoladaConcept {
  return {
    kpi: meta.id.toUpperCase(),
    title: meta.title.trim(),
    // The dump writes line breaks as the two characters \n; v3's JSON may carry either.
    description: (meta.description ?? '').replace(/\\n/g, '\n').trim(),
    areas: splitOperatingAreas(meta.operating_area ?? ''),
    municipalityType: (meta.municipality_type ?? '').trim(),
    flaggedBySex: meta.is_divided_by_gender === true || meta.is_divided_by_gender === 1,
    line: 0,
    fetchedFrom,
  };
}

/**
 * Refreshes the Kolada catalogue from v3: the KPI list (`/kpi`, or `/kpi/<ids>` for `--kpis`), then every KPI's
 * values by chunks of 25 KPIs x 25 years, following `next_url`. Values are staged as DDF files chunk by chunk, so
 * memory holds one chunk. Any request that fails after its retries fails the whole refresh.
 */
export async function refreshKoladaCatalogue(
  options: CatalogueRefreshOptions,
): Promise<{ overlay: KoladaLiveOverlay; warnings: string[] }> {
  const { http, limiter } = options;
  const inputs: ManifestInput[] = [];
  const concepts = new Map<string, KoladaConcept>();
  for (const url of koladaKpiUrls(options.kpis, options.base)) {
    const listed = await fetchKoladaKpis(http, url, limiter);
    inputs.push(...listed.inputs);
    for (const meta of listed.kpis) concepts.set(meta.id.toUpperCase(), conceptOf(meta, `live:GET ${url}`));
  }
  const warnings: string[] = [];
  if (options.kpis !== 'all') {
    const unknown = options.kpis.filter((id) => !concepts.has(id));
    if (unknown.length > 0)
      throw new IngestError(
        { file: '--kpis' },
        `unknown Kolada KPI ids: ${unknown.join(', ')} (${options.base}/kpi does not list them)`,
      );
  }
  const odd = [...concepts.keys()].filter((id) => !KoladaKpiId.safeParse(id).success);
  if (odd.length > 0)
    warnings.push(
      `kolada (live): ${odd.length} listed ids are not KPI ids and were not fetched: ${odd.join(', ')}`,
    );
  const kpis = [...concepts.keys()].filter((id) => KoladaKpiId.safeParse(id).success).sort();
  const staging = new KoladaDdfStaging(options.stagingDir, options.areas);
  let requests = 0;
  for (const chunk of chunkIds(kpis)) {
    for (const url of koladaDataUrls({ kpis: chunk, years: options.years }, options.base)) {
      const fetched = await fetchKoladaPages(http, url, limiter, (data, pageUrl) => {
        const points = normaliseKolada(data);
        staging.add(points, pageUrl);
        options.onPoints?.(points);
      });
      inputs.push(...fetched.inputs);
      requests += fetched.inputs.length;
    }
    staging.flush();
  }
  if (staging.outsideAtlas.size > 0)
    warnings.push(
      `kolada (live): values for areas that are not in the atlas left out (${[...staging.outsideAtlas].sort().join(', ')})`,
    );
  const fetchedAt =
    inputs
      .map((input) => input.fetchedAt ?? '')
      .sort()
      .at(-1) || null;
  options.log?.(
    `Kolada catalogue: ${kpis.length} KPIs listed, ${staging.staged.size} with values, ${staging.values} values in ${requests} data requests`,
  );
  return {
    overlay: {
      dir: options.stagingDir,
      concepts,
      staged: staging.staged,
      wholeCatalogue: options.kpis === 'all',
      inputs,
      fetchedAt,
    },
    warnings,
  };
}
