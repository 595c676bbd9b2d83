import { withLookups, type AtlasBuild } from '../../../api/build/atlas-build';
import { loadBuildCached } from '../../../api/build/load-build';
import { koladaParquetOf, type Indicator, type ObservationSeries } from '../../../data/contract';
import { ParquetReader } from '../../../api/kolada/parquet-reader';
import { TEST_BUILD_DIR } from '../../support/paths';

export const EXTREME_ID = 'import_extreme';

type SeriesInput = Pick<ObservationSeries, 'year' | 'municipalities'> & Partial<ObservationSeries>;

/**
 * The test build plus one imported-like indicator `id` with the given series (by default without county or
 * national figures): for statistics at the edges that the real snapshot does not reach.
 */
export function buildWithIndicator(id: string, seriesList: readonly SeriesInput[]): AtlasBuild {
  const base = loadBuildCached(TEST_BUILD_DIR);
  const template = base.indicators.find((i) => i.id === 'population_total')!;
  const years = seriesList.map((s) => s.year);
  const indicator: Indicator = {
    ...template,
    id,
    title: { sv: 'Extrem', en: 'Extreme' },
    unit: 'ratio',
    years,
    coverage: {
      latestYear: Math.max(...years),
      municipalities: Math.max(...seriesList.map((s) => Object.keys(s.municipalities).length)),
    },
    derived: false,
  };
  const observations: ObservationSeries[] = seriesList.map((s) => ({
    indicator: id,
    source: template.sources[0]!.id,
    counties: { method: 'unavailable', values: {} },
    national: { method: 'unavailable', value: null },
    ...s,
  }));
  return withLookups(
    {
      ...base,
      indicators: [...base.indicators, indicator],
      observations: [...base.observations, ...observations],
    },
    base.geometry,
    new ParquetReader(TEST_BUILD_DIR, koladaParquetOf(base.manifest.outputs)),
  );
}

/** Some municipality codes of the test build, in order. */
export function firstCodes(n: number): string[] {
  return [...loadBuildCached(TEST_BUILD_DIR).municipalityByCode.keys()].slice(0, n);
}

/**
 * One imported-like indicator whose values sit at the edge of what a double holds (as a stored import from before
 * the plausibility check could): sums and means of them overflow to Infinity.
 */
export function extremeBuild(values: readonly number[] = [1e308, 1.5e308, -1e308, 1e308]): AtlasBuild {
  const codes = firstCodes(values.length);
  return buildWithIndicator(EXTREME_ID, [
    { year: 2024, municipalities: Object.fromEntries(codes.map((code, i) => [code, values[i]!])) },
  ]);
}
