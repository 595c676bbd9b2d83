import type {
  CommutingFile,
  FirmSiteCollection,
  MunicipalityFeature,
  SourceOrigin,
} from '../../data/contract';
import type { IndicatorDefinition } from '../../data/indicators';
import { IngestError } from './errors';
import type { KoladaLiveOverlay } from './kolada-all/live-overlay';
import type { Snapshot } from './load-snapshot';
import type { Reference } from './sources/reference';
import type { RawObservation, SourceResult } from './source-types';
import type { SummaryRow } from './summary';

/**
 * Another loader's contribution (live fetch, a user's CSV): observations plus any indicators it defines, firm
 * sites it adds, and a commuting file that replaces the snapshot's (e.g. the live 290x290 matrix).
 */
export interface ExtraSource extends SourceResult {
  name: string;
  definitions?: IndicatorDefinition[];
  firmSites?: FirmSiteCollection['features'];
  commuting?: CommutingFile;
  /** Live KPIs of the whole Kolada catalogue, staged as DDF files: they replace the dump's. */
  koladaCatalogue?: KoladaLiveOverlay;
  /** Per source: live or the snapshot, and when it was fetched (written to the manifest's `sources`). */
  origins?: SourceOrigin[];
}

/** What a loader may need from the snapshot, e.g. polygons to place imported sites. */
export interface SnapshotContext {
  municipalities: MunicipalityFeature[];
  reference: Reference;
}

export type ExtraSourceLoader = (context: SnapshotContext) => Promise<ExtraSource[]> | ExtraSource[];

export interface MergedInputs {
  definitions: IndicatorDefinition[];
  observations: RawObservation[];
  commuting: CommutingFile;
  firms: FirmSiteCollection;
  warnings: string[];
  summary: SummaryRow[];
}

/**
 * Adds extra sources after the snapshot: for the same cell and source their values win (they are newer);
 * an extra indicator may not reuse an id the atlas defines, so links to an atlas indicator never change meaning.
 */
export function mergeExtras(
  snapshot: Snapshot,
  baseDefinitions: IndicatorDefinition[],
  extras: ExtraSource[],
): MergedInputs {
  const definitions = [...baseDefinitions];
  const ids = new Set(definitions.map((definition) => definition.id));
  const observations = [...snapshot.observations];
  const warnings = [...snapshot.warnings];
  const summary = [...snapshot.summary];
  const firms = [...snapshot.firms.features];
  const siteIds = new Set(firms.map((site) => site.id));
  let commuting = snapshot.commuting;
  for (const extra of extras) {
    for (const definition of extra.definitions ?? []) {
      if (ids.has(definition.id)) {
        throw new IngestError({ file: extra.name }, `indicator id ${definition.id} is already defined`);
      }
      ids.add(definition.id);
      definitions.push(definition);
    }
    let accepted = 0;
    for (const observation of extra.observations) {
      if (!ids.has(observation.indicator)) continue;
      observations.push(observation);
      accepted += 1;
    }
    if (accepted < extra.observations.length) {
      warnings.push(
        `${extra.name}: ${extra.observations.length - accepted} values of unknown indicators skipped`,
      );
    }
    for (const site of extra.firmSites ?? []) {
      if (siteIds.has(site.id)) {
        warnings.push(`${extra.name}: firm site ${site.id} already exists; skipped`);
        continue;
      }
      siteIds.add(site.id);
      firms.push(site);
    }
    if (extra.commuting) commuting = extra.commuting;
    warnings.push(...extra.warnings);
    const added = [
      `${accepted} values`,
      extra.firmSites?.length ? `${extra.firmSites.length} sites` : '',
      extra.commuting ? `${extra.commuting.flows.length} flows` : '',
    ];
    summary.push({
      source: extra.name,
      rows: accepted + (extra.firmSites?.length ?? 0) + (extra.commuting?.flows.length ?? 0),
      coverage: added.filter(Boolean).join(', '),
      warnings: extra.warnings.length,
    });
  }
  return {
    definitions,
    observations,
    commuting,
    firms: { type: 'FeatureCollection', features: firms },
    warnings,
    summary,
  };
}
