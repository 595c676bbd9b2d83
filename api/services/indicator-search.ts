import type { CatalogueTheme, Indicator } from '../../data/contract';
import type { IndicatorsResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { catalogueLine, everyIndicator } from './indicator-catalogue';

/**
 * Folds text for matching: lower case (Swedish-aware), and a second form without diacritics, so "forskola" finds
 * "förskola" while an exact "förskola" still ranks above a folded match.
 */
export function foldSwedish(text: string): { exact: string; plain: string } {
  const exact = text.toLocaleLowerCase('sv-SE').normalize('NFC');
  return { exact, plain: withoutDiacritics(exact) };
}

/** Letters without their accents (å -> a, é -> e): decomposed, then the combining marks dropped. */
function withoutDiacritics(text: string): string {
  // Most of Kolada's text is plain ASCII; skipping it keeps indexing 2,000 descriptions to a few milliseconds.
  return /[^ -~\s]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
}

interface Searchable {
  indicator: Indicator;
  title: { exact: string; plain: string };
  /** Descriptions match in their folded form only. */
  description: { plain: string };
  groups: string;
}

export interface SearchOptions {
  q?: string | undefined;
  group?: string | undefined;
  theme?: CatalogueTheme | undefined;
  limit?: number | undefined;
}

const startsWord = (text: string, word: string) =>
  text.startsWith(word) || new RegExp(`[\\s,(/-]${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text);

/** Score of one indicator for the query's words; 0 = not every word matches. */
function scoreOf(item: Searchable, words: { exact: string; plain: string }[]): number {
  let score = 0;
  for (const word of words) {
    let best = 0;
    if (item.title.exact.includes(word.exact)) best = startsWord(item.title.exact, word.exact) ? 10 : 7;
    else if (item.title.plain.includes(word.plain)) best = startsWord(item.title.plain, word.plain) ? 8 : 5;
    else if (item.groups.includes(word.plain)) best = 3;
    else if (item.description.plain.includes(word.plain)) best = 2;
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** Indicators indexed per slice of searchIndexInSlices: a few milliseconds of work each. */
const SEARCH_SLICE = 200;

/** The search index over titles, descriptions and groups, built once per build, yielding between slices. */
export function* searchIndexInSlices(build: AtlasBuild): Generator<void, Searchable[], void> {
  const indicators = everyIndicator(build);
  const index: Searchable[] = [];
  for (const indicator of indicators) {
    index.push({
      indicator,
      title: foldSwedish(indicator.title.sv),
      description: {
        plain: foldSwedish(build.kolada.entryById.get(indicator.id)?.descriptionSv ?? '').plain,
      },
      groups: foldSwedish((indicator.groups ?? []).join(' ')).plain,
    });
    if (index.length % SEARCH_SLICE === 0) yield;
  }
  return index;
}

/** Matches for q (every word must match somewhere), within a group and theme; atlas set first, then by score. */
export function searchIndicators(
  build: AtlasBuild,
  index: readonly Searchable[],
  options: SearchOptions,
): IndicatorsResponse {
  const words = (options.q ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(foldSwedish);
  const hits: { item: Searchable; score: number }[] = [];
  for (const item of index) {
    if (options.theme && item.indicator.theme !== options.theme) continue;
    if (options.group && !(item.indicator.groups ?? []).includes(options.group)) continue;
    const score = words.length === 0 ? 1 : scoreOf(item, words);
    if (score > 0) hits.push({ item, score });
  }
  hits.sort(
    (a, b) =>
      Number(b.item.indicator.atlasSet ?? false) - Number(a.item.indicator.atlasSet ?? false) ||
      b.score - a.score ||
      a.item.indicator.title.sv.localeCompare(b.item.indicator.title.sv, 'sv'),
  );
  return {
    buildId: build.manifest.buildId,
    indicators: [],
    matches: hits
      .slice(0, options.limit ?? 50)
      .map(({ item, score }) => ({ ...catalogueLine(item.indicator), score })),
    total: hits.length,
  };
}
