import { parseJsonStat1, parseJsonStat2 } from './parse-json-stat';
import { parsePxWebJson } from './parse-pxweb-json';
import type { PxDataset } from './px-dataset';

/** Thrown when a body is not JSON (SCB v1 answers some errors with an HTML page and status 200 or 404). */
export class NonJsonResponseError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    snippet: string,
  ) {
    super(`${url} answered ${status} with a non-JSON body: ${snippet}`);
  }
}

/** Parses a body as JSON or throws an error naming the URL. */
export function parseJsonBody(text: string, url: string, status = 200): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const snippet = /<title>([^<]*)<\/title>/i.exec(text)?.[1] ?? text.slice(0, 80);
    throw new NonJsonResponseError(url, status, snippet.trim());
  }
}

/** Recognises json-stat 1 (`dataset` wrapper), json-stat2 (`class: "dataset"`) and PxWeb json (`columns`). */
export function parsePxResponse(body: unknown): PxDataset {
  if (typeof body === 'object' && body !== null) {
    if ('dataset' in body) return parseJsonStat1(body);
    if ('class' in body && body.class === 'dataset') return parseJsonStat2(body);
    if ('columns' in body && 'data' in body) return parsePxWebJson(body);
  }
  throw new Error('not a PxWeb data response (expected json-stat, json-stat2 or PxWeb json)');
}
