import type { AggregateRule, ObservationSeries } from '../../../data/contract';

/** Which municipalities make up each county, from the reference table. */
export type CountyMembers = Map<string, string[]>;

/**
 * Keeps six decimals so sums and means do not carry binary noise into the build; a sum that overflowed is no
 * figure at all (missing, not Infinity).
 */
function tidy(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scaled = value * 1e6;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e6 : value;
}

/**
 * Computes a figure for a group of municipalities by the indicator's rule: a sum for counts, a weighted mean with
 * a named base indicator for shares and rates. Only complete groups get a figure: a county with a municipality
 * missing (or missing its base value) stays missing rather than showing a partial total.
 */
export function aggregateGroup(
  rule: AggregateRule,
  members: readonly string[],
  values: Readonly<Record<string, number>>,
  base: Readonly<Record<string, number>> | undefined,
): number | null {
  if (rule.kind === 'unavailable' || rule.kind === 'published' || members.length === 0) return null;
  let total = 0;
  let weights = 0;
  for (const code of members) {
    const value = values[code];
    if (value === undefined) return null;
    if (rule.kind === 'sum') {
      total += value;
      continue;
    }
    const weight = base?.[code];
    if (weight === undefined) return null;
    total += value * weight;
    weights += weight;
  }
  if (rule.kind === 'sum') return tidy(total);
  return weights > 0 ? tidy(total / weights) : null;
}

/** County and national figures for one series where the source published none. */
export function computeAggregates(
  rule: AggregateRule,
  municipalities: Readonly<Record<string, number>>,
  counties: CountyMembers,
  allMunicipalities: readonly string[],
  base: Readonly<Record<string, number>> | undefined,
): Pick<ObservationSeries, 'counties' | 'national'> {
  const method = rule.kind === 'published' ? 'unavailable' : rule.kind;
  const values: Record<string, number> = {};
  if (method !== 'unavailable') {
    for (const [county, members] of counties) {
      const value = aggregateGroup(rule, members, municipalities, base);
      if (value !== null) values[county] = value;
    }
  }
  const national =
    method === 'unavailable' ? null : aggregateGroup(rule, allMunicipalities, municipalities, base);
  return { counties: { method, values }, national: { method, value: national } };
}
