import { withLookups, type AtlasBuild } from '../../../api/build/atlas-build';
import { loadBuildCached } from '../../../api/build/load-build';
import { koladaParquetOf, type Indicator, type ObservationSeries } from '../../../data/contract';
import { ParquetReader } from '../../../api/kolada/parquet-reader';
import { TEST_BUILD_DIR } from '../../support/paths';

export const EXTREME_ID = 'import_extreme';

/**
 * The test build plus one imported-like indicator whose values sit at the edge of what a double holds (as a
 * stored import from before the plausibility check could): sums and means of them overflow to Infinity.
 */
export function extremeBuild(values: readonly number[] = [1e308, 1.5e308, -1e308, 1e308]): AtlasBuild {
  const base = loadBuildCached(TEST_BUILD_DIR);
  const codes = [...base.municipalityByCode.keys()].slice(0, values.length);
  const template = base.indicators.find((i) => i.id === 'population_total')!;
  const indicator: Indicator = {
    ...template,
    id: EXTREME_ID,
    title: { sv: 'Extrem', en: 'Extreme' },
    unit: 'ratio',
    years: [2024],
    coverage: { latestYear: 2024, municipalities: codes.length },
    derived: false,
  };
  const series: ObservationSeries = {
    indicator: EXTREME_ID,
    year: 2024,
    source: template.sources[0]!.id,
    municipalities: Object.fromEntries(codes.map((code, i) => [code, values[i]!])),
    counties: { method: 'unavailable', values: {} },
    national: { method: 'unavailable', value: null },
  };
  return withLookups(
    { ...base, indicators: [...base.indicators, indicator], observations: [...base.observations, series] },
    base.geometry,
    new ParquetReader(TEST_BUILD_DIR, koladaParquetOf(base.manifest.outputs)),
  );
}
