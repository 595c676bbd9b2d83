import { THEMES } from '../../data/contract/codes';
import type { CatalogueTheme, Indicator } from '../../data/contract';
import type { CatalogueLine } from '../../data/contract/api';
import type { Lang } from '../lib/format';

/** One entry of the picker: what a row shows, whichever list it came from. */
export interface PickerOption {
  id: string;
  title: string;
  /** The title is Kolada's Swedish one on a page of another language: shown inside lang="sv", marked. */
  swedishTitle: boolean;
  atlasSet: boolean;
  bySex: boolean;
  latestYear: number | null;
  municipalities: number;
  group: string | null;
}

export type PickerGroupLabel =
  | { kind: 'theme'; theme: CatalogueTheme }
  | { kind: 'kolada-group'; name: string }
  | { kind: 'atlas-set' }
  | { kind: 'rest-of-kolada' };

export interface PickerGroup {
  key: string;
  label: PickerGroupLabel;
  options: PickerOption[];
}

export interface PickerList {
  groups: PickerGroup[];
  /** Options rendered (the list is capped so 2,000 rows never cost a long task). */
  shown: number;
  /** Options the list would have without the cap. */
  total: number;
}

/** At most this many rows are rendered at once: the atlas set (85) and the start of the rest fit. */
export const PICKER_CAP = 200;

const swedishOnPage = (titleLanguage: 'sv' | undefined, lang: Lang) =>
  titleLanguage === 'sv' && lang !== 'sv';

export function optionOfIndicator(indicator: Indicator, lang: Lang): PickerOption {
  return {
    id: indicator.id,
    title: indicator.title[lang],
    swedishTitle: swedishOnPage(indicator.titleLanguage, lang),
    atlasSet: true,
    bySex: indicator.bySex ?? false,
    latestYear: indicator.coverage.latestYear,
    municipalities: indicator.coverage.municipalities,
    group: indicator.groups?.[0] ?? null,
  };
}

export function optionOfLine(line: CatalogueLine, lang: Lang, atlasSet: boolean): PickerOption {
  return {
    id: line.id,
    title: line.title[lang],
    swedishTitle: swedishOnPage(line.titleLanguage, lang),
    atlasSet,
    bySex: line.bySex,
    latestYear: line.latestYear,
    municipalities: line.municipalities,
    group: line.groups[0] ?? null,
  };
}

/** Keeps whole groups while they fit under the cap, and cuts the group that crosses it. */
function capped(groups: PickerGroup[], cap: number): PickerList {
  const total = groups.reduce((sum, group) => sum + group.options.length, 0);
  const kept: PickerGroup[] = [];
  let shown = 0;
  for (const group of groups) {
    if (shown >= cap) break;
    const options = group.options.slice(0, cap - shown);
    kept.push({ ...group, options });
    shown += options.length;
  }
  return { groups: kept, shown, total };
}

/**
 * Browsing without a query: the atlas set by theme first (the dashboard's own catalogue, imports included), then
 * the rest of Kolada by its first operating area (or only the chosen one). Indicators without any value are left
 * out: a planner cannot map them.
 * @example browseList(atlas, null, null, 'sv', 200).groups[0].label // { kind: 'theme', theme: 'commuting' }
 */
export function browseList(
  atlas: readonly Indicator[],
  lines: readonly CatalogueLine[] | null,
  group: string | null,
  lang: Lang,
  cap = PICKER_CAP,
): PickerList {
  const atlasIds = new Set(atlas.map((indicator) => indicator.id));
  const groups: PickerGroup[] = [];
  if (group === null) {
    for (const theme of THEMES) {
      const options = atlas
        .filter((indicator) => indicator.theme === theme && indicator.years.length > 0)
        .map((indicator) => optionOfIndicator(indicator, lang))
        .sort((a, b) => a.title.localeCompare(b.title, lang));
      if (options.length > 0)
        groups.push({ key: `theme:${theme}`, label: { kind: 'theme', theme }, options });
    }
  }
  const byGroup = new Map<string, PickerOption[]>();
  for (const line of lines ?? []) {
    if (atlasIds.has(line.id) || line.latestYear === null) continue;
    const name = group ?? line.groups[0] ?? '';
    if (group !== null && !line.groups.includes(group)) continue;
    const list = byGroup.get(name) ?? [];
    list.push(optionOfLine(line, lang, false));
    byGroup.set(name, list);
  }
  for (const [name, options] of [...byGroup].sort(([a], [b]) => a.localeCompare(b, 'sv'))) {
    options.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
    groups.push({ key: `group:${name}`, label: { kind: 'kolada-group', name }, options });
  }
  return capped(groups, cap);
}

/** Search matches as the API ranked them, in two groups: the atlas set first, then the rest of Kolada. */
export function searchList(
  atlas: readonly Indicator[],
  matches: readonly CatalogueLine[],
  lang: Lang,
  cap = PICKER_CAP,
): PickerList {
  const atlasIds = new Set(atlas.map((indicator) => indicator.id));
  const hits = matches.filter((line) => line.latestYear !== null);
  const inAtlas = hits.filter((line) => atlasIds.has(line.id)).map((line) => optionOfLine(line, lang, true));
  const rest = hits.filter((line) => !atlasIds.has(line.id)).map((line) => optionOfLine(line, lang, false));
  const groups: PickerGroup[] = [];
  if (inAtlas.length > 0) groups.push({ key: 'atlas-set', label: { kind: 'atlas-set' }, options: inAtlas });
  if (rest.length > 0) groups.push({ key: 'rest', label: { kind: 'rest-of-kolada' }, options: rest });
  return capped(groups, cap);
}

export const flatOptions = (list: PickerList): PickerOption[] =>
  list.groups.flatMap((group) => group.options);
