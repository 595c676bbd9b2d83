import type {
  BuildManifest,
  CommutingFile,
  CountyCollection,
  FirmSiteCollection,
  Indicator,
  IndicatorCatalogue,
  KoladaCatalogueFile,
  LabourMarketRegionCollection,
  MunicipalityCollection,
  MunicipalityFeature,
  MunicipalityProperties,
  NeighbourCountryCollection,
  ObservationFile,
  ObservationSeries,
  UrbanAreaCollection,
} from '../../data/contract';
import { indexKolada, SeriesIndex, type KoladaIndex } from '../kolada/kolada-index';
import type { ParquetReader } from '../kolada/parquet-reader';
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
  koladaCatalogue: KoladaCatalogueFile;
}

/** The build, loaded once and indexed for the questions the API answers. */
export interface AtlasBuild extends BuildFiles {
  municipalityByCode: ReadonlyMap<string, MunicipalityProperties>;
  municipalityFeatureByCode: ReadonlyMap<string, MunicipalityFeature>;
  /** Every indicator: the atlas set, the rest of Kolada, and the rule ids of KPIs the atlas set carries (aliases). */
  indicatorById: ReadonlyMap<string, Indicator>;
  /** indicator id -> year -> series, years ascending; the rest of Kolada after `kolada.ensure`. */
  seriesByIndicator: ReadonlyMap<string, ReadonlyMap<number, ObservationSeries>>;
  kolada: KoladaIndex;
  geometry: { municipalities: PrecompressedBody; counties: PrecompressedBody; neighbours: PrecompressedBody };
}

export function withLookups(
  files: BuildFiles,
  geometry: AtlasBuild['geometry'],
  reader: ParquetReader,
): AtlasBuild {
  const municipalityFeatureByCode = new Map(files.municipalities.features.map((f) => [f.properties.code, f]));
  const municipalityByCode = new Map(
    files.municipalities.features.map((f) => [f.properties.code, f.properties]),
  );
  const curated = new Map(files.indicators.map((indicator) => [indicator.id, indicator]));
  const kolada = indexKolada(files.koladaCatalogue, curated, reader);
  // The atlas set says which of its indicators Kolada also splits by sex.
  const indicators = files.indicators.map((indicator) => {
    const entry = kolada.entryById.get(indicator.id);
    const fromKolada = entry
      ? { kpi: entry.indicator.kpi, bySex: entry.indicator.bySex, groups: entry.indicator.groups }
      : {};
    return { ...indicator, atlasSet: true, ...fromKolada };
  });
  const indicatorById = new Map<string, Indicator>(indicators.map((indicator) => [indicator.id, indicator]));
  for (const [id, indicator] of kolada.extended) indicatorById.set(id, indicator);
  for (const [alias, id] of kolada.aliases) {
    const target = indicatorById.get(id);
    if (target) indicatorById.set(alias, target);
  }
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
    indicators,
    municipalityByCode,
    municipalityFeatureByCode,
    indicatorById,
    seriesByIndicator: new SeriesIndex(seriesByIndicator, kolada.cache),
    kolada,
    geometry,
  };
}
