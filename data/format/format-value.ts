import type { Unit } from '../contract';

export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];
const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * A number in the user's language: Swedish uses a (no-break) space between thousands and a decimal comma.
 * @example formatNumber(9131, 'sv', 0) // "9 131" (with U+00A0)
 */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  return formatter(lang, decimals).format(value);
}

const UNIT_SUFFIX: Record<Unit, Record<Lang, string>> = {
  persons: { sv: 'personer', en: 'persons' },
  percent: { sv: '%', en: '%' },
  sek: { sv: 'kr', en: 'SEK' },
  sek_per_m2: { sv: 'kr/m²', en: 'SEK/m²' },
  ratio: { sv: '', en: '' },
  dwellings: { sv: 'bostäder', en: 'dwellings' },
  per_1000_inhabitants: { sv: 'per 1 000 inv.', en: 'per 1,000 inhabitants' },
  per_100000_inhabitants: { sv: 'per 100 000 inv.', en: 'per 100,000 inhabitants' },
  years: { sv: 'år', en: 'years' },
  km: { sv: 'km', en: 'km' },
  category: { sv: '', en: '' },
  thousand_sek_per_inhabitant: { sv: 'tkr/inv.', en: 'SEK thousand per inhabitant' },
  count: { sv: 'antal', en: 'count' },
  sek_per_inhabitant: { sv: 'kr/inv.', en: 'SEK per inhabitant' },
  per_10000_inhabitants: { sv: 'per 10 000 inv.', en: 'per 10,000 inhabitants' },
  // Kolada's own unit is the end of its (Swedish) title, which is shown beside the value.
  as_written: { sv: '', en: '' },
};

export function unitLabel(unit: Unit, lang: Lang): string {
  return UNIT_SUFFIX[unit][lang];
}

export interface ValueFormat {
  unit: Unit;
  decimals: number;
  categories?: { value: number; label: { sv: string; en: string } }[] | undefined;
}

/**
 * A value with its unit, e.g. "12,3 %" in Swedish and "12.3%" in English; category indicators show their label.
 * @example formatValue(12.34, { unit: 'percent', decimals: 1 }, 'sv') // "12,3 %"
 */
export function formatValue(value: number, format: ValueFormat, lang: Lang): string {
  if (format.unit === 'category') {
    const category = format.categories?.find((c) => c.value === value);
    return category ? category.label[lang] : formatNumber(value, lang, format.decimals);
  }
  const number = formatNumber(value, lang, format.decimals);
  const suffix = UNIT_SUFFIX[format.unit][lang];
  if (!suffix) return number;
  if (format.unit === 'percent' && lang === 'en') return `${number}%`;
  return `${number}\u00a0${suffix}`;
}

/** Compact form for legend ranges: same digits, no unit. */
export function formatBound(value: number, decimals: number, lang: Lang): string {
  return formatNumber(value, lang, decimals);
}
