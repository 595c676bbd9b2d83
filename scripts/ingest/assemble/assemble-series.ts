import type { ObservationSeries } from '../../../data/contract';
import type { IndicatorDefinition } from '../../../data/indicators';
import { computeAggregates, type CountyMembers } from './aggregate';
import { deriveCommuting, type YearValues } from './derive-commuting';
import { chooseSourcePerYear, type GroupedObservations } from './group-observations';

interface MunicipalSeries {
  definition: IndicatorDefinition;
  year: number;
  source: string;
  municipalities: YearValues;
  publishedCounties: YearValues;
  publishedNational: number | null;
  countySource?: string;
  nationalSource?: string;
}

export interface SeriesContext {
  countyMembers: CountyMembers;
  municipalityCodes: string[];
}

/**
 * Turns grouped raw observations into one series per indicator and year: the preferred source's municipal values,
 * the derived commuting counts, and county and national figures (published, or computed by the indicator's rule).
 */
export function assembleSeries(
  definitions: IndicatorDefinition[],
  grouped: GroupedObservations,
  context: SeriesContext,
): ObservationSeries[] {
  const municipal: MunicipalSeries[] = [];
  // Derived indicators may also have direct observations (SCB's commuting counts from a live build).
  for (const definition of definitions) {
    const years = grouped.get(definition.id);
    if (!years) continue;
    const preference = definition.sources.map((binding) => binding.source);
    for (const chosen of chooseSourcePerYear(years, preference)) {
      municipal.push({
        definition,
        year: chosen.year,
        source: chosen.source,
        municipalities: Object.fromEntries([...chosen.municipalities].sort(([a], [b]) => a.localeCompare(b))),
        publishedCounties: Object.fromEntries([...chosen.counties].sort(([a], [b]) => a.localeCompare(b))),
        publishedNational: chosen.national,
        ...(chosen.countySource ? { countySource: chosen.countySource } : {}),
        ...(chosen.nationalSource ? { nationalSource: chosen.nationalSource } : {}),
      });
    }
  }
  const lookup = new Map(
    municipal.map((entry) => [`${entry.definition.id}|${entry.year}`, entry.municipalities]),
  );
  const valuesOf = (id: string, year: number) => lookup.get(`${id}|${year}`);
  municipal.push(...deriveSeries(definitions, municipal, valuesOf));

  const order = new Map(definitions.map((definition, index) => [definition.id, index]));
  municipal.sort(
    (a, b) => (order.get(a.definition.id) ?? 0) - (order.get(b.definition.id) ?? 0) || a.year - b.year,
  );
  return municipal.map((entry) => withAggregates(entry, context, valuesOf));
}

function deriveSeries(
  definitions: IndicatorDefinition[],
  municipal: MunicipalSeries[],
  valuesOf: (id: string, year: number) => YearValues | undefined,
): MunicipalSeries[] {
  const derived: MunicipalSeries[] = [];
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  const direct = new Map(municipal.map((entry) => [`${entry.definition.id}|${entry.year}`, entry]));
  const hasDirect = (id: string, year: number) => direct.has(`${id}|${year}`);
  const years = municipal.filter((entry) => entry.definition.id === 'employed_by_workplace');
  for (const { year, source } of years) {
    const workplace = valuesOf('employed_by_workplace', year);
    const residence = valuesOf('employed_by_residence', year);
    const share = valuesOf('live_and_work_share', year);
    if (!workplace || !residence || !share) continue;
    for (const [id, values] of Object.entries(deriveCommuting(workplace, residence, share))) {
      const definition = byId.get(id);
      if (!definition || Object.keys(values).length === 0 || hasDirect(id, year)) continue;
      if (id === 'net_commuting' && (hasDirect('commuters_in', year) || hasDirect('commuters_out', year)))
        continue;
      derived.push({
        definition,
        year,
        source,
        municipalities: values,
        publishedCounties: {},
        publishedNational: null,
      });
    }
  }
  derived.push(...netFromDirectCounts(byId.get('net_commuting'), direct));
  return derived;
}

/** Net commuting for the years where SCB's own in- and out-commuter counts replace the derivation. */
function netFromDirectCounts(
  definition: IndicatorDefinition | undefined,
  direct: Map<string, MunicipalSeries>,
): MunicipalSeries[] {
  if (!definition) return [];
  const net: MunicipalSeries[] = [];
  for (const [key, inbound] of direct) {
    if (!key.startsWith('commuters_in|')) continue;
    const outbound = direct.get(`commuters_out|${inbound.year}`);
    if (!outbound || direct.has(`net_commuting|${inbound.year}`)) continue;
    const municipalities: YearValues = {};
    for (const [code, value] of Object.entries(inbound.municipalities)) {
      const out = outbound.municipalities[code];
      if (out !== undefined) municipalities[code] = value - out;
    }
    net.push({
      definition,
      year: inbound.year,
      source: inbound.source,
      municipalities,
      publishedCounties: {},
      publishedNational: null,
    });
  }
  return net;
}

function withAggregates(
  entry: MunicipalSeries,
  context: SeriesContext,
  valuesOf: (id: string, year: number) => YearValues | undefined,
): ObservationSeries {
  const rule = entry.definition.aggregate;
  const base = rule.kind === 'weighted_mean' ? valuesOf(rule.base, entry.year) : undefined;
  const computed = computeAggregates(
    rule,
    entry.municipalities,
    context.countyMembers,
    context.municipalityCodes,
    base,
  );
  const hasCounties = Object.keys(entry.publishedCounties).length > 0;
  return {
    indicator: entry.definition.id,
    year: entry.year,
    source: entry.source,
    municipalities: entry.municipalities,
    counties: hasCounties
      ? {
          method: 'published',
          values: entry.publishedCounties,
          ...(entry.countySource ? { source: entry.countySource } : {}),
        }
      : computed.counties,
    national:
      entry.publishedNational !== null
        ? {
            method: 'published',
            value: entry.publishedNational,
            ...(entry.nationalSource ? { source: entry.nationalSource } : {}),
          }
        : computed.national,
  };
}
