import { booleanPointInPolygon, point } from '@turf/turf';
import type { FirmSiteFeature, ManifestInput, MunicipalityFeature } from '../../../data/contract';
import { unavailable, type IndicatorDefinition } from '../../../data/indicators/types';
import type { RawObservation, SourceResult } from '../source-types';
import type { IndicatorImportRow, StoredImport } from '../../../data/contract/imports';
import { importedIndicatorId } from '../../../data/imports/imported-indicator-id';

export const IMPORT_SOURCE_ID = 'user-import';

/** What stored imports add to a build: indicators with their definitions, and firm sites. */
export interface ImportedData extends SourceResult {
  definitions: IndicatorDefinition[];
  firmSites: FirmSiteFeature[];
}

function decimalsOf(values: number[]): number {
  const places = values.map((v) => (String(v).split('.')[1] ?? '').length);
  return Math.min(4, Math.max(0, ...places));
}

function definitionFor(entry: StoredImport, rows: IndicatorImportRow[]): IndicatorDefinition {
  const first = rows[0]!;
  const file = entry.originalFile;
  return {
    id: importedIndicatorId(first.title),
    titleSv: first.title,
    titleEn: first.title,
    theme: first.theme,
    unit: first.unit,
    decimals: decimalsOf(rows.map((r) => r.value)),
    direction: first.direction,
    sources: [{ source: IMPORT_SOURCE_ID, table: first.source }],
    aggregate: unavailable({
      en: 'figures imported by a user: no county or national figure is computed',
      sv: 'värden som en användare har importerat: inget läns- eller riksvärde beräknas',
    }),
    caveat: {
      sv: `Egen uppgift, importerad från ${file} (${entry.importedAt.slice(0, 10)}); källa enligt filen: ${first.source}.`,
      en: `A user's own figures, imported from ${file} (${entry.importedAt.slice(0, 10)}); source as stated: ${first.source}.`,
    },
  };
}

function siteFeature(
  entry: StoredImport,
  row: StoredImport['firmRows'][number],
  municipalities: readonly MunicipalityFeature[],
  warnings: string[],
): FirmSiteFeature | null {
  const where = `import ${entry.name} (${entry.originalFile}:${row.line})`;
  const containing =
    row.lat !== null && row.lon !== null
      ? municipalities.find((m) => booleanPointInPolygon(point([row.lon!, row.lat!]), m.geometry))
      : undefined;
  const code = row.municipalityCode ?? containing?.id;
  const municipality = municipalities.find((m) => m.id === code);
  if (!municipality) {
    warnings.push(`${where}: site "${row.site}" is in no municipality of the atlas; left out`);
    return null;
  }
  if (containing && containing.id !== municipality.id) {
    warnings.push(
      `${where}: coordinates lie in ${containing.properties.name}, not in ${municipality.properties.name}`,
    );
  }
  const exact = row.lat !== null && row.lon !== null;
  const siteId = `${entry.name}-${row.line}`;
  return {
    type: 'Feature',
    id: siteId,
    properties: {
      siteId,
      company: row.company,
      siteName: row.site,
      municipalityCode: municipality.id,
      municipalityName: municipality.properties.name,
      nace: row.nace,
      naceGroup: row.nace.slice(0, 2),
      activity: row.activity,
      employees: row.employees,
      source: row.source,
      location: exact ? 'exact' : 'approximate',
      origin: `import:${entry.name}`,
    },
    geometry: {
      type: 'Point',
      coordinates: exact ? [row.lon!, row.lat!] : municipality.properties.interiorPoint,
    },
  };
}

/** Turns the stored imports into what the build takes from any source, with provenance "import". */
export function importsToSource(
  imports: readonly StoredImport[],
  municipalities: readonly MunicipalityFeature[],
): ImportedData {
  const observations: RawObservation[] = [];
  const definitions: IndicatorDefinition[] = [];
  const firmSites: FirmSiteFeature[] = [];
  const inputs: ManifestInput[] = [];
  const warnings: string[] = [];
  const known = new Set(municipalities.map((m) => m.id));
  for (const entry of imports) {
    inputs.push({
      path: `import:${entry.name}/${entry.originalFile}`,
      sha256: entry.sha256,
      rows: entry.indicatorRows.length + entry.firmRows.length,
      origin: 'import',
      fetchedAt: entry.importedAt,
    });
    const byTitle = new Map<string, IndicatorImportRow[]>();
    for (const row of entry.indicatorRows) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), row]);
    for (const rows of byTitle.values()) {
      const definition = definitionFor(entry, rows);
      if (definitions.some((d) => d.id === definition.id)) {
        warnings.push(
          `import ${entry.name}: indicator ${definition.id} already comes from another import; skipped`,
        );
        continue;
      }
      definitions.push(definition);
      for (const row of rows) {
        if (!known.has(row.municipalityCode)) {
          warnings.push(
            `import ${entry.name} line ${row.line}: unknown municipality ${row.municipalityCode}; skipped`,
          );
          continue;
        }
        observations.push({
          indicator: definition.id,
          area: row.municipalityCode,
          year: row.year,
          value: row.value,
          source: IMPORT_SOURCE_ID,
        });
      }
    }
    for (const row of entry.firmRows) {
      const feature = siteFeature(entry, row, municipalities, warnings);
      if (feature) firmSites.push(feature);
    }
  }
  return { observations, inputs, warnings, definitions, firmSites };
}
