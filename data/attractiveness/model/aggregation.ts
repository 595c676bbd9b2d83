import type { IndexAggregation } from '../../contract/attractiveness';

export interface AggregationInput {
  /** Normalised scores per indicator (NaN = missing), all of the same length. */
  scores: readonly Float64Array[];
  /**
   * ln of each score, for a caller that aggregates the same scores geometrically many times (the Monte Carlo):
   * worked out once there instead of once per draw. Computed here when absent.
   */
  logScores?: readonly Float64Array[];
  /** Indicator positions (into scores) per pillar. */
  pillars: readonly (readonly number[])[];
  /** Relative weight per indicator; 0 leaves it out (it then does not count towards a pillar's coverage). */
  indicatorWeights: ArrayLike<number>;
  pillarWeights: ArrayLike<number>;
  aggregation: IndexAggregation;
  minPillarShare: number;
}

export interface Aggregated {
  /** NaN where the index is missing. */
  index: Float64Array;
  /** Per pillar (same order as the input), NaN where missing or where the pillar is not used. */
  pillars: Float64Array[];
  /** Whether each pillar takes part (positive weight and at least one indicator with weight). */
  active: boolean[];
}

const SHARE_TOLERANCE = 1e-9;

/** ln of every score, NaN kept. */
export function logScoresOf(scores: readonly Float64Array[]): Float64Array[] {
  return scores.map((column) => column.map(Math.log));
}

/**
 * Weighted mean within each pillar over the indicators a municipality has (weights renormalised over those), if it
 * has at least minPillarShare of them; then the weighted mean of the pillars, which needs every pillar. Arithmetic:
 * Σwᵢsᵢ/Σwᵢ. Geometric: exp(Σwᵢ·ln sᵢ/Σwᵢ), on scores that are positive (see toGeometricRange). Nothing is imputed.
 */
export function aggregate(input: AggregationInput): Aggregated {
  const { scores, pillars, indicatorWeights, pillarWeights, aggregation, minPillarShare } = input;
  const n = scores[0]?.length ?? 0;
  const geometric = aggregation === 'geometric';
  // Geometric terms are w·ln s: the logs come precomputed (identical to Math.log here) or are taken once now.
  const terms = geometric ? (input.logScores ?? logScoresOf(scores)) : scores;
  const active = pillars.map(
    (members, p) => (pillarWeights[p] ?? 0) > 0 && members.some((i) => (indicatorWeights[i] ?? 0) > 0),
  );
  const pillarScores = pillars.map((members, p) => {
    const out = new Float64Array(n).fill(NaN);
    if (!active[p]) return out;
    const used = members.filter((i) => (indicatorWeights[i] ?? 0) > 0);
    const columns = used.map((i) => scores[i]!);
    const termColumns = used.map((i) => terms[i]!);
    const weights = used.map((i) => indicatorWeights[i]!);
    const needed = minPillarShare * used.length - SHARE_TOLERANCE;
    for (let m = 0; m < n; m += 1) {
      let available = 0;
      let weightSum = 0;
      let sum = 0;
      for (let k = 0; k < columns.length; k += 1) {
        const s = columns[k]![m]!;
        if (s !== s) continue; // NaN: missing
        const w = weights[k]!;
        available += 1;
        weightSum += w;
        sum += w * termColumns[k]![m]!;
      }
      if (available > 0 && available >= needed)
        out[m] = geometric ? Math.exp(sum / weightSum) : sum / weightSum;
    }
    return out;
  });
  const index = new Float64Array(n).fill(NaN);
  let totalWeight = 0;
  pillars.forEach((_, p) => {
    if (active[p]) totalWeight += pillarWeights[p]!;
  });
  for (let m = 0; m < n; m += 1) {
    let sum = 0;
    let complete = totalWeight > 0;
    for (let p = 0; p < pillars.length && complete; p += 1) {
      if (!active[p]) continue;
      const s = pillarScores[p]![m]!;
      if (Number.isNaN(s)) complete = false;
      else sum += geometric ? pillarWeights[p]! * Math.log(s) : pillarWeights[p]! * s;
    }
    if (complete) index[m] = geometric ? Math.exp(sum / totalWeight) : sum / totalWeight;
  }
  return { index, pillars: pillarScores, active };
}

/**
 * Competition ranks, 1 = highest score; equal scores share the best rank ("1, 2, 2, 4"); NaN gets no rank (0).
 * Rank = 1 + how many scores are higher, found by binary search in a natively sorted copy.
 * @example competitionRanks(Float64Array.of(5, 9, 5, NaN)) // [2, 1, 2, 0]
 */
export function competitionRanks(scores: Float64Array): Int32Array {
  return ranksInto(scores, new Int32Array(scores.length), new Float64Array(scores.length));
}

/** competitionRanks written into `out`, sorting in `scratch` (both as long as `scores`): no allocation per call. */
export function ranksInto(scores: Float64Array, out: Int32Array, scratch: Float64Array): Int32Array {
  let n = 0;
  for (let i = 0; i < scores.length; i += 1) {
    const s = scores[i]!;
    if (s === s) scratch[n++] = s;
  }
  const sorted = scratch.subarray(0, n).sort();
  for (let i = 0; i < scores.length; i += 1) {
    const s = scores[i]!;
    if (s !== s) {
      out[i] = 0;
      continue;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= s + TIE_TOLERANCE) lo = mid + 1;
      else hi = mid;
    }
    out[i] = n - lo + 1;
  }
  return out;
}

/** Scores closer than this are ties: floating-point noise must not split two equal municipalities. */
const TIE_TOLERANCE = 1e-9;
