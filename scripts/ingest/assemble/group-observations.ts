import { areaLevel } from '../area-codes';
import type { RawObservation } from '../source-types';

/** Values of one indicator in one year from one source, split by level. */
export interface SourceYear {
  source: string;
  municipalities: Map<string, number>;
  counties: Map<string, number>;
  national: number | null;
}

/** indicator -> year -> source -> values. Later observations for the same cell replace earlier ones. */
export type GroupedObservations = Map<string, Map<number, Map<string, SourceYear>>>;

export function groupObservations(observations: Iterable<RawObservation>): GroupedObservations {
  const grouped: GroupedObservations = new Map();
  for (const { indicator, year, source, area, value } of observations) {
    let years = grouped.get(indicator);
    if (!years) grouped.set(indicator, (years = new Map()));
    let sources = years.get(year);
    if (!sources) years.set(year, (sources = new Map()));
    let entry = sources.get(source);
    if (!entry) {
      entry = { source, municipalities: new Map(), counties: new Map(), national: null };
      sources.set(source, entry);
    }
    const level = areaLevel(area);
    if (level === 'municipality') entry.municipalities.set(area, value);
    else if (level === 'county') entry.counties.set(area, value);
    else entry.national = value;
  }
  return grouped;
}

/**
 * Picks, for each year, the first source in order of preference that has municipal values; sources not named
 * in the preference (e.g. a user's import) come after, alphabetically.
 */
export function chooseSourcePerYear(
  years: Map<number, Map<string, SourceYear>>,
  preference: readonly string[],
): (SourceYear & { year: number })[] {
  const rank = (source: string) => {
    const index = preference.indexOf(source);
    return index === -1 ? preference.length : index;
  };
  const chosen: (SourceYear & { year: number })[] = [];
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const candidates = [...(years.get(year)?.values() ?? [])]
      .filter((entry) => entry.municipalities.size > 0)
      .sort((a, b) => rank(a.source) - rank(b.source) || a.source.localeCompare(b.source));
    const first = candidates[0];
    if (first) chosen.push({ ...first, year });
  }
  return chosen;
}
