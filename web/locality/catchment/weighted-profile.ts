/** One municipality's contribution to a weighted mean: its weight and its value (absent = no figure). */
export interface WeightedInput {
  code: string;
  weight: number;
  value: number | undefined;
}

export interface WeightedMean {
  /** null when no municipality with a positive weight has a value: missing stays missing. */
  value: number | null;
  /** Sum of the weights of the municipalities that had a value (the base actually used). */
  weightUsed: number;
  weightTotal: number;
  contributors: string[];
  /** Municipalities with a weight but no value: they are left out, and the base shrinks accordingly. */
  missing: string[];
}

/**
 * Weighted mean of a rate over several municipalities, e.g. the share aged 75+ across the municipalities a
 * catchment touches, weighted by their population. Municipalities without a value are left out of both the
 * numerator and the base (never counted as zero), and are reported so the UI can say so.
 *
 * @example
 * weightedMean([{ code: 'a', weight: 100, value: 10 }, { code: 'b', weight: 300, value: 20 }]).value // 17.5
 */
export function weightedMean(inputs: readonly WeightedInput[]): WeightedMean {
  let numerator = 0;
  let weightUsed = 0;
  let weightTotal = 0;
  const contributors: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (!(input.weight > 0)) continue;
    weightTotal += input.weight;
    if (input.value === undefined || !Number.isFinite(input.value)) {
      missing.push(input.code);
      continue;
    }
    numerator += input.value * input.weight;
    weightUsed += input.weight;
    contributors.push(input.code);
  }
  return {
    value: weightUsed > 0 ? numerator / weightUsed : null,
    weightUsed,
    weightTotal,
    contributors,
    missing,
  };
}

export interface ProfileRow extends WeightedMean {
  indicator: string;
}

/**
 * The weighted profile of a group of municipalities over several indicators, all with the same weights.
 *
 * @param weights weight per municipality code (e.g. population in a stated year)
 * @param values per indicator id, the value per municipality code (absent key = missing)
 */
export function weightedProfile(
  indicators: readonly string[],
  weights: Readonly<Record<string, number>>,
  values: Readonly<Record<string, Readonly<Record<string, number>>>>,
): ProfileRow[] {
  return indicators.map((indicator) => {
    const byCode = values[indicator] ?? {};
    const inputs = Object.entries(weights).map(([code, weight]) => ({ code, weight, value: byCode[code] }));
    return { indicator, ...weightedMean(inputs) };
  });
}
