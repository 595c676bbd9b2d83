import {
  INDEX_AGGREGATIONS,
  INDEX_NORMALISATIONS,
  type RankInterval,
  type RobustnessFactor,
  type RobustnessResult,
} from '../../contract';
import { ranksInto } from './aggregation';
import { scoreMatrix } from './compute-index';
import { DrawAggregator, flatScores } from './draw-aggregation';
import { prepareIndex } from './prepare';
import { seededRandom } from './random';
import type { IndexSpec } from './resolve-spec';
import type { TreatmentChoice } from '../../contract';
import { nearestRank } from './statistics';

export interface RobustnessOptions {
  draws: number;
  seed: number;
  /** Each weight is multiplied by a uniform factor in [1 − p, 1 + p]. */
  perturbation: number;
}
export const DEFAULT_ROBUSTNESS: RobustnessOptions = { draws: 1000, seed: 1, perturbation: 0.25 };

const WEIGHT_BINS = 10;

/**
 * Monte Carlo over the uncertain choices, seeded: per draw every positive weight is perturbed, one normalisation
 * and one aggregation are drawn, and either no indicator or one (from a pillar of two or more) is left out. Per
 * municipality: median rank, 5–95 % interval (nearest rank) and the first-order sensitivity S = Var(E[rank | X]) /
 * Var(rank) of each choice, estimated by binning (weights: 10 equal bins; discrete choices: one bin per value).
 */
export function robustness(
  spec: IndexSpec,
  inputs: Parameters<typeof prepareIndex>[1],
  options: RobustnessOptions = DEFAULT_ROBUSTNESS,
  fixedTreatments?: Readonly<Record<string, TreatmentChoice>>,
): RobustnessResult {
  const prepared = prepareIndex(spec, inputs, { fixed: fixedTreatments });
  const n = prepared.codes.length;
  const { draws, perturbation } = options;
  const random = seededRandom(options.seed);
  // Every draw aggregates one of these six score matrices: normalised (and logged) once, not per draw.
  const matrices = INDEX_NORMALISATIONS.map((norm) =>
    INDEX_AGGREGATIONS.map((agg) => flatScores(scoreMatrix(prepared, norm, agg), agg)),
  );
  const baseIndicator = prepared.indicators.map((i) => i.spec.weight);
  const basePillar = spec.pillars.map((p) => p.weight);
  const pillarFactors = spec.pillars.flatMap((p, k) => (basePillar[k]! > 0 ? [k] : []));
  const indicatorFactors = baseIndicator.flatMap((w, i) => (w > 0 ? [i] : []));
  const leaveOutChoices = prepared.members.flatMap((positions) => {
    const used = positions.filter((i) => baseIndicator[i]! > 0);
    return used.length >= 2 ? used : [];
  });
  const factors: RobustnessFactor[] = [
    ...pillarFactors.map((k) => `weight:${spec.pillars[k]!.id}` as const),
    ...indicatorFactors.map((i) => `weight:${prepared.indicators[i]!.spec.id}` as const),
    'normalisation',
    'aggregation',
    'leave_out',
  ];
  const binCounts = [
    ...pillarFactors.map(() => WEIGHT_BINS),
    ...indicatorFactors.map(() => WEIGHT_BINS),
    INDEX_NORMALISATIONS.length,
    INDEX_AGGREGATIONS.length,
    leaveOutChoices.length + 1,
  ];
  const bins = factors.map(() => new Int32Array(draws));
  const ranks = new Int32Array(draws * n);
  const binOf = (u: number) => Math.min(WEIGHT_BINS - 1, Math.floor(u * WEIGHT_BINS));
  // Buffers reused by every draw: a draw allocates nothing.
  const aggregator = new DrawAggregator(prepared.members);
  const pillarWeights = new Float64Array(basePillar.length);
  const indicatorWeights = new Float64Array(baseIndicator.length);
  const index = new Float64Array(n);
  const scratch = new Float64Array(n);

  for (let d = 0; d < draws; d += 1) {
    pillarWeights.set(basePillar);
    indicatorWeights.set(baseIndicator);
    let f = 0;
    for (const k of pillarFactors) {
      const u = random();
      pillarWeights[k] = basePillar[k]! * (1 - perturbation + 2 * perturbation * u);
      bins[f++]![d] = binOf(u);
    }
    for (const i of indicatorFactors) {
      const u = random();
      indicatorWeights[i] = baseIndicator[i]! * (1 - perturbation + 2 * perturbation * u);
      bins[f++]![d] = binOf(u);
    }
    const norm = Math.floor(random() * INDEX_NORMALISATIONS.length);
    const agg = Math.floor(random() * INDEX_AGGREGATIONS.length);
    const leave = Math.floor(random() * (leaveOutChoices.length + 1));
    bins[f++]![d] = norm;
    bins[f++]![d] = agg;
    bins[f]![d] = leave;
    if (leave > 0) indicatorWeights[leaveOutChoices[leave - 1]!] = 0;
    aggregator.run(matrices[norm]![agg]!, indicatorWeights, pillarWeights, spec.method.minPillarShare, index);
    ranksInto(index, ranks.subarray(d * n, (d + 1) * n), scratch);
  }
  return {
    ...options,
    factors,
    intervals: intervalsOf(prepared.codes, ranks, draws, factors, bins, binCounts),
  };
}

