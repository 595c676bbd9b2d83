import type {
  IndexAggregation,
  IndexNormalisation,
  IndexResult,
  IndexRow,
  MissingReason,
} from '../../contract';
import { aggregate, competitionRanks } from './aggregation';
import { normalise, toGeometricRange } from './normalisation';
import { prepareIndex, type HypotheticalValue, type PreparedIndex } from './prepare';
import type { IndexSpec } from './resolve-spec';
import type { TreatmentChoice } from '../../contract';

export interface ComputeOptions {
  fixedTreatments?: Readonly<Record<string, TreatmentChoice>>;
  hypothetical?: readonly HypotheticalValue[];
}

/** Normalised scores per indicator for one normalisation, on the 1..100 range when aggregating geometrically. */
export function scoreMatrix(
  prepared: PreparedIndex,
  normalisation: IndexNormalisation,
  aggregation: IndexAggregation,
): Float64Array[] {
  return prepared.indicators.map((indicator) => {
    const scores = normalise(indicator.treated, normalisation, indicator.spec.direction);
    return aggregation === 'geometric' ? toGeometricRange(scores) : scores;
  });
}

/**
 * The whole index for every municipality: treatment, normalisation, aggregation, ranks and contributions.
 * Pure: the same spec and inputs always give the same result.
 */
export function computeIndex(
  spec: IndexSpec,
  inputs: Parameters<typeof prepareIndex>[1],
  options: ComputeOptions = {},
): IndexResult {
  const prepared = prepareIndex(spec, inputs, {
    fixed: options.fixedTreatments,
    hypothetical: options.hypothetical,
  });
  const { normalisation, aggregation } = spec.method;
  return indexResultOf(spec, prepared, scoreMatrix(prepared, normalisation, aggregation));
}

/**
 * Relative weights as the spec holds them, one per indicator (in the prepared order: pillar by pillar) and one
 * per pillar. Read from the spec, not from `prepared`, which may have been prepared for other weights.
 */
export function weightsOf(spec: IndexSpec) {
  return {
    indicatorWeights: spec.pillars.flatMap((p) => p.indicators.map((i) => i.weight)),
    pillarWeights: spec.pillars.map((p) => p.weight),
  };
}

/**
 * Each pillar's share of the index: its weight over the weights of the pillars that take part (a positive weight
 * and at least one indicator with weight); 0 for a pillar that does not.
 */
export function pillarShares(spec: IndexSpec): number[] {
  const active = spec.pillars.map((p) => p.weight > 0 && p.indicators.some((i) => i.weight > 0));
  const activeWeight = spec.pillars.reduce((sum, p, k) => sum + (active[k] ? p.weight : 0), 0);
  return spec.pillars.map((p, k) => (active[k] ? p.weight / activeWeight : 0));
}

/**
 * The index alone, as shown (z-scores rescaled), NaN where missing: what the map colours while a weight moves.
 * With the prepared inputs and their score matrix kept, a weight change costs one weighted sum per municipality.
 */
export function indexValuesOf(
  spec: IndexSpec,
  prepared: PreparedIndex,
  scores: Float64Array[],
): Float64Array {
  const { index } = aggregate({
    scores,
    pillars: prepared.members,
    ...weightsOf(spec),
    aggregation: spec.method.aggregation,
    minPillarShare: spec.method.minPillarShare,
  });
  return rescaled(index, spec.method.normalisation);
}

