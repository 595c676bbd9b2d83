import type { CommutingFile, FirmSiteCollection, Theme } from '../../data/contract';
import type { TableTitles } from './observation-source';
import type { RawFiles } from './raw-files';
import type { RawObservation } from './source-types';
import { loadCommutingFlows } from './sources/commuting-flows';
import { loadFirmSites } from './sources/firm-sites';
import { loadGeography, type Geography } from './sources/geography';
import { loadReference, type Reference } from './sources/reference';
import { OBSERVATION_SOURCES } from './sources/observation-sources';
import type { ProgressReporter, SummaryRow } from './summary';

export interface Snapshot {
  reference: Reference;
  geography: Geography;
  /** Titles and themes the sources give their own tables (Kolada KPIs). */
  titles: TableTitles;
  observations: RawObservation[];
  commuting: CommutingFile;
  firms: FirmSiteCollection;
  warnings: string[];
  summary: SummaryRow[];
}

const municipalitiesIn = (observations: RawObservation[]) =>
  new Set(observations.filter((o) => o.area.length === 4).map((o) => o.area)).size;

/** Reads every file of the offline snapshot through its own parser. */
export function loadSnapshot(files: RawFiles, progress: ProgressReporter): Snapshot {
  const summary: SummaryRow[] = [];
  const warnings: string[] = [];
  const note = (source: string, rows: number, coverage: string, sourceWarnings: string[]) => {
    progress(source, rows);
    warnings.push(...sourceWarnings);
    summary.push({ source, rows, coverage, warnings: sourceWarnings.length });
  };

  const reference = loadReference(files);
  note(
    'reference (municipalities, LA 2022, classifications)',
    reference.municipalities.size,
    `${reference.municipalities.size} municipalities, ${reference.counties.size} counties`,
    reference.notes,
  );

  const geography = loadGeography(files, reference);
  const geoRows =
    geography.municipalities.features.length +
    geography.counties.features.length +
    geography.labourMarketRegions.features.length +
    geography.urbanAreas.features.length;
  note(
    'geo (municipalities, counties, LA regions, urban areas)',
    geoRows,
    `${geography.municipalities.features.length} municipalities, ${geography.urbanAreas.features.length} urban areas`,
    geography.warnings,
  );

  const observations: RawObservation[] = [];
  const titles = new Map<string, { theme: Theme; titleSv: string }>();
  for (const source of OBSERVATION_SOURCES) {
    const result = source.load({ files, reference, progress });
    note(
      source.name(result),
      result.observations.length,
      `${municipalitiesIn(result.observations)} municipalities`,
      result.warnings,
    );
    for (const observation of result.observations) observations.push(observation);
    for (const [table, title] of result.titles ?? []) titles.set(table, title);
  }

  const commuting = loadCommutingFlows(files, reference);
  const withFlows = commuting.coverage.filter((entry) => entry.years.length > 0).length;
  note('SCB commuting flows (Norrbotten)', commuting.flows.length, `${withFlows} of 290 municipalities`, []);

  const firmResult = loadFirmSites(files, geography.municipalities.features);
  const approximate = firmResult.sites.features.filter((f) => f.properties.location === 'approximate').length;
  note(
    'metal-industry sites',
    firmResult.sites.features.length,
    `${approximate} approximate positions`,
    firmResult.warnings,
  );

  return {
    reference,
    geography,
    titles,
    observations,
    commuting,
    firms: firmResult.sites,
    warnings,
    summary,
  };
}
