import type { Indicator } from '../../data/contract';
import type { ValuesResponse } from '../../data/contract/api';
import type { ClassificationMethod } from '../lib/classification';
import { DEFAULT_CLASS_COUNT } from '../lib/classification';
import { buildColourScale, colourOf, type ColourScale, type SchemeName } from '../lib/colour-scale';
import { divergingScale } from '../lib/diverging-scale';
import { buildLegend, type Legend } from '../lib/legend';

export interface ChoroplethModel {
  scale: ColourScale;
  legend: Legend;
  /** Colour per municipality code; municipalities without a value are absent. */
  fills: Map<string, string>;
  /** Identity of this colouring, reported back by the map once drawn. */
  key: string;
}

/** Colour every municipality with a value for one indicator-year; missing ones stay absent (drawn as no data). */
export function choroplethModel(
  indicator: Indicator,
  values: ValuesResponse,
  method: ClassificationMethod,
  scheme: SchemeName = 'viridis',
): ChoroplethModel {
  const numbers = values.values.map((v) => v.value);
  const sex = values.sex ?? 'total';
  // The gap (women − men) is a difference: its colours diverge from 0, whatever the indicator's direction.
  const scale =
    sex === 'gap'
      ? divergingScale(numbers)
      : buildColourScale({
          values: numbers,
          method,
          classCount: DEFAULT_CLASS_COUNT,
          direction: indicator.direction,
          scheme,
          categories: indicator.unit === 'category' ? indicator.categories : undefined,
        });
  const colouring = sex === 'gap' ? 'diverging' : indicator.unit === 'category' ? 'category' : method;
  const fills = new Map<string, string>();
  for (const { code, value } of values.values) {
    const colour = colourOf(scale, value);
    if (colour) fills.set(code, colour);
  }
  return {
    scale,
    legend: buildLegend(scale, numbers),
    fills,
    key: `${indicator.id}:${values.year}:${colouring}${sex === 'total' ? '' : `:${sex}`}`,
  };
}

/** The default first view: open unemployment (290 of 290, latest year) if the catalogue has it. */
export const DEFAULT_INDICATOR = 'open_unemployment_18_65';

export function resolveIndicator(catalogue: Indicator[], wanted: string | null): Indicator | undefined {
  return (
    catalogue.find((i) => i.id === wanted) ??
    catalogue.find((i) => i.id === DEFAULT_INDICATOR) ??
    catalogue.find((i) => i.years.length > 0)
  );
}

/** The year asked for if the indicator has it, otherwise its latest year. */
export function resolveYear(indicator: Indicator, wanted: number | null): number | undefined {
  if (wanted !== null && indicator.years.includes(wanted)) return wanted;
  return indicator.coverage.latestYear ?? indicator.years[indicator.years.length - 1];
}
