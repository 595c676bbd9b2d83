import type { TreatmentChoice, TreatmentReport } from '../../contract';
import { shapeOf } from './statistics';

/** COINr's defaults: treat when |skew| > 2 and kurtosis > 3.5; winsorise up to 5 points, else log. */
export const TREATMENT_RULE = { skew: 2, kurtosis: 3.5, maxWinsorised: 5 } as const;

const fails = (shape: { skew: number; kurtosis: number }) =>
  Math.abs(shape.skew) > TREATMENT_RULE.skew && shape.kurtosis > TREATMENT_RULE.kurtosis;

/** Reassign the most extreme point at one end the value of the next one in, `points` times. */
function winsorise(values: readonly number[], points: number, end: 'high' | 'low'): number[] {
  const out = [...values];
  const sign = end === 'high' ? 1 : -1;
  for (let step = 0; step < points; step += 1) {
    let extreme = 0;
    for (let i = 1; i < out.length; i += 1) if (sign * out[i]! > sign * out[extreme]!) extreme = i;
    let next = -Infinity;
    for (let i = 0; i < out.length; i += 1) if (i !== extreme && sign * out[i]! > next) next = sign * out[i]!;
    if (Number.isFinite(next)) out[extreme] = sign * next;
  }
  return out;
}

/**
 * COINr's skew-aware log (log_CT_plus): log(x − min + a) for positive skew, −log(max + a − x) for negative,
 * a = 0.01·(max − min). Both keep the order of the values.
 */
function logTransform(values: readonly number[], end: 'high' | 'low'): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const a = 0.01 * (max - min);
  return values.map((v) => (end === 'high' ? Math.log(v - min + a) : -Math.log(max + a - v)));
}

/** Apply a treatment already chosen (the what-if and the property tests hold the choice fixed). */
export function applyTreatment(values: readonly number[], choice: TreatmentChoice): number[] {
  switch (choice.kind) {
    case 'none':
      return [...values];
    case 'winsorised':
      return winsorise(values, choice.points, choice.end);
    case 'log':
      return logTransform(values, choice.end);
    default: {
      const unknown: never = choice;
      throw new Error(`unknown treatment ${JSON.stringify(unknown)}`);
    }
  }
}

/** Choose the treatment by the rule: nothing, the fewest winsorised points that pass, or the log transform. */
export function chooseTreatment(
  values: readonly number[],
  shape: { skew: number; kurtosis: number } = shapeOf(values),
): TreatmentChoice {
  if (!fails(shape)) return { kind: 'none' };
  const end = shape.skew > 0 ? 'high' : 'low';
  for (let points = 1; points <= TREATMENT_RULE.maxWinsorised; points += 1) {
    if (!fails(shapeOf(winsorise(values, points, end)))) return { kind: 'winsorised', points, end };
  }
  return { kind: 'log', end };
}

/** Choose (unless given) and apply the treatment to the values present, and report skew and kurtosis around it. */
export function treat(
  values: readonly number[],
  fixed?: TreatmentChoice,
): { treated: readonly number[]; report: TreatmentReport } {
  const before = shapeOf(values);
  const choice = fixed ?? chooseTreatment(values, before);
  // Untreated values are their own "after": the same figures without a copy and a second pass.
  const treated = choice.kind === 'none' ? values : applyTreatment(values, choice);
  const after = choice.kind === 'none' ? before : shapeOf(treated);
  return {
    treated,
    report: { choice, before: { ...before }, after: { ...after } },
  };
}