/** The result for inputs already prepared and normalised (`scores`: scoreMatrix of the spec's method). */
export function indexResultOf(spec: IndexSpec, prepared: PreparedIndex, scores: Float64Array[]): IndexResult {
  const { normalisation, aggregation, minPillarShare } = spec.method;
  const { indicatorWeights, pillarWeights } = weightsOf(spec);
  const resolved = spec.pillars.flatMap((p) => p.indicators);
  const result = aggregate({
    scores,
    pillars: prepared.members,
    indicatorWeights,
    pillarWeights,
    aggregation,
    minPillarShare,
  });
  const index = rescaled(result.index, normalisation);
  const ranks = competitionRanks(result.index);

  const pillarShare = pillarShares(spec);
  const within = prepared.members.map((positions) => {
    const total = positions.reduce((sum, i) => sum + indicatorWeights[i]!, 0);
    return positions.map((i) => (total > 0 ? indicatorWeights[i]! / total : 0));
  });

  // Per pillar, the indicators with weight: fixed for the whole result, so worked out once, not per municipality.
  const usedOf = prepared.members.map((positions) => positions.filter((i) => indicatorWeights[i]! > 0));
  const needsOf = usedOf.map((used) => Math.ceil(minPillarShare * used.length - 1e-9));
  const rows: IndexRow[] = prepared.codes.map((code, m) => {
    const value = result.index[m]!;
    const has = !Number.isNaN(value);
    const pillars: Record<string, number | null> = {};
    const contributions: Record<string, number | null> = {};
    const values: IndexRow['values'] = {};
    let missing: MissingReason | null = null;
    for (let p = 0; p < spec.pillars.length; p += 1) {
      const pillar = spec.pillars[p]!;
      const active = result.active[p]!;
      const s = result.pillars[p]![m]!;
      pillars[pillar.id] = active && !Number.isNaN(s) ? s : null;
      const positions = prepared.members[p]!;
      const used = usedOf[p]!;
      let available = 0;
      let availableWeight = 0;
      for (const i of used) {
        if (Number.isNaN(scores[i]![m]!)) continue;
        available += 1;
        availableWeight += indicatorWeights[i]!;
      }
      if (active && Number.isNaN(s) && !missing) {
        missing = { pillar: pillar.id, has: available, needs: needsOf[p]!, of: used.length };
      }
      for (const i of positions) {
        const indicator = prepared.indicators[i]!;
        const raw = indicator.raw[m]!;
        const id = resolved[i]!.id;
        values[id] = Number.isNaN(raw)
          ? null
          : { value: raw, year: indicator.years[m]!, hypothetical: indicator.hypothetical[m] === 1 };
        const score = scores[i]![m]!;
        const share = availableWeight > 0 ? (pillarShare[p]! * indicatorWeights[i]!) / availableWeight : 0;
        contributions[id] =
          !has || Number.isNaN(score) || !active ? null : contributionOf(share, score, value, aggregation);
      }
    }
    return {
      code,
      index: has ? index[m]! : null,
      aggregate: has ? value : null,
      rank: has ? ranks[m]! : null,
      pillars,
      contributions,
      values,
      missing,
    };
  });

  return {
    framework: spec.framework,
    normalisation,
    aggregation,
    minPillarShare,
    pillars: spec.pillars.map((p, k) => ({
      id: p.id,
      title: p.title,
      weight: pillarShare[k]!,
      indicators: p.indicators.map((i) => i.id),
    })),
    indicators: prepared.indicators.map((indicator, i) => {
      const own = resolved[i]!;
      const p = spec.pillars.findIndex((pillar) => pillar.id === own.pillar);
      const k = prepared.members[p]!.indexOf(i);
      return {
        id: own.id,
        pillar: own.pillar,
        direction: own.direction,
        flipped: own.flipped,
        reason: own.reason,
        weight: within[p]![k]!,
        indexWeight: pillarShare[p]! * within[p]![k]!,
        referenceYear: indicator.window.referenceYear,
        from: indicator.window.from,
        to: indicator.window.to,
        coverage: indicator.raw.filter((v) => !Number.isNaN(v)).length,
        treatment: indicator.treatment,
        sources: indicator.window.sources,
      };
    }),
    rows,
    n: rows.filter((r) => r.index !== null).length,
    hypothetical: prepared.hypothetical,
  };
}

/**
 * Arithmetic: the indicator's weighted score, share·s; these add up to the aggregate. Geometric: its part of
 * ln(index), share·ln s / ln(index), times the index, so these add up to the index too.
 */
function contributionOf(share: number, score: number, index: number, aggregation: IndexAggregation): number {
  if (aggregation === 'arithmetic') return share * score;
  const logIndex = Math.log(index);
  return logIndex === 0 ? share * index : (index * share * Math.log(score)) / logIndex;
}

/** z-scores aggregate to a mean around 0: shown on 0..100 by min-max over municipalities (ranks unchanged). */
function rescaled(index: Float64Array, normalisation: IndexNormalisation): Float64Array {
  if (normalisation !== 'zscore') return index;
  let min = Infinity;
  let max = -Infinity;
  for (const v of index) {
    if (Number.isNaN(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return index.map((v) => (Number.isNaN(v) ? NaN : max === min ? 50 : (100 * (v - min)) / (max - min)));
}
