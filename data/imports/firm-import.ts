import { TEXT_LIMITS } from '../contract/clean-text';
import { CellError, limitText, parseDecimal, parseMunicipalityCode, requireText } from './cell-parsers';
import type { FirmImportRow, RejectedRow } from '../contract/imports';
import type { PreviewOptions } from './preview-options';
import type { ImportTable } from './read-import-csv';
import { rejectRow, validateRows } from './validate-rows';

export const FIRM_COLUMNS = ['company', 'site', 'nace', 'activity', 'source'];

/** The box around Sweden, to catch swapped or mistyped coordinates early. */
const SWEDEN = { minLat: 55, maxLat: 69.1, minLon: 10.9, maxLon: 24.2 };

function optionalCoordinate(raw: string, min: number, max: number, name: string): number | null {
  if (raw.trim() === '') return null;
  const value = parseDecimal(raw);
  if (value < min || value > max)
    throw new CellError(`${name} ${value} is outside Sweden (${min} to ${max})`);
  return value;
}

/** "24,1" is what Swedish Excel makes of 24.10: read the comma as the point. */
function parseNace(raw: string): string {
  const nace = raw.trim().replace(',', '.');
  if (!/^\d{2}(\.\d{1,2})?$/.test(nace))
    throw new CellError(`a NACE code looks like 24, 24.5 or 24.10; found "${raw}"`);
  return nace;
}

/**
 * Firm sites: company, site, NACE, activity and source, placed by lat/lon (WGS84) or, failing that, by
 * municipality code (then shown at the municipality's interior point, marked approximate).
 */
export function validateFirmRows(
  table: ImportTable,
  options: PreviewOptions = {},
): { accepted: FirmImportRow[]; rejected: RejectedRow[] } {
  const seen = new Map<string, number>();
  return validateRows(table, FIRM_COLUMNS, (read, line): FirmImportRow => {
    const company = read('company', (raw) => requireText(raw, 'the company', TEXT_LIMITS.name));
    const site = read('site', (raw) => requireText(raw, 'the site name', TEXT_LIMITS.name));
    const lat = read('lat', (raw) => optionalCoordinate(raw, SWEDEN.minLat, SWEDEN.maxLat, 'latitude'));
    const lon = read('lon', (raw) => optionalCoordinate(raw, SWEDEN.minLon, SWEDEN.maxLon, 'longitude'));
    const municipalityCode = read('municipality_code', (raw) =>
      raw.trim() === '' ? null : parseMunicipalityCode(raw, options.municipalityCodes),
    );
    if ((lat === null) !== (lon === null)) rejectRow(line, 'give both lat and lon, or neither');
    if (lat === null && municipalityCode === null) {
      rejectRow(line, 'a site needs lat and lon or a municipality_code');
    }
    const key = `${company.toLowerCase()}|${site.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) rejectRow(line, `duplicate of line ${first} (same company and site)`);
    seen.set(key, line);
    const employees = read('employees', (raw) =>
      raw.trim() ? limitText(raw.trim(), 'employees', TEXT_LIMITS.unit) : null,
    );
    return {
      line,
      company,
      site,
      lat,
      lon,
      municipalityCode,
      nace: read('nace', parseNace),
      activity: read('activity', (raw) => limitText(raw.trim(), 'the activity', TEXT_LIMITS.note)),
      employees,
      source: read('source', (raw) =>
        requireText(raw, 'the source (where the facts come from)', TEXT_LIMITS.source),
      ),
    };
  });
}
