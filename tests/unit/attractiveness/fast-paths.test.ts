/**
 * The fast paths give the reference figures exactly: the Monte Carlo's draw aggregation and ranks, the treatment
 * rule's one-pass moments and the dashboard's kept-scores index agree bit for bit with aggregate(),
 * competitionRanks(), skewness()/kurtosis() and computeIndex() on the real build (the 21 default indicators and 4
 * added ones, as the benchmark runs them).
 */
import { describe, expect, it } from 'vitest';
import { indexInputs } from '../../../api/attractiveness/index-inputs';
import { DEFAULT_FRAMEWORK } from '../../../data/attractiveness/default-framework';
import {
  aggregate,
  competitionRanks,
  computeIndex,
  DrawAggregator,
  flatScores,
  kurtosis,
  prepareIndex,
  ranksInto,
  resolveSpec,
  scoreMatrix,
  seededRandom,
  shapeOf,
  skewness,
  specIndicatorIds,
  type IndexSpec,
} from '../../../data/attractiveness/model';
import { INDEX_AGGREGATIONS, INDEX_NORMALISATIONS, WeightSet } from '../../../data/contract';
import { LiveIndex } from '../../../web/attractiveness/live-index';
import { build } from '../api/app-fixture';
import { CODES, fixtureSpec, inputsFrom, RAW } from './fixture';

const added = [
  { pillar: 'housing', id: 'owner_occupied_dwellings_per_1000', direction: 'better' as const },
  { pillar: 'work', id: 'grp_per_inhabitant', direction: 'better' as const },
  { pillar: 'skills', id: 'higher_education_3y_25_64', direction: 'better' as const },
  { pillar: 'outlook', id: 'net_international_migration_share', direction: 'better' as const },
];
const specOf = (patch: Partial<WeightSet> = {}): IndexSpec =>
  resolveSpec(DEFAULT_FRAMEWORK, WeightSet.parse({ framework: 'default', added, ...patch }), (id) =>
    build.indicatorById.has(id),
  );
const spec = specOf();
await build.kolada.ensure(specIndicatorIds(spec));
const inputs = indexInputs(build, specIndicatorIds(spec), null);
const prepared = prepareIndex(spec, inputs);
const n = inputs.codes.length;

/** Same length and every element the same number (NaN where NaN). */
function expectIdentical(actual: ArrayLike<number>, expected: ArrayLike<number>) {
  expect(actual.length).toBe(expected.length);
  const differing = Array.from(expected, (v, i) => i).filter((i) => !Object.is(actual[i], expected[i]));
  expect(differing).toEqual([]);
}

describe('fast paths against the reference', () => {
  it('draw aggregation and ranks equal aggregate() and competitionRanks() under perturbed weights', () => {
    expect(n).toBe(290);
    expect(prepared.indicators).toHaveLength(25);
    const random = seededRandom(3);
    const aggregator = new DrawAggregator(prepared.members);
    const out = new Float64Array(n);
    const ranks = new Int32Array(n);
    const scratch = new Float64Array(n);
    for (const normalisation of INDEX_NORMALISATIONS) {
      for (const aggregation of INDEX_AGGREGATIONS) {
        const scores = scoreMatrix(prepared, normalisation, aggregation);
        const flat = flatScores(scores, aggregation);
        for (let draw = 0; draw < 5; draw += 1) {
          const indicatorWeights = prepared.indicators.map(() => 0.5 + random());
          const pillarWeights = spec.pillars.map(() => 0.5 + random());
          indicatorWeights[draw * 3] = 0; // one left out
          if (draw === 4) pillarWeights[1] = 0;
          const reference = aggregate({
            scores,
            pillars: prepared.members,
            indicatorWeights,
            pillarWeights,
            aggregation,
            minPillarShare: 2 / 3,
          }).index;
          expect(reference.some((v) => !Number.isNaN(v))).toBe(true);
          expectIdentical(aggregator.run(flat, indicatorWeights, pillarWeights, 2 / 3, out), reference);
          expectIdentical(ranksInto(out, ranks, scratch), competitionRanks(reference));
        }
      }
    }
  });

  it("a municipality short of a pillar's share is missing in the draw aggregation as in aggregate()", () => {
    // The hand-worked fixture: x3 is missing for 0003, so with a share of 1 its pillar p2, and its index, are missing.
    const small = prepareIndex(fixtureSpec(), inputsFrom(RAW));
    for (const aggregation of INDEX_AGGREGATIONS) {
      const scores = scoreMatrix(small, 'minmax', aggregation);
      const args = { indicatorWeights: [1, 2, 1, 1], pillarWeights: [1, 3] };
      const reference = aggregate({
        scores,
        pillars: small.members,
        ...args,
        aggregation,
        minPillarShare: 1,
      });
      expect(Array.from(reference.index, Number.isNaN)).toEqual([false, false, true, false, false]);
      const out = new DrawAggregator(small.members).run(
        flatScores(scores, aggregation),
        args.indicatorWeights,
        args.pillarWeights,
        1,
        new Float64Array(CODES.length),
      );
      expectIdentical(out, reference.index);
    }
  });

  it('one-pass skewness and kurtosis equal skewness() and kurtosis()', () => {
    const samples = [
      RAW.x4 as number[],
      [1, 2],
      [3, 3, 3, 3],
      [1, 2, 9],
      ...prepared.indicators.map((i) => Array.from(i.raw).filter((v) => !Number.isNaN(v))),
    ];
    for (const values of samples) {
      expect(shapeOf(values)).toEqual({ skew: skewness(values), kurtosis: kurtosis(values) });
    }
  });

  it('the live index reuses its prepared inputs across weight changes and gives computeIndex() exactly', () => {
    const live = new LiveIndex(inputs);
    const first = live.preparedFor(spec);
    const moved = specOf({ weights: { housing: 3.7, reach: 0.2, rental_dwellings_per_1000: 2 } });
    expect(live.preparedFor(moved)).toBe(first);
    const reference = computeIndex(moved, inputs);
    expectIdentical(
      live.values(moved),
      reference.rows.map((r) => r.index ?? NaN),
    );
    expect(live.result(moved)).toEqual(reference);

    const geometric = specOf({
      weights: { work: 2 },
      method: { ...spec.method, aggregation: 'geometric', normalisation: 'zscore' },
    });
    expect(live.result(geometric)).toEqual(computeIndex(geometric, inputs));

    const flipped = specOf({ directions: { rental_dwellings_per_1000: 'worse' } });
    expect(live.preparedFor(flipped)).not.toBe(first);
    expect(live.result(flipped)).toEqual(computeIndex(flipped, inputs));
  });
});
