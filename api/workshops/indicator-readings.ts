import type {
  BuildManifest,
  Indicator,
  IndicatorCurrent,
  IndicatorNow,
  LinkedSource,
  ObservationSeries,
} from '../../data/contract';
import type { KoladaIndex } from '../kolada/kolada-index';

/** The part of the loaded build that workshops read (a structural subset of the API's AtlasBuild). */
export interface WorkshopBuildView {
  manifest: Pick<BuildManifest, 'buildId' | 'builtAt'>;
  indicatorById: ReadonlyMap<string, Indicator>;
  /** indicator id -> year -> series. */
  seriesByIndicator: ReadonlyMap<string, ReadonlyMap<number, ObservationSeries>>;
  municipalityByCode: ReadonlyMap<string, { name: string }>;
  /** The atlas set: what a workshop shows when it names no indicators. */
  indicators: readonly Pick<Indicator, 'id'>[];
  /** Loads the rest of Kolada's series from Parquet before a synchronous reading. */
  kolada: Pick<KoladaIndex, 'ensure'>;
}

/**
 * The latest value the current build has for one indicator and municipality, with its year, source and build:
 * what the atlas shows now. Null when the municipality has no value in any year (missing is missing).
 */
export function currentReading(
  build: WorkshopBuildView,
  indicatorId: string,
  municipality: string,
): IndicatorNow | null {
  const indicator = build.indicatorById.get(indicatorId);
  const byYear = build.seriesByIndicator.get(indicatorId);
  if (!indicator || !byYear) return null;
  const years = [...byYear.keys()].sort((a, b) => b - a);
  for (const year of years) {
    const series = byYear.get(year);
    const value = series?.municipalities[municipality];
    if (series && value !== undefined) {
      return {
        value,
        year,
        source: linkedSource(indicator, series.source),
        buildId: build.manifest.buildId,
        builtAt: build.manifest.builtAt,
      };
    }
  }
  return null;
}

export function currentIndicator(
  build: WorkshopBuildView,
  indicatorId: string,
  municipality: string,
): IndicatorCurrent | null {
  const indicator = build.indicatorById.get(indicatorId);
  const reading = currentReading(build, indicatorId, municipality);
  if (!indicator || !reading) return null;
  return {
    ...reading,
    indicatorId,
    municipality,
    title: indicator.title,
    unit: indicator.unit,
    decimals: indicator.decimals,
    ...(indicator.categories ? { categories: indicator.categories } : {}),
  };
}

/** The series names its source by id; the indicator's catalogue entry says who publishes it and in which table. */
function linkedSource(indicator: Indicator, sourceId: string): LinkedSource {
  const ref = indicator.sources.find((source) => source.id === sourceId) ?? indicator.sources[0];
  if (!ref) return { id: sourceId, publisher: sourceId, table: sourceId, citation: sourceId };
  return { id: ref.id, publisher: ref.publisher, table: ref.table, citation: ref.citation };
}
