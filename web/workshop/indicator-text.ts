import type { Indicator, IndicatorReading } from '../../data/contract';
import { formatValue, type Lang } from '../lib/format';
import { sourceLabel } from '../lib/source-label';

/** A stored or current reading as people read it: "9 131 personer (2024; Källa: SCB BE0101 …)". */
export function readingText(
  reading: IndicatorReading,
  indicator: Indicator | undefined,
  lang: Lang,
): { value: string; year: string; source: string } {
  const value = indicator
    ? formatValue(
        reading.value,
        { unit: indicator.unit, decimals: indicator.decimals, categories: indicator.categories },
        lang,
      )
    : String(reading.value);
  return { value, year: String(reading.year), source: sourceLabel(reading.source, lang) };
}
