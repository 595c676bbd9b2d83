import type { ManifestInput } from '../../../data/contract';
import type { KoladaConcept } from './catalogue';

/**
 * KPIs refreshed from the live Kolada v3 API, staged as DDF files in the dump's own layout (`kolada/datapoints--…`
 * under `dir`), so the whole-Kolada step reads them exactly like the dump's files and writes the same Parquet.
 * Every KPI not refreshed here comes from the snapshot's dump (docs/live-ingest.md says why).
 */
export interface KoladaLiveOverlay {
  /** The staging folder: holds `kolada/datapoints--by--geo--year/` and `kolada/datapoints--by--geo--gender--year/`. */
  dir: string;
  /** Metadata of every KPI that Kolada listed for this run, from `GET /v3/kpi`; replaces the dump's concept. */
  concepts: Map<string, KoladaConcept>;
  /** KPIs with at least one staged value. */
  staged: Set<string>;
  /** True when the whole catalogue was asked for (no `--kpis`): the dump's KPIs Kolada no longer lists are named. */
  wholeCatalogue: boolean;
  /** The live responses the staged files came from (they decide whether a previous Parquet file can be reused). */
  inputs: ManifestInput[];
  /** The latest fetch time among those responses. */
  fetchedAt: string | null;
}
