import type { Indicator } from '../../../data/contract';
import type { ValuesResponse } from '../../../data/contract/api';
import { formatValue, type Lang } from '../../lib/format';
import type { DotPlotRow } from '../charts/PeerDotPlot';

/** Dot-plot rows from the values endpoint's answers (every municipality's latest value per indicator). */
export function dotRowsFrom(
  responses: readonly (ValuesResponse | undefined)[],
  catalogue: ReadonlyMap<string, Indicator>,
  lang: Lang,
): DotPlotRow[] {
  return responses.flatMap((response) => {
    if (!response) return [];
    const { indicator } = response;
    const format = {
      unit: indicator.unit,
      decimals: indicator.decimals,
      categories: catalogue.get(indicator.id)?.categories,
    };
    return [
      {
        id: indicator.id,
        title: indicator.title[lang],
        source: response.source,
        year: response.year,
        values: response.values.map((entry) => ({ code: entry.code, value: entry.value })),
        nationalMedian: response.nationalMedian,
        formatValue: (value: number) => formatValue(value, format, lang),
      },
    ];
  });
}

/** Code -> name for all municipalities, from any values answer (each lists every municipality with data). */
export function namesFrom(responses: readonly (ValuesResponse | undefined)[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const response of responses)
    for (const entry of response?.values ?? []) names.set(entry.code, entry.name);
  return names;
}
