import type { Indicator } from '../../data/contract';
import type { ProfileIndicator } from '../../data/contract/api';
import { formatValue, type Lang } from '../lib/format';

/** A formatter for one indicator's values in the user's language, category labels included. */
export function valueFormatter(
  summary: ProfileIndicator['indicator'],
  definition: Indicator | undefined,
  lang: Lang,
): (value: number) => string {
  const format = { unit: summary.unit, decimals: summary.decimals, categories: definition?.categories };
  return (value) => formatValue(value, format, lang);
}
