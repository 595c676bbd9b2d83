import { koladaKpiIndicators } from '../sources/kolada-ddf';
import type { KpiMapper } from './kolada-observations';

/**
 * Kolada's U30446 codes shortage 0, balance 1, surplus 2; the build (and Boverket's file) uses -1, 0, 1.
 * Must stay the same as RECODE in ../sources/kolada-ddf.ts (a test compares both on the snapshot).
 */
const RECODE: Record<string, (value: number) => number> = { U30446: (value) => value - 1 };

/** Maps a KPI to the same indicator id, with the same recoding, as the offline Kolada loader. */
export function offlineKpiMapper(): KpiMapper {
  const indicators = koladaKpiIndicators();
  return (kpi, value) => {
    const indicator = indicators.get(kpi);
    if (!indicator) return null;
    const recode = RECODE[kpi];
    return { indicator, value: recode ? recode(value) : value };
  };
}
