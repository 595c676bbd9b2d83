import type { Indicator } from '../../data/contract';
import type { CatalogueLine, IndicatorDetailsResponse, SlimCatalogueResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { requireIndicator } from './lookup';

export const ENGLISH_TITLE_NOTE =
  'Kolada publishes Swedish titles only: outside the atlas set, the English interface shows the Swedish title, marked (sv).';

export function catalogueLine(indicator: Indicator): CatalogueLine {
  return {
    id: indicator.id,
    kpi: indicator.kpi ?? null,
    title: indicator.title,
    ...(indicator.titleLanguage ? { titleLanguage: indicator.titleLanguage } : {}),
    theme: indicator.theme,
    groups: indicator.groups ?? [],
    unit: indicator.unit,
    atlasSet: indicator.atlasSet ?? false,
    bySex: indicator.bySex ?? false,
    latestYear: indicator.coverage.latestYear,
    municipalities: indicator.coverage.municipalities,
  };
}

/** Every indicator once (aliases left out): the atlas set in its own order, then the rest of Kolada by KPI id. */
export function everyIndicator(build: AtlasBuild): Indicator[] {
  return [...build.indicators, ...build.kolada.extended.values()];
}

export function slimCatalogue(build: AtlasBuild): SlimCatalogueResponse {
  return {
    buildId: build.manifest.buildId,
    idRule: build.kolada.idRule,
    indicators: everyIndicator(build).map(catalogueLine),
    groups: [...build.kolada.groups]
      .map(([name, ids]) => ({ name, count: ids.length }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    note: ENGLISH_TITLE_NOTE,
  };
}

export function indicatorDetails(build: AtlasBuild, id: string): IndicatorDetailsResponse {
  const indicator = requireIndicator(build, id);
  const entry = build.kolada.entryById.get(indicator.id);
  const aliases = [...build.kolada.aliases]
    .filter(([, target]) => target === indicator.id)
    .map(([alias]) => alias);
  return {
    buildId: build.manifest.buildId,
    indicator,
    descriptionSv: entry?.descriptionSv ?? null,
    coverageByYear: entry?.coverageByYear ?? [],
    aliases,
  };
}
