import { z } from 'zod';
import type { ManifestInput } from '../../../data/contract';
import type { Clock } from './http-types';
import { TooManyCellsError, type LiveHttp } from './live-http';
import { parsePxResponse } from './parse-px-response';
import type { PxDataset } from './px-dataset';
import { RateLimiter } from './rate-limiter';
import { parseV1Metadata, parseV2Metadata, type TableMetadata } from './scb-metadata';
import { halveQuery, splitQuery, toV1Body, toV2Body, type ScbQuery } from './scb-query';

export const SCB_V2_BASE = 'https://statistikdatabasen.scb.se/api/v2';
export const SCB_V1_BASE = 'https://api.scb.se/OV0104/v1/doris/sv/ssd';

/** v2 table id where one is known, else the v1 path after `/ssd/`. */
export type ScbTableRef = { v2: string } | { v1: string };

export interface ScbLimits {
  maxCells: number;
  maxCalls: number;
  windowMs: number;
}

/** v1 has no /config; SCB's open-data page gives 10 calls per 10 s and 100,000 cells (the strictest source). */
export const SCB_V1_LIMITS: ScbLimits = { maxCells: 100_000, maxCalls: 10, windowMs: 10_000 };

const V2Config = z.object({
  maxDataCells: z.number().int().positive(),
  maxCallsPerTimeWindow: z.number().int().positive(),
  timeWindow: z.number().positive(),
});

/** Limits from v2 `GET /config` (timeWindow is in seconds). */
export function parseV2Config(body: unknown): ScbLimits {
  const config = V2Config.parse(body);
  return {
    maxCells: config.maxDataCells,
    maxCalls: config.maxCallsPerTimeWindow,
    windowMs: config.timeWindow * 1000,
  };
}

export function tableName(table: ScbTableRef): string {
  return 'v2' in table ? table.v2 : table.v1;
}

export interface ScbClientOptions {
  http: LiveHttp;
  clock: Clock;
  v2Base?: string;
  v1Base?: string;
}

/** Reads SCB tables through v2 (or v1), staying under the advertised cell and call limits. */
export class ScbClient {
  readonly inputs: ManifestInput[] = [];
  private v2Limits: ScbLimits | null = null;
  private v2Limiter: RateLimiter | null = null;
  private readonly v1Limiter: RateLimiter;
  private readonly v2Base: string;
  private readonly v1Base: string;

  constructor(private readonly options: ScbClientOptions) {
    this.v2Base = options.v2Base ?? SCB_V2_BASE;
    this.v1Base = options.v1Base ?? SCB_V1_BASE;
    this.v1Limiter = new RateLimiter(SCB_V1_LIMITS.maxCalls, SCB_V1_LIMITS.windowMs, options.clock);
  }

  private async v2(): Promise<{ limits: ScbLimits; limiter: RateLimiter }> {
    if (!this.v2Limits || !this.v2Limiter) {
      const config = await this.options.http.json({ method: 'GET', url: `${this.v2Base}/config` });
      this.inputs.push(config.input);
      this.v2Limits = parseV2Config(config.body);
      this.v2Limiter = new RateLimiter(this.v2Limits.maxCalls, this.v2Limits.windowMs, this.options.clock);
    }
    return { limits: this.v2Limits, limiter: this.v2Limiter };
  }

  async metadata(table: ScbTableRef): Promise<TableMetadata> {
    if ('v2' in table) {
      const { limiter } = await this.v2();
      const url = `${this.v2Base}/tables/${encodeURIComponent(table.v2)}/metadata?lang=sv`;
      const response = await this.options.http.json({ method: 'GET', url }, limiter);
      this.inputs.push(response.input);
      return parseV2Metadata(response.body);
    }
    const response = await this.options.http.json(
      { method: 'GET', url: `${this.v1Base}/${table.v1}` },
      this.v1Limiter,
    );
    this.inputs.push(response.input);
    return parseV1Metadata(response.body);
  }

  /** Sends the query in as many pieces as the cell limit needs; a 403 halves the piece and tries again. */
  async data(table: ScbTableRef, query: ScbQuery, splitBy: readonly string[]): Promise<PxDataset[]> {
    const datasets: PxDataset[] = [];
    await this.eachPiece(table, query, splitBy, (dataset) => datasets.push(dataset));
    return datasets;
  }

  /**
   * Like `data`, but hands over each piece as it arrives so a large table (UF0506: millions of cells) is never
   * held whole. Pieces are cut only along `splitBy`, so every area-year lies within one piece.
   */
  async eachPiece(
    table: ScbTableRef,
    query: ScbQuery,
    splitBy: readonly string[],
    onPiece: (dataset: PxDataset) => void,
  ): Promise<void> {
    const { limits, limiter } =
      'v2' in table ? await this.v2() : { limits: SCB_V1_LIMITS, limiter: this.v1Limiter };
    const queue = splitQuery(query, limits.maxCells, splitBy);
    while (queue.length > 0) {
      const piece = queue.shift()!;
      const request =
        'v2' in table
          ? {
              method: 'POST' as const,
              url: `${this.v2Base}/tables/${encodeURIComponent(table.v2)}/data?lang=sv&outputFormat=json-stat2`,
              body: JSON.stringify(toV2Body(piece)),
            }
          : {
              method: 'POST' as const,
              url: `${this.v1Base}/${table.v1}`,
              body: JSON.stringify(toV1Body(piece)),
            };
      let dataset: PxDataset;
      try {
        const response = await this.options.http.json(request, limiter);
        dataset = parsePxResponse(response.body);
        this.inputs.push({ ...response.input, rows: dataset.cells.length });
      } catch (error) {
        const halves = error instanceof TooManyCellsError ? halveQuery(piece, splitBy) : null;
        if (!halves) throw error;
        queue.unshift(...halves);
        continue;
      }
      onPiece(dataset);
    }
  }
}
