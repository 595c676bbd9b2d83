import type { Lang } from '../lib/format';
import { en } from './texts-en';
import { sv, type LocalityTextKey } from './texts-sv';

export type { LocalityTextKey };

/** UI text of the locality view (kept apart from the shell's dictionary so the two can evolve independently). */
const DICTIONARIES: Record<Lang, Record<LocalityTextKey, string>> = { sv, en };

export type LocalityText = (key: LocalityTextKey, values?: Record<string, string | number>) => string;

/**
 * @example localityText('en')('rankOf', { rank: 3, n: 290 }) // "Rank 3 of 290"
 */
export function localityText(lang: Lang): LocalityText {
  const dictionary = DICTIONARIES[lang];
  return (key, values) =>
    values
      ? dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
          name in values ? String(values[name]) : match,
        )
      : dictionary[key];
}
