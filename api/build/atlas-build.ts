import type {
  BuildManifest,
  CommutingFile,
  CountyCollection,
  FirmSiteCollection,
  Indicator,
  IndicatorCatalogue,
  LabourMarketRegionCollection,
  MunicipalityCollection,
  MunicipalityFeature,
  MunicipalityProperties,
  NeighbourCountryCollection,
  ObservationFile,
  ObservationSeries,
  UrbanAreaCollection,
} from '../../data/contract';
import type { PrecompressedBody } from './precompress';

/** The validated build files, as read from disk. */
export interface BuildFiles {
  manifest: BuildManifest;
  municipalities: MunicipalityCollection;
  counties: CountyCollection;
  labourMarketRegions: LabourMarketRegionCollection;
  urbanAreas: UrbanAreaCollection;
  indicators: IndicatorCatalogue;
  observations: ObservationFile;
  commuting: CommutingFile;
  firms: FirmSiteCollection;
  neighbours: NeighbourCountryCollection;
}

/** The build, loaded once and indexed for the questions the API answers. */
export interface AtlasBuild extends BuildFiles {
  municipalityByCode: ReadonlyMap<string, MunicipalityProperties>;
  municipalityFeatureByCode: ReadonlyMap<string, MunicipalityFeature>;
  indicatorById: ReadonlyMap<string, Indicator>;
  /** indicator id -> year -> series, years ascending. */
  seriesByIndicator: ReadonlyMap<string, ReadonlyMap<number, ObservationSeries>>;
  geometry: { municipalities: PrecompressedBody; counties: PrecompressedBody; neighbours: PrecompressedBody };
}

export function withLookups(files: BuildFiles, geometry: AtlasBuild['geometry']): AtlasBuild {
  const municipalityFeatureByCode = new Map(files.municipalities.features.map((f) => [f.properties.code, f]));
  const municipalityByCode = new Map(
    files.municipalities.features.map((f) => [f.properties.code, f.properties]),
  );
  const indicatorById = new Map(files.indicators.map((indicator) => [indicator.id, indicator]));
  const seriesByIndicator = new Map<string, Map<number, ObservationSeries>>();
  const sorted = [...files.observations].sort((a, b) => a.year - b.year);
  for (const series of sorted) {
    let byYear = seriesByIndicator.get(series.indicator);
    if (!byYear) {
      byYear = new Map();
      seriesByIndicator.set(series.indicator, byYear);
    }
    byYear.set(series.year, series);
  }
  return {
    ...files,
    municipalityByCode,
    municipalityFeatureByCode,
    indicatorById,
    seriesByIndicator,
    geometry,
  };
}
