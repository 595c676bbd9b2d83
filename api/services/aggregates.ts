import type {
  AggregateMethod,
  AggregateRule,
  Indicator,
  LocalisedText,
  ObservationSeries,
  SourceRef,
} from '../../data/contract';
import type { AggregateFigure } from '../../data/contract/api';
import { sourceLabel } from '../../data/format/source-label';

const WEIGHT_NAMES: Record<string, LocalisedText> = {
  population_total: { sv: 'folkmängd', en: 'population' },
};

/** Words for how a county or national figure was obtained, so a reader can tell published from computed. */
export function describeMethodText(
  method: AggregateMethod,
  rule: AggregateRule,
  source: SourceRef | undefined,
): LocalisedText {
  switch (method) {
    case 'published':
      return source
        ? {
            // The citation's short name ("SCB", "Kolada (RKA)") and the table: the publisher field is English.
            sv: `publicerat av ${sourceLabel(source, 'sv')}`,
            en: `published by ${sourceLabel(source, 'en')}`,
          }
        : { sv: 'publicerat av källan', en: 'published by the source' };
    case 'sum':
      return {
        sv: 'beräknat av atlasen: summan av kommunernas värden',
        en: 'computed by the atlas: sum of the municipal values',
      };
    case 'weighted_mean': {
      const base =
        rule.kind === 'weighted_mean' ? (WEIGHT_NAMES[rule.base] ?? { sv: rule.base, en: rule.base }) : null;
      return base
        ? {
            sv: `beräknat av atlasen: medelvärde av kommunernas värden vägt med ${base.sv}`,
            en: `computed by the atlas: mean of the municipal values weighted by ${base.en}`,
          }
        : {
            sv: 'beräknat av atlasen: vägt medelvärde av kommunernas värden',
            en: 'computed by the atlas: weighted mean of the municipal values',
          };
    }
    case 'unavailable':
      if (rule.kind === 'unavailable') return rule.reasonText ?? { sv: rule.reason, en: rule.reason };
      return {
        sv: 'inte publicerat av källan och inte beräknat',
        en: 'not published by the source and not computed',
      };
    default: {
      const unreachable: never = method;
      return unreachable;
    }
  }
}

/**
 * A county or national figure: a finite number with how it was obtained, or missing with the reason. A figure
 * that a rule should have given but did not (nothing published for the year, or a computation without a finite
 * result, which JSON would turn into a bare null) is marked unavailable and says so, never a null that claims a
 * method.
 */
export function figure(
  year: number,
  value: number | null,
  method: AggregateMethod,
  text: LocalisedText,
): AggregateFigure {
  if (method === 'unavailable' || (value !== null && Number.isFinite(value)))
    return {
      year,
      value: method === 'unavailable' ? null : value,
      method,
      methodNote: text.en,
      methodText: text,
    };
  const reason =
    method === 'published'
      ? {
          sv: `saknas: källan har inget värde för ${year}`,
          en: `missing: the source has no figure for ${year}`,
        }
      : {
          sv: `saknas: ${text.sv} gav inget ändligt tal för ${year}`,
          en: `missing: ${text.en} gave no finite number for ${year}`,
        };
  return { year, value: null, method: 'unavailable', methodNote: reason.en, methodText: reason };
}

export function sourceOf(indicator: Indicator, series: ObservationSeries): SourceRef {
  return indicator.sources.find((source) => source.id === series.source) ?? indicator.sources[0]!;
}

/** The source that published a county or national figure: its own when named (Kolada's county population). */
const publisherOf = (indicator: Indicator, series: ObservationSeries, source: string | undefined) =>
  (source ? indicator.sources.find((entry) => entry.id === source) : undefined) ??
  sourceOf(indicator, series);

/** Why a figure whose method is named has no value: a reader must never see a method without a figure unexplained. */
function noValueReason(method: AggregateMethod, area: LocalisedText, year: number): LocalisedText {
  if (method === 'published')
    return {
      sv: `källan publicerar inget värde för ${area.sv} år ${year}`,
      en: `the source publishes no figure for ${area.en} in ${year}`,
    };
  const what =
    method === 'sum' ? { sv: 'en summa', en: 'a sum' } : { sv: 'ett vägt medelvärde', en: 'a weighted mean' };
  return {
    sv: `inte beräknat: ${what.sv} kräver ett värde för varje kommun i ${area.sv}, och minst en saknar värde år ${year}`,
    en: `not computed: ${what.en} needs a value for every municipality of ${area.en}, and at least one has none in ${year}`,
  };
}

export function nationalFigure(indicator: Indicator, series: ObservationSeries): AggregateFigure {
  const { method, value } = series.national;
  const text =
    value === null && method !== 'unavailable'
      ? noValueReason(method, { sv: 'riket', en: 'Sweden' }, series.year)
      : describeMethodText(
          method,
          indicator.nationalRule,
          publisherOf(indicator, series, series.national.source),
        );
  return figure(series.year, value, method, text);
}

export function countyFigure(
  indicator: Indicator,
  series: ObservationSeries,
  countyCode: string,
): AggregateFigure {
  const value = series.counties.values[countyCode];
  const method =
    value === undefined && series.counties.method !== 'unavailable' ? 'unavailable' : series.counties.method;
  const text =
    value === undefined && series.counties.method !== 'unavailable'
      ? noValueReason(
          series.counties.method,
          { sv: `län ${countyCode}`, en: `county ${countyCode}` },
          series.year,
        )
      : describeMethodText(
          method,
          indicator.countyRule,
          publisherOf(indicator, series, series.counties.source),
        );
  return figure(series.year, value ?? null, method, text);
}
