import { describe, expect, it } from 'vitest';
import { type AutocannonResult, measuredP99 } from '../../../scripts/bench/autocannon';

const run = (overrides: Partial<AutocannonResult> & { p99?: number; total?: number }): AutocannonResult => ({
  requests: { average: 100, total: overrides.total ?? 500 },
  throughput: { average: 1e6 },
  latency: { p50: 4, p99: overrides.p99 ?? 12 },
  errors: overrides.errors ?? 0,
  timeouts: overrides.timeouts ?? 0,
  non2xx: overrides.non2xx ?? 0,
});

describe('the bench refuses a p99 that measured nothing (a 0 would read as a met target)', () => {
  it('a run with answers gives its p99', () => {
    expect(measuredP99(run({}), 'values')).toBe(12);
  });

  it('a p99 of 0 is an error naming the query, not 0 ms', () => {
    expect(() => measuredP99(run({ p99: 0 }), '/api/indicators/kolada_n18905/values')).toThrow(
      /kolada_n18905.*measured nothing/,
    );
  });

  it('a run where no request was answered is an error even if latency says otherwise', () => {
    expect(() => measuredP99(run({ total: 0 }), 'profile')).toThrow(/0 answers/);
  });

  it('timeouts, errors and non-2xx answers are errors: their latency is not an answer’s', () => {
    expect(() => measuredP99(run({ timeouts: 50 }), 'profile')).toThrow(/50 of 500 requests failed/);
    expect(() => measuredP99(run({ non2xx: 3 }), 'search')).toThrow(/3 non-2xx/);
  });
});
