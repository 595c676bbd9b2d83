import type { KoladaCatalogueFile, ManifestInput, SourceOrigin } from '../../../data/contract';
import { KOLADA_ID_RULE } from '../../../data/indicators/kolada-catalogue-rules';
import { readCsv } from '../csv/read-csv';
import type { RawFiles } from '../raw-files';
import { KOLADA_DIR, koladaKpiIndicators } from '../sources/kolada-ddf';
import type { Reference } from '../sources/reference';
import type { SummaryRow } from '../summary';
import { catalogueEntry, isSummable, readConcepts } from './catalogue';
import { buildColumnar } from './columnar';
import { liveOverlayPart } from './live-overlay-part';
import type { KoladaLiveOverlay } from './live-overlay';
import { keyOf, reusePrevious } from './reuse-previous';
import { BY_SEX_DIR, scanKpiFolder, TOTALS_DIR } from './scan-files';

const CONCEPTS_FILE = `${KOLADA_DIR}/ddf--concepts.csv`;

/** The whole dump (default) or only the KPIs of the curated atlas set. */
export type KoladaScope = 'all' | 'atlas-set';

export interface KoladaAllResult {
  catalogue: KoladaCatalogueFile;
  parquet: { file: string; rows: number }[];
  /** True when the previous build's Parquet file was copied (no Kolada input changed). */
  reused: boolean;
  inputs: ManifestInput[];
  warnings: string[];
  summary: SummaryRow;
  /** With a live overlay: how many KPIs came live and how many from the dump. */
  origins: SourceOrigin[];
}

/**
 * The whole Kolada dump: every measure with a data file becomes a catalogue entry, every value goes into Parquet.
 * The files decide (not Kolada's flags): a KPI has data when its file exists, a split by sex when its by-sex file
 * does. Everything left out is listed in `skipped` with the reason.
 */
export async function assembleKoladaAll(
  files: RawFiles,
  reference: Reference,
  dirs: {
    tempDir: string;
    previousDir: string;
    ingestVersion: string;
    /** The Parquet file's name once every input is known (it carries the build id, made from the inputs). */
    parquetFileFor: (koladaInputs: ManifestInput[]) => string;
    /** `atlas-set`: only the KPIs the curated atlas set carries (a smaller build, e.g. to show the dump's cost). */
    scope?: KoladaScope;
    /** KPIs refreshed from the live API (`--live`): they replace the dump's files and concepts. */
    live?: KoladaLiveOverlay;
  },
): Promise<KoladaAllResult> {
  const { tempDir } = dirs;
  const conceptsTable = readCsv(files, CONCEPTS_FILE, ['concept', 'concept_type', 'name']);
  const concepts = readConcepts(conceptsTable);
  const curated = koladaKpiIndicators();
  const only = dirs.scope === 'atlas-set' ? new Set(curated.keys()) : undefined;
  const live = liveOverlayPart(dirs.live, concepts);
  const include = (kpi: string) => (!only || only.has(kpi)) && !live.replaces(kpi);
  const totals = scanKpiFolder(files.rawDir, TOTALS_DIR, false, include);
  const bySexFiles = scanKpiFolder(files.rawDir, BY_SEX_DIR, true, include);
  totals.files.push(...live.totals);
  bySexFiles.files.push(...live.bySex);
  for (const list of [totals.files, bySexFiles.files]) list.sort((a, b) => a.kpi.localeCompare(b.kpi));
  const skipped = [...totals.skipped, ...bySexFiles.skipped, ...live.skipped];
  const withConcept = (list: typeof totals.files) =>
    list.filter((file) => {
      if (concepts.has(file.kpi)) return true;
      skipped.push({
        kpi: file.kpi,
        reason: `${file.file}:1: no measure ${file.kpi} in ${CONCEPTS_FILE}; not read`,
      });
      return false;
    });
  const totalFiles = withConcept(totals.files);
  const sexFiles = withConcept(bySexFiles.files).filter((file) => {
    if (totalFiles.some((total) => total.kpi === file.kpi)) return true;
    skipped.push({ kpi: file.kpi, reason: `${file.file}: a split by sex without a totals file; not read` });
    return false;
  });
  const withData = new Set(totalFiles.map((file) => file.kpi));
  for (const concept of concepts.values()) {
    if (only && !only.has(concept.kpi)) continue;
    if (!withData.has(concept.kpi) && !skipped.some((entry) => entry.kpi === concept.kpi))
      skipped.push({
        kpi: concept.kpi,
        reason: `${CONCEPTS_FILE}:${concept.line}: measure ${concept.kpi} has no data file`,
      });
  }
  const countyOf = new Map([...reference.municipalities.values()].map((m) => [m.code, m.countyCode]));
  const summable = new Set([...withData].filter((kpi) => isSummable(concepts.get(kpi)!)));
  const inputs = [totals.input, bySexFiles.input].filter((input) => input !== null);
  const columnarKey = keyOf(`${dirs.ingestVersion} ${dirs.scope ?? 'all'}`, files, [
    ...inputs,
    ...live.inputs,
  ]);
  const parquetFile = dirs.parquetFileFor(inputs);
  const previous = reusePrevious(dirs.previousDir, columnarKey, tempDir, parquetFile);
  const columnar =
    previous ??
    (await buildColumnar({
      totals: totalFiles,
      bySex: sexFiles,
      countyOf,
      summable,
      outDir: tempDir,
      parquetFile,
    }));

  const entries: KoladaCatalogueFile['entries'] = [];
  let flagMismatches = 0;
  for (const kpi of [...withData].sort()) {
    const concept = concepts.get(kpi)!;
    const coverage = columnar.coverage.get(kpi) ?? [];
    if (!coverage.some((year) => year.municipalities > 0)) {
      skipped.push({
        kpi,
        reason: `${TOTALS_DIR}: ${kpi} has no municipal values (municipality_type "${concept.municipalityType}": region-only); not an atlas indicator`,
      });
      continue;
    }
    const bySex = columnar.bySex.has(kpi);
    if (bySex !== concept.flaggedBySex) flagMismatches += 1;
    entries.push(
      catalogueEntry({
        concept,
        coverage,
        bySex,
        curatedId: curated.get(kpi),
        municipalityCount: countyOf.size,
      }),
    );
  }
  const warnings = [
    ...(only
      ? [
          `kolada: --atlas-set-only: the ${only.size} KPIs of the atlas set alone; the rest of the dump is not read`,
        ]
      : []),
    ...conceptsTable.notes,
    ...live.warnings,
    ...skipped.map((entry) => `kolada: ${entry.reason}`),
    ...(flagMismatches > 0
      ? [
          `kolada: ${flagMismatches} KPIs' is_divided_by_gender flag disagrees with the files; the files decide`,
        ]
      : []),
  ];
  const liveEntries = entries.filter((entry) => live.replaces(entry.indicator.kpi ?? '')).length;
  return {
    origins: live.origins(liveEntries, entries.length - liveEntries),
    catalogue: { idRule: KOLADA_ID_RULE, columnarKey, entries, skipped },
    parquet: columnar.parquet,
    reused: previous !== null,
    inputs,
    warnings,
    summary: {
      source: dirs.live
        ? `Kolada, whole catalogue (${entries.length} KPIs, ${liveEntries} live, ${columnar.bySex.size} by sex)`
        : `Kolada, whole dump (${entries.length} KPIs, ${columnar.bySex.size} by sex)`,
      rows: columnar.totalValues,
      coverage: `${entries.filter((e) => e.aliasOf).length} in the atlas set, ${skipped.length} skipped`,
      warnings: warnings.length,
    },
  };
}
