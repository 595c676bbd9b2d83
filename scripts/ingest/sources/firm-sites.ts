import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { FirmSiteCollection, FirmSiteFeature, MunicipalityFeature } from '../../../data/contract';
import { readCsv, type CsvRow } from '../csv/read-csv';
import { parseNumber } from '../csv/parse-number';
import { IngestError, formatLocation } from '../errors';
import { insideSwedenBox } from '../geojson/area-geometry';
import type { RawFiles } from '../raw-files';

export const FIRM_FILE = 'firms/metal-sites.csv';
/** The simplified polygons leave slivers along coasts and borders: closer than this counts as inside, with a warning. */
export const SLIVER_TOLERANCE_KM = 3;

const COLUMNS = [
  'site_id',
  'company',
  'site_name',
  'municipality_name',
  'municipality_code',
  'lat',
  'lon',
  'nace',
];

export interface FirmSitesResult {
  sites: FirmSiteCollection;
  warnings: string[];
}

/**
 * Metal-industry sites. Sites without coordinates go to their municipality's interior point, marked approximate;
 * sites with coordinates must lie in Sweden and in the municipality they state (swapped lat/lon is fixed).
 */
export function loadFirmSites(
  files: RawFiles,
  municipalities: MunicipalityFeature[],
  file = FIRM_FILE,
): FirmSitesResult {
  const table = readCsv(files, file, COLUMNS);
  const byCode = new Map(municipalities.map((feature) => [feature.id, feature]));
  const warnings = [...table.notes];
  const seen = new Set<string>();
  const features = table.rows.map((row): FirmSiteFeature => {
    const siteId = row.get('site_id').trim();
    if (!siteId || seen.has(siteId))
      throw new IngestError(row.cell('site_id'), `missing or duplicate site id "${siteId}"`);
    seen.add(siteId);
    const code = row.get('municipality_code').trim();
    const municipality = byCode.get(code);
    if (!municipality)
      throw new IngestError(row.cell('municipality_code'), `unknown municipality code "${code}"`);
    const nace = row.get('nace').trim();
    if (!/^\d{2}(\.\d{1,2})?$/.test(nace)) {
      throw new IngestError(row.cell('nace'), `NACE code must look like 24, 24.5 or 24.10, found "${nace}"`);
    }
    const position = sitePosition(row, municipality, municipalities, warnings);
    const optional = (column: string) => (table.header.includes(column) ? row.get(column).trim() : '');
    return {
      type: 'Feature',
      id: siteId,
      properties: {
        siteId,
        company: row.get('company').trim(),
        siteName: row.get('site_name').trim(),
        municipalityCode: code,
        municipalityName: municipality.properties.name,
        nace,
        naceGroup: nace.slice(0, 2),
        activity: optional('activity'),
        employees: optional('employees') || null,
        source: optional('source') || 'not stated',
        location: position ? 'exact' : 'approximate',
        origin: 'snapshot',
      },
      geometry: { type: 'Point', coordinates: position ?? municipality.properties.interiorPoint },
    };
  });
  return { sites: { type: 'FeatureCollection', features: features }, warnings };
}

/** The checked [lon, lat] of a site, or null when the source gives no coordinates. */
function sitePosition(
  row: CsvRow,
  municipality: MunicipalityFeature,
  all: MunicipalityFeature[],
  warnings: string[],
): [number, number] | null {
  const lat = parseNumber(row.get('lat'), row.cell('lat'));
  const lon = parseNumber(row.get('lon'), row.cell('lon'));
  if (lat === null && lon === null) return null;
  if (lat === null || lon === null)
    throw new IngestError(row.cell(lat === null ? 'lat' : 'lon'), 'only one of lat/lon given');
  let point: [number, number] = [lon, lat];
  if (!insideSwedenBox(point) && insideSwedenBox([lat, lon])) {
    point = [lat, lon];
    warnings.push(`${formatLocation(row.cell('lat'))}: lat and lon were swapped; corrected`);
  }
  const where = row.cell('lat');
  const containing = all.find((feature) => booleanPointInPolygon(point, feature.geometry));
  if (containing?.id === municipality.id) return point;
  const distanceKm = pointToPolygonDistance(point, municipality.geometry, { units: 'kilometers' });
  if (distanceKm <= SLIVER_TOLERANCE_KM) {
    warnings.push(
      `${formatLocation(where)}: site lies ${distanceKm.toFixed(1)} km outside the simplified polygon of ${municipality.id}; kept`,
    );
    return point;
  }
  if (!containing) throw new IngestError(where, `site [${point.join(', ')}] lies outside Sweden`);
  throw new IngestError(
    where,
    `site lies in ${containing.id} ${containing.properties.name}, not in its stated municipality ${municipality.id}`,
  );
}