function intervalsOf(
  codes: readonly string[],
  ranks: Int32Array,
  draws: number,
  factors: readonly RobustnessFactor[],
  bins: readonly Int32Array[],
  binCounts: readonly number[],
): Record<string, RankInterval | null> {
  const n = codes.length;
  // Rank sums and counts per (factor, bin, municipality), in one sequential pass over the draws.
  const offsets: number[] = [];
  let slots = 0;
  for (const count of binCounts) {
    offsets.push(slots);
    slots += count;
  }
  // Whole numbers (at most draws·n), so integer sums are exact; an unranked draw (rank 0) adds nothing to a sum.
  const sums = new Int32Array(slots * n);
  const counts = new Int32Array(slots * n);
  for (let d = 0; d < draws; d += 1) {
    const row = d * n;
    for (let f = 0; f < factors.length; f += 1) {
      const base = (offsets[f]! + bins[f]![d]!) * n;
      for (let m = 0; m < n; m += 1) {
        const r = ranks[row + m]!;
        sums[base + m]! += r;
        counts[base + m]! += r > 0 ? 1 : 0;
      }
    }
  }
  const out: Record<string, RankInterval | null> = {};
  // Ranks are whole numbers 1..n: a counting sort of each municipality's ranks, in linear time.
  const own = new Float64Array(draws);
  const tally = new Int32Array(n + 1);
  for (let m = 0; m < n; m += 1) {
    tally.fill(0);
    let count = 0;
    let sum = 0;
    for (let d = 0; d < draws; d += 1) {
      const r = ranks[d * n + m]!;
      if (r > 0) {
        tally[r]! += 1;
        count += 1;
        sum += r;
      }
    }
    if (count === 0) {
      out[codes[m]!] = null;
      continue;
    }
    let filled = 0;
    for (let r = 1; r <= n; r += 1) for (let c = tally[r]!; c > 0; c -= 1) own[filled++] = r;
    const sorted = own.subarray(0, count);
    const mu = sum / count;
    let variance = 0;
    for (let k = 0; k < count; k += 1) variance += (sorted[k]! - mu) ** 2;
    variance /= count;
    let driver: RankInterval['driver'] = null;
    if (variance > 0) {
      for (let f = 0; f < factors.length; f += 1) {
        let between = 0;
        for (let b = 0; b < binCounts[f]!; b += 1) {
          const at = (offsets[f]! + b) * n + m;
          const c = counts[at]!;
          if (c > 0) between += c * (sums[at]! / c - mu) ** 2;
        }
        const share = between / count / variance;
        if (!driver || share > driver.share) driver = { factor: factors[f]!, share };
      }
    }
    out[codes[m]!] = {
      median: nearestRank(sorted, 0.5),
      p5: nearestRank(sorted, 0.05),
      p95: nearestRank(sorted, 0.95),
      draws: count,
      driver,
    };
  }
  return out;
}
