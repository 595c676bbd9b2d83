import { z } from 'zod';
import type { ManifestInput } from '../../../data/contract';
import type { LiveHttp } from './live-http';
import type { RateLimiter } from './rate-limiter';

export const KOLADA_V3_BASE = 'https://api.kolada.se/v3';
/** Kolada v3 refuses more than 25 ids in one path segment. */
export const KOLADA_MAX_IDS_PER_SEGMENT = 25;
export const KOLADA_PER_PAGE = 5000;

const KoladaValue = z.object({
  gender: z.string(),
  value: z.number().nullable(),
  status: z.string().nullable().optional(),
  count: z.number().optional(),
  isdeleted: z.boolean().optional(),
});
const KoladaDatum = z.object({
  kpi: z.string(),
  municipality: z.string(),
  period: z.coerce.number().int(),
  values: z.array(KoladaValue),
});
export type KoladaDatum = z.infer<typeof KoladaDatum>;

/** v3 envelope; `next_url` is authoritative, `next_page` (the v2 name) is tolerated. */
const koladaPage = <T extends z.ZodType>(item: T) =>
  z.object({
    values: z.array(item),
    count: z.number().optional(),
    next_url: z.string().nullable().optional(),
    next_page: z.string().nullable().optional(),
  });
const KoladaDataPage = koladaPage(KoladaDatum);

/**
 * A KPI of `GET /v3/kpi[/<ids>]` (API-REFERENCE.md §4.2-4.3: v2's fields, `auspices` renamed `auspice`,
 * `is_divided_by_gender` a boolean in v3; v2's 0/1 is tolerated). Fields the atlas does not use are not required.
 */
export const KoladaKpiMeta = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable().optional(),
  operating_area: z.string().nullable().optional(),
  municipality_type: z.string().nullable().optional(),
  is_divided_by_gender: z.union([z.boolean(), z.number()]).nullable().optional(),
});
export type KoladaKpiMeta = z.infer<typeof KoladaKpiMeta>;
const KoladaKpiPage = koladaPage(KoladaKpiMeta);

export function chunkIds<T>(ids: readonly T[], size = KOLADA_MAX_IDS_PER_SEGMENT): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < ids.length; i += size) chunks.push(ids.slice(i, i + size));
  return chunks;
}

export interface KoladaQuery {
  kpis: readonly string[];
  years: readonly number[];
  /** Omitted: every municipality, county and the nation. */
  municipalities?: readonly string[];
}

/**
 * First-page URLs of `/data/kpi/<ids>/[municipality/<ids>/]year/<years>`, one per combination of chunks of
 * at most 25 ids per segment.
 * @example koladaDataUrls({kpis:['N01951'], years:[2022]}) // ['https://api.kolada.se/v3/data/kpi/N01951/year/2022?per_page=5000']
 */
export function koladaDataUrls(query: KoladaQuery, base = KOLADA_V3_BASE): string[] {
  const urls: string[] = [];
  const municipalityChunks = query.municipalities ? chunkIds(query.municipalities) : [null];
  for (const kpis of chunkIds(query.kpis)) {
    for (const municipalities of municipalityChunks) {
      for (const years of chunkIds(query.years)) {
        const municipalityPart = municipalities ? `/municipality/${municipalities.join(',')}` : '';
        urls.push(
          `${base}/data/kpi/${kpis.join(',')}${municipalityPart}/year/${years.join(',')}?per_page=${KOLADA_PER_PAGE}`,
        );
      }
    }
  }
  return urls;
}

/**
 * First-page URLs of the KPI metadata: the whole list (`/kpi`), or the named ids in chunks of 25.
 * @example koladaKpiUrls(['N18905']) // ['https://api.kolada.se/v3/kpi/N18905?per_page=5000']
 */
export function koladaKpiUrls(ids: readonly string[] | 'all', base = KOLADA_V3_BASE): string[] {
  if (ids === 'all') return [`${base}/kpi?per_page=${KOLADA_PER_PAGE}`];
  return chunkIds(ids).map((chunk) => `${base}/kpi/${chunk.join(',')}?per_page=${KOLADA_PER_PAGE}`);
}

/**
 * Follows `next_url` (or `next_page`) from the first page until it is absent or empty, handing each page's
 * items to `onPage` (so a caller can write them out and let them go).
 */
async function followPages<T>(
  http: LiveHttp,
  firstUrl: string,
  schema: z.ZodType<{ values: T[]; next_url?: string | null; next_page?: string | null }>,
  onPage: (items: T[], url: string) => void,
  limiter?: RateLimiter,
): Promise<ManifestInput[]> {
  const inputs: ManifestInput[] = [];
  const visited = new Set<string>();
  let url: string | null | undefined = firstUrl;
  while (url) {
    if (visited.has(url)) throw new Error(`Kolada paging loops back to ${url}`);
    visited.add(url);
    const response = await http.json({ method: 'GET', url }, limiter);
    const parsed = schema.safeParse(response.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${url}: not a Kolada v3 page (at ${issue?.path.join('.') || 'the top'}: ${issue?.message})`,
      );
    }
    onPage(parsed.data.values, url);
    inputs.push({ ...response.input, rows: parsed.data.values.length });
    url = parsed.data.next_url || parsed.data.next_page || null;
  }
  return inputs;
}

/** All data pages of one first-page URL; with `onPage` the pages are handed over instead of collected. */
export async function fetchKoladaPages(
  http: LiveHttp,
  firstUrl: string,
  limiter?: RateLimiter,
  onPage?: (data: KoladaDatum[], url: string) => void,
): Promise<{ data: KoladaDatum[]; inputs: ManifestInput[] }> {
  const data: KoladaDatum[] = [];
  const collect = onPage ?? ((page: KoladaDatum[]) => data.push(...page));
  const inputs = await followPages(http, firstUrl, KoladaDataPage, collect, limiter);
  return { data, inputs };
}

/** KPI metadata of every page of one first-page URL. */
export async function fetchKoladaKpis(
  http: LiveHttp,
  firstUrl: string,
  limiter?: RateLimiter,
): Promise<{ kpis: KoladaKpiMeta[]; inputs: ManifestInput[] }> {
  const kpis: KoladaKpiMeta[] = [];
  const inputs = await followPages(http, firstUrl, KoladaKpiPage, (page) => kpis.push(...page), limiter);
  return { kpis, inputs };
}
