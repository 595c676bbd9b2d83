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
