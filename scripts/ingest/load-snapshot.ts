import type { CommutingFile, FirmSiteCollection } from '../../data/contract';
import type { RawFiles } from './raw-files';
import type { RawObservation } from './source-types';
import { loadBoverketBalance } from './sources/boverket-balance';
import { loadCommutingFlows } from './sources/commuting-flows';
import { loadFirmSites } from './sources/firm-sites';
import { loadGeography, type Geography } from './sources/geography';
import { loadKoladaDdf, type KoladaResult } from './sources/kolada-ddf';
import { loadReference, type Reference } from './sources/reference';
import { loadScbAgeEducation, loadScbHousingPopulation } from './sources/scb-long-csv';
import type { ProgressReporter, SummaryRow } from './summary';

export interface Snapshot {
  reference: Reference;
  geography: Geography;
  kolada: KoladaResult;
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

  const scb = loadScbHousingPopulation(files, reference);
  note(
    'SCB housing, population, income, unemployment',
    scb.observations.length,
    `${municipalitiesIn(scb.observations)} municipalities`,
    scb.warnings,
  );
  const age = loadScbAgeEducation(files, reference);
  note(
    'SCB age and education shares',
    age.observations.length,
    `${municipalitiesIn(age.observations)} municipalities`,
    age.warnings,
  );
  const boverket = loadBoverketBalance(files, reference);
  note(
    'Boverket housing market balance',
    boverket.observations.length,
    `${municipalitiesIn(boverket.observations)} municipalities`,
    boverket.warnings,
  );

  const kolada = loadKoladaDdf(files, reference, (file, rows) => progress(file, rows));
  note(
    `Kolada (${kolada.kpis.size} KPIs)`,
    kolada.observations.length,
    `${municipalitiesIn(kolada.observations)} municipalities`,
    kolada.warnings,
  );

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
    kolada,
    observations: [
      ...scb.observations,
      ...age.observations,
      ...boverket.observations,
      ...kolada.observations,
    ],
    commuting,
    firms: firmResult.sites,
    warnings,
    summary,
  };
}
