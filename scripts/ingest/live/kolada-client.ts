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
const KoladaPage = z.object({
  values: z.array(KoladaDatum),
  count: z.number().optional(),
  next_url: z.string().nullable().optional(),
  next_page: z.string().nullable().optional(),
});

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

/** Follows `next_url` (or `next_page`) from the first page until it is absent or empty. */
export async function fetchKoladaPages(
  http: LiveHttp,
  firstUrl: string,
  limiter?: RateLimiter,
): Promise<{ data: KoladaDatum[]; inputs: ManifestInput[] }> {
  const data: KoladaDatum[] = [];
  const inputs: ManifestInput[] = [];
  const visited = new Set<string>();
  let url: string | null | undefined = firstUrl;
  while (url) {
    if (visited.has(url)) throw new Error(`Kolada paging loops back to ${url}`);
    visited.add(url);
    const response = await http.json({ method: 'GET', url }, limiter);
    const page = KoladaPage.parse(response.body);
    data.push(...page.values);
    inputs.push({ ...response.input, rows: page.values.length });
    url = page.next_url || page.next_page || null;
  }
  return { data, inputs };
}
