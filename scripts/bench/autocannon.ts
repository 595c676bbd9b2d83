import { createRequire } from 'node:module';

/** The parts of autocannon's result the benches and the reliability load run read. */
export interface AutocannonResult {
  requests: { average: number; total: number };
  throughput: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  workers?: number;
  headers?: Record<string, string>;
  requests?: { method: 'GET'; path: string; headers?: Record<string, string> }[];
}

/** autocannon ships CommonJS without types: loaded once, typed here. */
export const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>;

/**
 * The p99 of a run, refusing one that measured nothing: autocannon reports a p99 of 0 when no request got an
 * answer (the server never replied within the run), and 0 would read as a met target. Errors, timeouts and
 * non-2xx answers are refused too: their latency is not the answer's.
 *
 * @example measuredP99({ ...result, latency: { p50: 0, p99: 0 } }, 'values') // throws
 */
export function measuredP99(result: AutocannonResult, what: string): number {
  const failed = result.errors + result.timeouts + result.non2xx;
  if (result.requests.total === 0 || result.latency.p99 <= 0 || !Number.isFinite(result.latency.p99))
    throw new Error(
      `${what}: autocannon measured nothing (${result.requests.total} answers, p99 ${result.latency.p99} ms)`,
    );
  if (failed > 0)
    throw new Error(
      `${what}: ${failed} of ${result.requests.total} requests failed (${result.non2xx} non-2xx, ` +
        `${result.errors} errors, ${result.timeouts} timeouts)`,
    );
  return result.latency.p99;
}
