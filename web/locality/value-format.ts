import type { Indicator } from '../../data/contract';
import type { ProfileIndicator } from '../../data/contract/api';
import type { StandsOutItem } from '../../data/contract/stands-out';
import { formatNumber, formatValue, type Lang } from '../lib/format';

/** A formatter for one indicator's values in the user's language, category labels included. */
export function valueFormatter(
  summary: ProfileIndicator['indicator'],
  definition: Indicator | undefined,
  lang: Lang,
): (value: number) => string {
  const format = { unit: summary.unit, decimals: summary.decimals, categories: definition?.categories };
  return (value) => formatValue(value, format, lang);
}

/** A formatter from the catalogue's definition alone (plain numbers when the catalogue has not loaded yet). */
export function definitionFormatter(
  definition: Indicator | undefined,
  lang: Lang,
): (value: number) => string {
  if (!definition) return (value) => formatNumber(value, lang);
  const format = { unit: definition.unit, decimals: definition.decimals, categories: definition.categories };
  return (value) => formatValue(value, format, lang);
}

/** A "stands out" item's formatter from the answer's own unit and decimals (no catalogue on the first screen). */
export function standsOutFormatter(item: StandsOutItem, lang: Lang): (value: number) => string {
  return (value) => formatValue(value, item.indicator, lang);
}
