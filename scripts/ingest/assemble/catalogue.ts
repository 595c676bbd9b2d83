import type { AggregateRule, Indicator, ObservationSeries, SourceRef, Theme } from '../../../data/contract';
import type { IndicatorDefinition } from '../../../data/indicators';
import { SOURCES, type SourceDefinition } from '../../../data/sources/sources';
import {
  ageGroupCaveat,
  ageGroupChange,
  joinCaveats,
  titlesForYears,
} from '../../../data/indicators/kolada-age-groups';
import { IngestError } from '../errors';

export interface KoladaMetadata {
  kpis: ReadonlyMap<string, { theme: Theme; titleSv: string; descriptionSv?: string }>;
}

/**
 * The indicator catalogue: one entry per indicator that has data, with titles, unit, sources actually used,
 * years, coverage and the rule behind county and national figures in the latest year.
 */
export function assembleCatalogue(
  definitions: IndicatorDefinition[],
  series: ObservationSeries[],
  kolada: KoladaMetadata,
  warnings: string[],
): Indicator[] {
  const byIndicator = new Map<string, ObservationSeries[]>();
  for (const entry of series) {
    const list = byIndicator.get(entry.indicator) ?? [];
    list.push(entry);
    byIndicator.set(entry.indicator, list);
  }
  const catalogue: Indicator[] = [];
  for (const definition of definitions) {
    const entries = byIndicator.get(definition.id);
    if (!entries || entries.length === 0) {
      warnings.push(`indicator ${definition.id}: no data in this build; left out of the catalogue`);
      continue;
    }
    const koladaKpi = definition.sources.find((binding) => binding.source === 'kolada')?.table;
    const koladaMeta = koladaKpi ? kolada.kpis.get(koladaKpi) : undefined;
    const theme = definition.theme ?? koladaMeta?.theme;
    const titleSv = definition.titleSv ?? koladaMeta?.titleSv;
    if (!theme || !titleSv) {
      throw new IngestError(
        { file: 'data/indicators' },
        `indicator ${definition.id} has no theme or Swedish title`,
      );
    }
    const latest = entries[entries.length - 1] as ObservationSeries;
    const change = koladaMeta
      ? ageGroupChange(koladaMeta.titleSv, koladaMeta.descriptionSv ?? '')
      : undefined;
    const title = { sv: titleSv, en: definition.titleEn };
    const caveat = change ? joinCaveats(definition.caveat, ageGroupCaveat(change)) : definition.caveat;
    const used = new Set(entries.map((entry) => entry.source));
    catalogue.push({
      id: definition.id,
      title: change ? titlesForYears(title, change, latest.year) : title,
      theme,
      unit: definition.unit,
      decimals: definition.decimals,
      direction: definition.direction,
      sources: definition.sources
        .filter((binding) => used.has(binding.source))
        .map((binding) => sourceRef(SOURCES[binding.source], binding.table)),
      years: entries.map((entry) => entry.year),
      coverage: { latestYear: latest.year, municipalities: Object.keys(latest.municipalities).length },
      countyRule: ruleOf(latest.counties.method, definition.aggregate),
      nationalRule: ruleOf(latest.national.method, definition.aggregate),
      ...(caveat ? { caveat } : {}),
      ...(definition.formula ? { formula: definition.formula } : {}),
      derived: definition.formula !== undefined,
      ...(definition.categories ? { categories: definition.categories } : {}),
    });
  }
  return catalogue;
}

function ruleOf(method: ObservationSeries['national']['method'], fallback: AggregateRule): AggregateRule {
  return method === 'published' ? { kind: 'published' } : fallback;
}

export function sourceRef(source: SourceDefinition, table: string): SourceRef {
  return {
    id: source.id,
    publisher: source.publisher,
    table,
    licence: source.licence,
    citation: source.citation,
    ...(source.url ? { url: source.url } : {}),
  };
}
