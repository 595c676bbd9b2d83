import { WeightSetError } from './weight-set-error';
import type { IndexDirection, IndexFramework, IndexMethod, LocalisedText, WeightSet } from '../../contract';

export interface ResolvedIndicator {
  id: string;
  pillar: string;
  direction: IndexDirection;
  /** Why this direction; null for an indicator a group added. */
  reason: LocalisedText | null;
  /** Relative weight as chosen (not yet normalised). */
  weight: number;
  /** Direction differs from the framework's. */
  flipped: boolean;
}

export interface ResolvedPillar {
  id: string;
  title: LocalisedText;
  weight: number;
  indicators: ResolvedIndicator[];
}

/** A framework with a group's weights, directions and additions applied: what the model computes. */
export interface IndexSpec {
  framework: string;
  pillars: ResolvedPillar[];
  method: IndexMethod;
}

export { WeightSetError };

/**
 * Apply a WeightSet to its framework. `isKnownIndicator` is the catalogue check for added indicators.
 * Fails on unknown ids, an indicator added twice, and weights that are all zero.
 */
export function resolveSpec(
  framework: IndexFramework,
  weightSet: WeightSet,
  isKnownIndicator: (id: string) => boolean,
): IndexSpec {
  const pillars: ResolvedPillar[] = framework.pillars.map((p) => ({
    id: p.id,
    title: p.title,
    weight: p.weight,
    indicators: p.indicators.map((i) => ({
      id: i.id,
      pillar: p.id,
      direction: i.direction,
      reason: i.reason,
      weight: i.weight,
      flipped: false,
    })),
  }));
  const byIndicator = new Map(pillars.flatMap((p) => p.indicators.map((i) => [i.id, i] as const)));
  for (const added of weightSet.added) {
    const pillar = pillars.find((p) => p.id === added.pillar);
    if (!pillar) throw new WeightSetError('add', 'unknown_pillar', { pillar: added.pillar });
    if (!isKnownIndicator(added.id))
      throw new WeightSetError('add', 'unknown_indicator', { indicator: added.id });
    if (byIndicator.has(added.id))
      throw new WeightSetError('add', 'already_in_index', { indicator: added.id });
    const indicator = {
      id: added.id,
      pillar: pillar.id,
      direction: added.direction,
      reason: null,
      weight: 1,
      flipped: false,
    };
    pillar.indicators.push(indicator);
    byIndicator.set(added.id, indicator);
  }
  for (const [id, direction] of Object.entries(weightSet.directions)) {
    const indicator = byIndicator.get(id);
    if (!indicator) throw new WeightSetError('directions', 'not_in_index', { indicator: id });
    indicator.flipped = indicator.reason !== null && direction !== indicator.direction;
    indicator.direction = direction;
  }
  for (const [key, weight] of Object.entries(weightSet.weights)) {
    if (!Number.isFinite(weight) || weight < 0)
      throw new WeightSetError('weights', 'weight_below_zero', { key });
    const pillar = pillars.find((p) => p.id === key);
    const indicator = byIndicator.get(key);
    if (pillar) pillar.weight = weight;
    else if (indicator) indicator.weight = weight;
    else throw new WeightSetError('weights', 'not_pillar_or_indicator', { key });
  }
  const used = pillars.filter((p) => p.weight > 0 && p.indicators.some((i) => i.weight > 0));
  if (used.length === 0) throw new WeightSetError('weights', 'all_weights_zero');
  return { framework: framework.id, pillars, method: weightSet.method };
}

/** Ids of every indicator in the spec, in pillar order. */
export const specIndicatorIds = (spec: IndexSpec): string[] =>
  spec.pillars.flatMap((p) => p.indicators.map((i) => i.id));
