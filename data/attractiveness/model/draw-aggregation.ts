import type { IndexAggregation } from '../../contract/attractiveness';

/**
 * Scores laid out municipality-major (`terms[m·k + i]`), for aggregating the same normalised scores under many
 * weightings (the Monte Carlo's draws): one municipality's indicators sit side by side in memory, and for the
 * geometric mean the logs are taken once here, not once per draw.
 */
export interface FlatScores {
  n: number;
  k: number;
  geometric: boolean;
  /** Score (arithmetic) or ln score (geometric); NaN = missing. */
  terms: Float64Array;
}

export function flatScores(scores: readonly Float64Array[], aggregation: IndexAggregation): FlatScores {
  const k = scores.length;
  const n = scores[0]?.length ?? 0;
  const geometric = aggregation === 'geometric';
  const terms = new Float64Array(n * k);
  for (let i = 0; i < k; i += 1) {
    const column = scores[i]!;
    for (let m = 0; m < n; m += 1) terms[m * k + i] = geometric ? Math.log(column[m]!) : column[m]!;
  }
  return { n, k, geometric, terms };
}

const SHARE_TOLERANCE = 1e-9;

/**
 * The index of every municipality for one weighting, written into `out` (NaN where missing), with no allocation
 * per call. The same arithmetic, in the same order, as aggregate(): the figures are identical, only the pillar
 * scores are not kept.
 */
export class DrawAggregator {
  private readonly used: Int32Array;
  private readonly usedWeights: Float64Array;
  private readonly starts: Int32Array;
  private readonly needed: Float64Array;
  private readonly active: Uint8Array;

  constructor(private readonly members: readonly (readonly number[])[]) {
    const total = members.reduce((sum, m) => sum + m.length, 0);
    this.used = new Int32Array(total);
    this.usedWeights = new Float64Array(total);
    this.starts = new Int32Array(members.length + 1);
    this.needed = new Float64Array(members.length);
    this.active = new Uint8Array(members.length);
  }

  run(
    flat: FlatScores,
    indicatorWeights: ArrayLike<number>,
    pillarWeights: ArrayLike<number>,
    minPillarShare: number,
    out: Float64Array,
  ): Float64Array {
    const { members, used, usedWeights, starts, needed, active } = this;
    const { n, k, geometric, terms } = flat;
    let at = 0;
    let totalWeight = 0;
    for (let p = 0; p < members.length; p += 1) {
      starts[p] = at;
      for (const i of members[p]!) {
        const w = indicatorWeights[i] ?? 0;
        if (w > 0) {
          used[at] = i;
          usedWeights[at] = w;
          at += 1;
        }
      }
      const count = at - starts[p]!;
      active[p] = (pillarWeights[p] ?? 0) > 0 && count > 0 ? 1 : 0;
      needed[p] = minPillarShare * count - SHARE_TOLERANCE;
      if (active[p]) totalWeight += pillarWeights[p]!;
    }
    starts[members.length] = at;
    for (let m = 0; m < n; m += 1) {
      const row = m * k;
      let sum = 0;
      let complete = totalWeight > 0;
      for (let p = 0; p < members.length && complete; p += 1) {
        if (!active[p]) continue;
        let available = 0;
        let weightSum = 0;
        let pillarSum = 0;
        for (let u = starts[p]!; u < starts[p + 1]!; u += 1) {
          const t = terms[row + used[u]!]!;
          if (t !== t) continue; // NaN: missing
          const w = usedWeights[u]!;
          available += 1;
          weightSum += w;
          pillarSum += w * t;
        }
        if (available > 0 && available >= needed[p]!) {
          const s = geometric ? Math.exp(pillarSum / weightSum) : pillarSum / weightSum;
          sum += geometric ? pillarWeights[p]! * Math.log(s) : pillarWeights[p]! * s;
        } else complete = false;
      }
      out[m] = complete ? (geometric ? Math.exp(sum / totalWeight) : sum / totalWeight) : NaN;
    }
    return out;
  }
}
