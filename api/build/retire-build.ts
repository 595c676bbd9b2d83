import type { AtlasBuild } from './atlas-build';

/** Long enough for every request that started on the previous build to finish its Parquet reads. */
export const RETIRE_GRACE_MS = 30_000;

type Kolada = Pick<AtlasBuild['kolada'], 'warm' | 'close'>;

/**
 * After a swap: the new build's DuckDB reader opens in the background, so the first request for a KPI outside
 * the atlas set does not wait for it, and the previous build's reader is closed once its requests are done, so
 * rebuild after rebuild does not leave DuckDB instances (and the old Parquet file's handle) behind. A request
 * that still reaches the previous build later reopens its reader: closing never makes an answer fail.
 */
export function retireBuild(
  previous: { kolada: Kolada },
  next: { kolada: Kolada },
  graceMs = RETIRE_GRACE_MS,
): void {
  if (previous.kolada === next.kolada) return;
  next.kolada.warm();
  setTimeout(() => previous.kolada.close(), graceMs).unref();
}
