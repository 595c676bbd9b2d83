import type { IndexInputs, IndexResult } from '../../data/contract';
import {
  indexResultOf,
  indexValuesOf,
  prepareIndex,
  scoreMatrix,
  specIndicatorIds,
  type IndexSpec,
  type PreparedIndex,
} from '../../data/attractiveness/model';

/** What a weight does not change: the indicators, their directions and the treatment (and so the scores). */
const structureOf = (spec: IndexSpec) =>
  JSON.stringify([
    spec.method.treatment,
    spec.pillars.map((p) => [p.id, p.indicators.map((i) => [i.id, i.direction])]),
  ]);

/**
 * The index over one set of inputs, keeping what a weight change leaves alone: the treated values (prepared once
 * per set of indicators and directions) and one score matrix per normalisation and aggregation. A slider step
 * then costs one weighted sum per municipality (290 × 25 multiply-adds), not a full recomputation.
 */
export class LiveIndex {
  private structure: string | null = null;
  private prepared: PreparedIndex | null = null;
  private readonly scores = new Map<string, Float64Array[]>();

  constructor(readonly inputs: IndexInputs) {}

  /** Whether the inputs hold every indicator of the spec (a spec can run ahead of the inputs it needs). */
  covers(spec: IndexSpec): boolean {
    return specIndicatorIds(spec).every((id) => this.inputs.indicators.some((w) => w.id === id));
  }

  preparedFor(spec: IndexSpec): PreparedIndex {
    const structure = structureOf(spec);
    if (!this.prepared || structure !== this.structure) {
      this.prepared = prepareIndex(spec, this.inputs);
      this.structure = structure;
      this.scores.clear();
    }
    return this.prepared;
  }

  private scoresFor(spec: IndexSpec): [PreparedIndex, Float64Array[]] {
    const prepared = this.preparedFor(spec);
    const key = `${spec.method.normalisation}:${spec.method.aggregation}`;
    let scores = this.scores.get(key);
    if (!scores) {
      scores = scoreMatrix(prepared, spec.method.normalisation, spec.method.aggregation);
      this.scores.set(key, scores);
    }
    return [prepared, scores];
  }

  /** The index per municipality (inputs' code order, NaN = missing), as the map colours it. */
  values(spec: IndexSpec): Float64Array {
    return indexValuesOf(spec, ...this.scoresFor(spec));
  }

  /** The full result (pillars, contributions, ranks): identical to computeIndex(spec, inputs). */
  result(spec: IndexSpec): IndexResult {
    return indexResultOf(spec, ...this.scoresFor(spec));
  }
}
