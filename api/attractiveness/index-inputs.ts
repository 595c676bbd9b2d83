import type { IndexInputs, IndicatorWindow } from '../../data/contract';
import { defaultReferenceYear, windowValues } from '../../data/attractiveness/model';
import type { AtlasBuild } from '../build/atlas-build';
import { badParameter } from '../http/api-error';

/** What the index reads of a build: also met by the workshops' view of it (stakeholder weightings). */
export type IndexBuildView = Pick<AtlasBuild, 'indicatorById' | 'seriesByIndicator'> & {
  manifest: { buildId: string };
  municipalityByCode: ReadonlyMap<string, unknown>;
};

/**
 * One indicator's window from the build: the reference year (given, or the latest with at least 250
 * municipalities), each municipality's latest value in it and the source of each year. A window without data is a
 * 400 naming `year` (or `field` when the indicator has no data at all).
 */
export function indicatorWindow(
  build: IndexBuildView,
  id: string,
  year: number | null,
  field: string,
): IndicatorWindow {
  const indicator = build.indicatorById.get(id);
  if (!indicator) throw badParameter(field, `unknown indicator "${id}"`);
  const series = [...(build.seriesByIndicator.get(id)?.values() ?? [])];
  const referenceYear = year ?? defaultReferenceYear(series);
  if (referenceYear === null) throw badParameter(field, `indicator "${id}" has no data`);
  const window = windowValues(series, referenceYear);
  if (Object.keys(window.values).length === 0) {
    throw badParameter('year', `indicator "${id}" has no data in ${window.from}-${window.to}`);
  }
  const sources = series
    .filter((s) => s.year >= window.from && s.year <= window.to)
    .map((s) => {
      const source = indicator.sources.find((ref) => ref.id === s.source) ?? indicator.sources[0]!;
      return { year: s.year, citation: source.citation, table: source.table };
    });
  return { id, referenceYear, ...window, sources };
}

/** The model's inputs for these indicators, over every municipality of the build. */
export function indexInputs(
  build: IndexBuildView,
  ids: readonly string[],
  year: number | null,
  field = 'indicators',
): IndexInputs {
  return {
    buildId: build.manifest.buildId,
    codes: [...build.municipalityByCode.keys()].sort(),
    indicators: ids.map((id) => indicatorWindow(build, id, year, field)),
  };
}
