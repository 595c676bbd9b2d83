import type {
  AggregateRule,
  Indicator,
  KoladaCatalogueEntry,
  KoladaYearCoverage,
} from '../../../data/contract';
import {
  koladaIndicatorId,
  parseKoladaCategories,
  parseKoladaUnit,
  splitOperatingAreas,
  themeOfAreas,
} from '../../../data/indicators/kolada-catalogue-rules';
import { ageGroupCaveat, ageGroupChange, titlesForYears } from '../../../data/indicators/kolada-age-groups';
import { SOURCES } from '../../../data/sources/sources';
import { sourceRef } from '../assemble/catalogue';
import type { CsvTable } from '../csv/read-csv';

export interface KoladaConcept {
  kpi: string;
  title: string;
  description: string;
  areas: string[];
  municipalityType: string;
  /** Kolada's own flag; unreliable (data README): reported against the files, never used. */
  flaggedBySex: boolean;
  line: number;
  /** Where a live concept came from (`live:GET <url>`); a dump concept has none and is named by its line. */
  fetchedFrom?: string;
}

/** The measures of ddf--concepts.csv (entity concepts are not indicators). */
export function readConcepts(table: CsvTable): Map<string, KoladaConcept> {
  const concepts = new Map<string, KoladaConcept>();
  for (const row of table.rows) {
    if (row.get('concept_type') !== 'measure') continue;
    const kpi = row.get('concept').trim().toUpperCase();
    concepts.set(kpi, {
      kpi,
      title: row.get('name').trim(),
      // Kolada writes line breaks as the two characters \n.
      description: row.get('description').replace(/\\n/g, '\n').trim(),
      areas: splitOperatingAreas(row.get('operating_area')),
      municipalityType: row.get('municipality_type').trim(),
      flaggedBySex: ['true', '1', 'True', 'TRUE'].includes(row.get('is_divided_by_gender').trim()),
      line: row.line,
    });
  }
  return concepts;
}

const NO_BASE =
  'Kolada publishes no figure here and this KPI is not a count: a mean of municipal values would need a named ' +
  'base (population, pupils, users) that Kolada does not state, so none is computed';
const INCOMPLETE = 'a sum is computed only where every municipality has a value; none had all that year';

export interface CatalogueInput {
  concept: KoladaConcept;
  coverage: KoladaYearCoverage[];
  bySex: boolean;
  /** The curated atlas indicator that already carries this KPI, if any. */
  curatedId: string | undefined;
  /** Municipalities in the reference table (290): a national sum needs every one. */
  municipalityCount: number;
}

/** One catalogue entry; the unit decides whether counties and the nation may be summed (counts only). */
export function catalogueEntry({
  concept,
  coverage,
  bySex,
  curatedId,
  municipalityCount,
}: CatalogueInput): KoladaCatalogueEntry {
  const categories = parseKoladaCategories(concept.title, concept.description);
  const parsed = parseKoladaUnit(concept.title, categories !== undefined);
  const withMunicipal = coverage.filter((entry) => entry.municipalities > 0);
  const latest = withMunicipal.at(-1);
  const summable = parsed.unit === 'count';
  const rule = (published: boolean, summed: boolean): AggregateRule => {
    if (published) return { kind: 'published' };
    if (summable) return summed ? { kind: 'sum' } : { kind: 'unavailable', reason: INCOMPLETE };
    return { kind: 'unavailable', reason: NO_BASE };
  };
  const complete = latest !== undefined && latest.municipalities === municipalityCount;
  const change = ageGroupChange(concept.title, concept.description);
  const title = { sv: concept.title, en: concept.title };
  const indicator: Indicator = {
    id: koladaIndicatorId(concept.kpi),
    title: change ? titlesForYears(title, change, latest?.year ?? null) : title,
    ...(change ? { caveat: ageGroupCaveat(change) } : {}),
    titleLanguage: 'sv',
    theme: themeOfAreas(concept.areas),
    unit: parsed.unit,
    unitText: parsed.text,
    decimals: parsed.decimals,
    direction: 'neutral',
    sources: [sourceRef(SOURCES.kolada, concept.kpi)],
    years: withMunicipal.map((entry) => entry.year),
    coverage: { latestYear: latest?.year ?? null, municipalities: latest?.municipalities ?? 0 },
    countyRule: rule((latest?.publishedCounties ?? 0) > 0, true),
    nationalRule: rule(latest?.publishedNational ?? false, complete),
    derived: false,
    ...(categories ? { categories } : {}),
    kpi: concept.kpi,
    groups: concept.areas,
    atlasSet: false,
    bySex,
  };
  return {
    indicator,
    ...(curatedId ? { aliasOf: curatedId } : {}),
    descriptionSv: concept.description,
    municipalityType: concept.municipalityType,
    coverageByYear: coverage,
  };
}

/** Counts may be summed; decided from the title alone, before any value is read. */
export const isSummable = (concept: KoladaConcept): boolean =>
  parseKoladaUnit(concept.title, parseKoladaCategories(concept.title, concept.description) !== undefined)
    .unit === 'count';
