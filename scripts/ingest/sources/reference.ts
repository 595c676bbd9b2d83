import { IngestError } from '../errors';
import { readCsv, type CsvRow } from '../csv/read-csv';
import type { RawFiles } from '../raw-files';

/** Fixed attributes of one municipality, joined from the three reference tables. */
export interface MunicipalityReference {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  laCode: string;
  laName: string;
  la2023Code: string;
  skrGroupCode: string;
  skrGroupName: string;
  skrMainGroup: string;
  degurba: 1 | 2 | 3;
}

export interface Reference {
  municipalities: Map<string, MunicipalityReference>;
  counties: Map<string, string>;
  /** Normalisations applied while reading (BOM, legacy encoding), for the build warnings. */
  notes: string[];
}

export const REFERENCE_FILES = {
  municipalities: 'reference/municipalities.csv',
  labourMarketRegions: 'reference/municipality-labour-market-region-2022.csv',
  classifications: 'reference/regional-classifications-2025.csv',
} as const;

export function loadReference(files: RawFiles): Reference {
  const base = readCsv(files, REFERENCE_FILES.municipalities, [
    'municipality_code',
    'municipality_name_short',
    'county_code',
    'county_name',
  ]);
  const laTable = readCsv(files, REFERENCE_FILES.labourMarketRegions, [
    'municipality_code',
    'la_code',
    'la_name',
  ]);
  const la = indexByCode(laTable.rows);
  const classTable = readCsv(files, REFERENCE_FILES.classifications, [
    'municipality_code',
    'la_region_code_2023',
    'skr_kommungrupp_2023_code',
    'skr_kommungrupp_2023_name',
    'skr_huvudgrupp',
    'degurba',
  ]);
  const classes = indexByCode(classTable.rows);
  const municipalities = new Map<string, MunicipalityReference>();
  const counties = new Map<string, string>();
  for (const row of base.rows) {
    const code = row.get('municipality_code');
    if (!/^\d{4}$/.test(code) || municipalities.has(code)) {
      throw new IngestError(
        row.cell('municipality_code'),
        `missing, malformed or repeated municipality code "${code}"`,
      );
    }
    const laRow = la.get(code);
    const classRow = classes.get(code);
    if (!laRow || !classRow) {
      const missingFrom = laRow ? REFERENCE_FILES.classifications : REFERENCE_FILES.labourMarketRegions;
      throw new IngestError(
        { file: base.file, line: row.line },
        `municipality ${code} is missing from ${missingFrom}`,
      );
    }
    const degurba = Number(classRow.get('degurba'));
    if (degurba !== 1 && degurba !== 2 && degurba !== 3) {
      throw new IngestError(
        { file: REFERENCE_FILES.classifications, line: classRow.line, column: classRow.columnOf('degurba') },
        `DEGURBA must be 1, 2 or 3, found "${classRow.get('degurba')}"`,
      );
    }
    const countyCode = row.get('county_code');
    counties.set(countyCode, row.get('county_name'));
    municipalities.set(code, {
      code,
      name: row.get('municipality_name_short'),
      countyCode,
      countyName: row.get('county_name'),
      laCode: laRow.get('la_code'),
      laName: laRow.get('la_name'),
      la2023Code: classRow.get('la_region_code_2023'),
      skrGroupCode: classRow.get('skr_kommungrupp_2023_code'),
      skrGroupName: classRow.get('skr_kommungrupp_2023_name'),
      skrMainGroup: classRow.get('skr_huvudgrupp'),
      degurba,
    });
  }
  return { municipalities, counties, notes: [...base.notes, ...laTable.notes, ...classTable.notes] };
}

function indexByCode(rows: CsvRow[]): Map<string, CsvRow> {
  return new Map(rows.map((row) => [row.get('municipality_code'), row]));
}
