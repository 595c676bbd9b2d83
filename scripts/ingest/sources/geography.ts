import type {
  CountyCollection,
  LabourMarketRegionCollection,
  MunicipalityCollection,
  UrbanAreaCollection,
} from '../../../data/contract';
import { IngestError } from '../errors';
import { insideSwedenBox, normaliseAreaGeometry, type Area } from '../geojson/area-geometry';
import { readFeatureCollection, type RawFeature } from '../geojson/read-geojson';
import type { RawFiles } from '../raw-files';
import type { Reference } from './reference';

export const GEO_FILES = {
  municipalities: 'geo/municipalities.geojson',
  counties: 'geo/counties.geojson',
  labourMarketRegions: 'geo/labour-market-regions-2022.geojson',
  urbanAreas: 'geo/urban-areas-2020.geojson',
} as const;

export interface Geography {
  municipalities: MunicipalityCollection;
  counties: CountyCollection;
  labourMarketRegions: LabourMarketRegionCollection;
  urbanAreas: UrbanAreaCollection;
  warnings: string[];
}

const text = (feature: RawFeature, key: string): string => String(feature.properties?.[key] ?? '').trim();

/** Reads the four geography files, joins the municipality attributes and orients every ring per RFC 7946. */
export function loadGeography(files: RawFiles, reference: Reference): Geography {
  const warnings: string[] = [];
  const areas = (file: string) => {
    let rewound = 0;
    const features = readFeatureCollection(files, file).map((feature, index) => {
      const result = normaliseAreaGeometry(feature.geometry, { file: `${file} (feature ${index + 1})` });
      if (result.rewound) rewound += 1;
      return { feature, geometry: result.geometry };
    });
    if (rewound > 0) {
      warnings.push(
        `${file}: rewound ${rewound} of ${features.length} features to counter-clockwise exteriors (RFC 7946)`,
      );
    }
    return features;
  };
  const municipalities = buildMunicipalities(areas(GEO_FILES.municipalities), reference);
  const counties = areas(GEO_FILES.counties).map(({ feature, geometry }) => {
    const code = text(feature, 'code');
    const name = reference.counties.get(code) ?? `${text(feature, 'name')} län`;
    return { type: 'Feature' as const, id: code, properties: { code, name }, geometry };
  });
  const labourMarketRegions = areas(GEO_FILES.labourMarketRegions).map(({ feature, geometry }) => {
    const code = text(feature, 'code');
    return {
      type: 'Feature' as const,
      id: code,
      properties: { code, name: text(feature, 'name') },
      geometry,
    };
  });
  const urbanAreas = buildUrbanAreas(files, reference);
  requireUniqueIds(GEO_FILES.counties, counties);
  requireUniqueIds(GEO_FILES.labourMarketRegions, labourMarketRegions);
  requireUniqueIds(GEO_FILES.urbanAreas, urbanAreas);
  return {
    municipalities: { type: 'FeatureCollection', features: municipalities },
    counties: { type: 'FeatureCollection', features: counties },
    labourMarketRegions: { type: 'FeatureCollection', features: labourMarketRegions },
    urbanAreas: { type: 'FeatureCollection', features: urbanAreas },
    warnings,
  };
}

function buildMunicipalities(areas: { feature: RawFeature; geometry: Area }[], reference: Reference) {
  const file = GEO_FILES.municipalities;
  const seen = new Set<string>();
  const features = areas.map(({ feature, geometry }, index) => {
    const code = text(feature, 'id');
    const attributes = reference.municipalities.get(code);
    if (!attributes)
      throw new IngestError({ file }, `feature ${index + 1}: unknown municipality code "${code}"`);
    if (seen.has(code))
      throw new IngestError({ file }, `feature ${index + 1}: municipality ${code} appears twice`);
    seen.add(code);
    const { code: _code, ...rest } = attributes;
    return {
      type: 'Feature' as const,
      id: code,
      properties: { code, ...rest, interiorPoint: interiorPoint(feature, file, index) },
      geometry,
    };
  });
  const missing = [...reference.municipalities.keys()].filter((code) => !seen.has(code));
  if (missing.length > 0)
    throw new IngestError({ file }, `no polygon for municipality ${missing.join(', ')}`);
  return features.sort((a, b) => a.id.localeCompare(b.id));
}

/** geo_point_2d is written [lat, lon]; GeoJSON wants [lon, lat]. */
function interiorPoint(feature: RawFeature, file: string, index: number): [number, number] {
  const point = feature.properties?.geo_point_2d;
  if (Array.isArray(point) && point.length === 2) {
    const [lat, lon] = point.map(Number) as [number, number];
    if (insideSwedenBox([lon, lat])) return [lon, lat];
  }
  throw new IngestError({ file }, `feature ${index + 1}: geo_point_2d must be [lat, lon] in Sweden`);
}

function buildUrbanAreas(files: RawFiles, reference: Reference) {
  const file = GEO_FILES.urbanAreas;
  return readFeatureCollection(files, file).map((feature, index) => {
    const municipalityCode = text(feature, 'mun_code');
    if (!reference.municipalities.has(municipalityCode)) {
      throw new IngestError(
        { file },
        `feature ${index + 1}: unknown municipality code "${municipalityCode}"`,
      );
    }
    const coordinates = (feature.geometry?.coordinates ?? []) as number[];
    if (feature.geometry?.type !== 'Point' || !insideSwedenBox(coordinates)) {
      throw new IngestError({ file }, `feature ${index + 1}: expected a Point in Sweden`);
    }
    const code = text(feature, 'code');
    return {
      type: 'Feature' as const,
      id: code,
      properties: {
        code,
        name: text(feature, 'name'),
        municipalityCode,
        population: Number(feature.properties?.pop),
        year: Number(feature.properties?.year),
      },
      geometry: { type: 'Point' as const, coordinates: [coordinates[0], coordinates[1]] as [number, number] },
    };
  });
}

function requireUniqueIds(file: string, features: { id: string }[]): void {
  const seen = new Set<string>();
  features.forEach((feature, index) => {
    if (!feature.id || seen.has(feature.id)) {
      throw new IngestError({ file }, `feature ${index + 1}: missing or repeated code "${feature.id}"`);
    }
    seen.add(feature.id);
  });
}
