import type { IndexInputs, IndexResult, Perspective, WeightSet } from '../../../data/contract';
import { computeIndex, resolveSpec, type IndexSpec } from '../../../data/attractiveness/model';
import type { IndexFramework } from '../../../data/contract';

export interface PerspectiveOutcome {
  perspective: Perspective;
  result: IndexResult;
}

/** The index under each starting perspective, keeping the group's directions, additions and method. */
export function perspectiveOutcomes(
  framework: IndexFramework,
  perspectives: readonly Perspective[],
  weightSet: WeightSet,
  inputs: IndexInputs,
): PerspectiveOutcome[] {
  return perspectives.map((perspective) => {
    const spec: IndexSpec = resolveSpec(
      framework,
      { ...weightSet, weights: perspective.weights },
      () => true,
    );
    return { perspective, result: computeIndex(spec, inputs) };
  });
}

/**
 * Where the perspectives agree for one municipality: the spread of its ranks, and the pillar whose weighted
 * contribution differs most between them (the cause of the disagreement).
 */
export function agreementOf(
  outcomes: readonly PerspectiveOutcome[],
  code: string,
): { spread: number; pillar: string | null } {
  const rows = outcomes.map((o) => ({ o, row: o.result.rows.find((r) => r.code === code) }));
  const ranks = rows.flatMap(({ row }) => (row?.rank ? [row.rank] : []));
  const spread = ranks.length > 1 ? Math.max(...ranks) - Math.min(...ranks) : 0;
  let pillar: string | null = null;
  let widest = -1;
  for (const p of outcomes[0]?.result.pillars ?? []) {
    const parts = rows.map(({ o, row }) => {
      const weight = o.result.pillars.find((q) => q.id === p.id)?.weight ?? 0;
      return weight * (row?.pillars[p.id] ?? 0);
    });
    const range = Math.max(...parts) - Math.min(...parts);
    if (range > widest) {
      widest = range;
      pillar = p.id;
    }
  }
  return { spread, pillar };
}
