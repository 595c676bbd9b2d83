import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndex, robustness } from '../../../data/attractiveness/model';
import { fixtureSpec, inputsFrom } from './fixture';

const CODES = ['0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008'];
const value = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
/** Four indicators over eight municipalities, every value present (so no pillar goes missing). */
const table = fc.record({
  x1: fc.array(value, { minLength: 8, maxLength: 8 }),
  x2: fc.array(value, { minLength: 8, maxLength: 8 }),
  x3: fc.array(value, { minLength: 8, maxLength: 8 }),
  x4: fc.array(value, { minLength: 8, maxLength: 8 }),
});
const weight = fc.double({ min: 0.01, max: 10, noNaN: true });
const weights = fc.record({ p1: weight, p2: weight, x1: weight, x2: weight, x3: weight, x4: weight });
const normalisation = fc.constantFrom('minmax' as const, 'zscore' as const, 'percentile' as const);

describe('index properties', () => {
  it('arithmetic, treatment held fixed: improving a "better" value never lowers that municipality’s index', () => {
    fc.assert(
      fc.property(
        table,
        weights,
        fc.nat(7),
        fc.double({ min: 0, max: 500, noNaN: true }),
        normalisation,
        (raw, w, m, gain, norm) => {
          const spec = fixtureSpec({ weights: w, method: { normalisation: norm } });
          const before = computeIndex(spec, inputsFrom(raw, CODES));
          const fixedTreatments = Object.fromEntries(
            before.indicators.map((i) => [i.id, i.treatment.choice]),
          );
          const improved = { ...raw, x1: raw.x1.map((v, i) => (i === m ? v + gain : v)) };
          const after = computeIndex(spec, inputsFrom(improved, CODES), { fixedTreatments });
          const code = CODES[m]!;
          const a = before.rows.find((r) => r.code === code)!;
          const b = after.rows.find((r) => r.code === code)!;
          // The z-score index is rescaled over all municipalities, and a rise can widen the sd so much that a
          // rival overtakes (see 'a z-score rank can fall' below): what never falls is the own score on x1.
          if (norm === 'zscore')
            expect(b.contributions.x1!).toBeGreaterThanOrEqual(a.contributions.x1! - 1e-9);
          else expect(b.index!).toBeGreaterThanOrEqual(a.index! - 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a z-score rank can fall when a value rises: the sd widens and a rival overtakes (worked example)', () => {
    const none = { kind: 'none' } as const;
    const fixedTreatments = { x1: none, x2: none, x3: none, x4: none };
    const spec = fixtureSpec({ method: { normalisation: 'zscore' } });
    const raw = (x1Of0001: number) => ({
      x1: [x1Of0001, -6, -1, -1, -1, -1, -1, -1],
      x2: [0, 0, 0, 0, 0, 0, 0, 0],
      x3: [0, 1, 0, 0, 0, 0, 0, 0],
      x4: [0, 1, 0, 0, 0, 0, 0, 5],
    });
    const before = computeIndex(spec, inputsFrom(raw(12), CODES), { fixedTreatments });
    const after = computeIndex(spec, inputsFrom(raw(30), CODES), { fixedTreatments });
    // x1's sd goes from 4.8 to 10.6, so the z gap from 0001 down to 0002 shrinks from 3.73 to 3.39
    expect([before.rows[0]!.rank, before.rows[1]!.rank]).toEqual([2, 3]);
    expect([after.rows[0]!.rank, after.rows[1]!.rank]).toEqual([3, 1]);
    expect(after.rows[0]!.aggregate!).toBeGreaterThan(before.rows[0]!.aggregate!);
  });

  it('multiplying every weight by a constant changes nothing', () => {
    fc.assert(
      fc.property(table, weights, fc.double({ min: 0.001, max: 1000, noNaN: true }), (raw, w, k) => {
        const scaled = Object.fromEntries(Object.entries(w).map(([id, v]) => [id, v * k]));
        const a = computeIndex(fixtureSpec({ weights: w }), inputsFrom(raw, CODES));
        const b = computeIndex(fixtureSpec({ weights: scaled }), inputsFrom(raw, CODES));
        a.rows.forEach((row, i) => {
          expect(b.rows[i]!.index!).toBeCloseTo(row.index!, 6);
          expect(b.rows[i]!.rank).toBe(row.rank);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a municipality best on every indicator ranks 1, whatever the weights, normalisation and aggregation', () => {
    fc.assert(
      fc.property(
        table,
        weights,
        fc.nat(7),
        normalisation,
        fc.constantFrom('arithmetic' as const, 'geometric' as const),
        (raw, w, m, norm, aggregation) => {
          // x2 is "worse": the best value is the lowest
          const best = {
            x1: raw.x1.map((v, i) => (i === m ? Math.max(...raw.x1) + 1 : v)),
            x2: raw.x2.map((v, i) => (i === m ? Math.min(...raw.x2) - 1 : v)),
            x3: raw.x3.map((v, i) => (i === m ? Math.max(...raw.x3) + 1 : v)),
            x4: raw.x4.map((v, i) => (i === m ? Math.max(...raw.x4) + 1 : v)),
          };
          const result = computeIndex(
            fixtureSpec({ weights: w, method: { normalisation: norm, aggregation } }),
            inputsFrom(best, CODES),
          );
          expect(result.rows[m]!.rank).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the same seed gives the same intervals', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (raw, seed) => {
        const spec = fixtureSpec();
        const options = { draws: 200, seed, perturbation: 0.25 };
        const a = robustness(spec, inputsFrom(raw, CODES), options);
        const b = robustness(spec, inputsFrom(raw, CODES), options);
        expect(b).toEqual(a);
      }),
      { numRuns: 30 },
    );
  });
});
