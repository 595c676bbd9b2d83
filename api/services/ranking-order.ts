import type { Indicator, LocalisedText } from '../../data/contract';
import type { ValuesResponse } from '../../data/contract/api';

/** Categories (yes/no, housing-market balance) are counted, never ranked as numbers. */
export const isCategorical = (indicator: Indicator): boolean =>
  indicator.unit === 'category' || (indicator.categories?.length ?? 0) > 0;

/** How a values answer's ranks read: a neutral indicator has a highest, not a best. */
export function rankingOrder(indicator: Indicator): ValuesResponse['ranking'] {
  if (isCategorical(indicator))
    return {
      order: 'none',
      text: {
        sv: 'Kategorier rangordnas inte: antal kommuner per svar',
        en: 'Categories are not ranked: municipalities per answer',
      },
    };
  if (indicator.direction === 'neutral')
    return {
      order: 'highest_first',
      text: {
        sv: 'Rang 1 = högst värde (inte bäst: indikatorn har ingen riktning)',
        en: 'Rank 1 = highest value (not best: the indicator has no direction)',
      },
    };
  return {
    order: 'by_direction',
    text:
      indicator.direction === 'higher_is_better'
        ? { sv: 'Rang 1 = bäst (högst värde)', en: 'Rank 1 = best (highest value)' }
        : { sv: 'Rang 1 = bäst (lägst värde)', en: 'Rank 1 = best (lowest value)' },
  };
}

/** Municipalities per category, in the indicator's category order (a value outside them gets its own line). */
export function categoryCounts(
  indicator: Indicator,
  values: Iterable<number>,
): NonNullable<ValuesResponse['categories']> {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const known = indicator.categories ?? [];
  const label = (value: number): LocalisedText =>
    known.find((category) => category.value === value)?.label ?? { sv: String(value), en: String(value) };
  const order = [
    ...new Set([...known.map((category) => category.value), ...[...counts.keys()].sort((a, b) => a - b)]),
  ];
  return order.map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0 }));
}
