import type { Lang } from '../lib/format';

/**
 * The locality page of a municipality with the planner's indicator brought to the top (`?indicator=`), so any
 * Kolada KPI chosen on the map opens there too, in the same language.
 * @example localityHref('0617', 'kolada_n00530', 'en') // "/kommun/0617?indicator=kolada_n00530&lang=en"
 */
export function localityHref(code: string, indicator: string, lang: Lang): string {
  const params = new URLSearchParams({ indicator });
  if (lang === 'en') params.set('lang', 'en');
  return `/kommun/${code}?${params.toString()}`;
}
