import type { ManifestInput, SourceOrigin } from '../../../data/contract';
import type { KoladaConcept } from './catalogue';
import type { KoladaLiveOverlay } from './live-overlay';
import { BY_SEX_DIR, scanKpiFolder, TOTALS_DIR, type KpiFile } from './scan-files';

const SOURCE = 'kolada (whole catalogue)';
const listed = (kpis: string[]) =>
  `${kpis.slice(0, 12).join(', ')}${kpis.length > 12 ? `, … (${kpis.length} in all)` : ''}`;

export interface LiveOverlayPart {
  /** True for a KPI whose values come from the live overlay instead of the dump. */
  replaces(kpi: string): boolean;
  totals: KpiFile[];
  bySex: KpiFile[];
  skipped: { kpi: string; reason: string }[];
  warnings: string[];
  inputs: ManifestInput[];
  origins(liveKpis: number, dumpKpis: number): SourceOrigin[];
}

/**
 * What a live overlay changes in the whole-Kolada step. A KPI with live values takes Kolada v3's metadata and
 * files; every other KPI keeps the dump's (a live KPI without values keeps the dump's figures, with a warning,
 * rather than losing them). `concepts` (the dump's) gets the live concepts of the refreshed KPIs.
 */
export function liveOverlayPart(
  overlay: KoladaLiveOverlay | undefined,
  concepts: Map<string, KoladaConcept>,
): LiveOverlayPart {
  if (!overlay)
    return {
      replaces: () => false,
      totals: [],
      bySex: [],
      skipped: [],
      warnings: [],
      inputs: [],
      origins: () => [],
    };
  const staged = (folder: string, bySex: boolean) =>
    scanKpiFolder(overlay.dir, folder, bySex).files.map((file) => ({
      ...file,
      file: `${file.file} (staged from Kolada v3)`,
    }));
  const skipped: LiveOverlayPart['skipped'] = [];
  const keptFromDump: string[] = [];
  for (const [kpi, concept] of overlay.concepts) {
    if (overlay.staged.has(kpi)) continue;
    if (concepts.has(kpi)) keptFromDump.push(kpi);
    else
      skipped.push({
        kpi,
        reason: `${concept.fetchedFrom ?? 'Kolada v3'}: Kolada v3 lists ${kpi} but gave no values; not an atlas indicator`,
      });
  }
  const notListed = overlay.wholeCatalogue
    ? [...concepts.keys()].filter((kpi) => !overlay.concepts.has(kpi)).sort()
    : [];
  for (const kpi of overlay.staged) {
    const concept = overlay.concepts.get(kpi);
    if (concept) concepts.set(kpi, concept);
  }
  const warnings = [
    ...(keptFromDump.length > 0
      ? [
          `kolada (live): Kolada v3 gave no values for ${listed(keptFromDump.sort())}; the dump's figures are kept`,
        ]
      : []),
    ...(notListed.length > 0
      ? [
          `kolada (live): ${notListed.length} measures of the dump are not listed by Kolada v3 any more; the dump's figures (where it has any) are kept: ${listed(notListed)}`,
        ]
      : []),
  ];
  return {
    replaces: (kpi) => overlay.staged.has(kpi),
    totals: staged(TOTALS_DIR, false),
    bySex: staged(BY_SEX_DIR, true),
    skipped,
    warnings,
    inputs: overlay.inputs,
    origins: (liveKpis, dumpKpis) => [
      {
        source: SOURCE,
        origin: 'live',
        ...(overlay.fetchedAt ? { fetchedAt: overlay.fetchedAt } : {}),
        detail: `${liveKpis} KPIs from Kolada v3${overlay.wholeCatalogue ? '' : ' (--kpis)'}`,
      },
      {
        source: SOURCE,
        origin: 'snapshot',
        detail: `${dumpKpis} KPIs from the dump in kolada/ (August 2024)`,
      },
    ],
  };
}
