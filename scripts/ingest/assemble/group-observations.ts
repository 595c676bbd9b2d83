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

/** The chosen source's year, with published county and national figures from another source where it has none. */
export interface ChosenYear extends SourceYear {
  year: number;
  /** Source that published the county figures / the national figure, when not the chosen one. */
  countySource?: string;
  nationalSource?: string;
}

/**
 * Picks, for each year, the first source in order of preference that has municipal values; sources not named
 * in the preference (e.g. a user's import) come after, alphabetically. Where that source publishes no county or
 * national figure but another source of the same indicator does that year (Kolada's county population rows beside
 * SCB's municipal file), the published figure is used and its source named, before anything is computed.
 */
export function chooseSourcePerYear(
  years: Map<number, Map<string, SourceYear>>,
  preference: readonly string[],
): ChosenYear[] {
  const rank = (source: string) => {
    const index = preference.indexOf(source);
    return index === -1 ? preference.length : index;
  };
  const chosen: ChosenYear[] = [];
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const all = [...(years.get(year)?.values() ?? [])].sort(
      (a, b) => rank(a.source) - rank(b.source) || a.source.localeCompare(b.source),
    );
    const first = all.find((entry) => entry.municipalities.size > 0);
    if (!first) continue;
    const entry: ChosenYear = { ...first, year };
    const countyPublisher = all.find((other) => other.counties.size > 0 && preference.includes(other.source));
    if (first.counties.size === 0 && countyPublisher) {
      entry.counties = countyPublisher.counties;
      entry.countySource = countyPublisher.source;
    }
    const nationalPublisher = all.find(
      (other) => other.national !== null && preference.includes(other.source),
    );
    if (first.national === null && nationalPublisher) {
      entry.national = nationalPublisher.national;
      entry.nationalSource = nationalPublisher.source;
    }
    chosen.push(entry);
  }
  return chosen;
}
