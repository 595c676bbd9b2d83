import { KOLADA_RECODE, koladaKpiIndicators } from '../sources/kolada-ddf';
import type { KpiMapper } from './kolada-observations';

/** Maps a KPI to the same indicator id, with the same recoding, as the offline Kolada loader. */
export function offlineKpiMapper(): KpiMapper {
  const indicators = koladaKpiIndicators();
  return (kpi, value) => {
    const indicator = indicators.get(kpi);
    if (!indicator) return null;
    const recode = KOLADA_RECODE[kpi];
    return { indicator, value: recode ? recode(value) : value };
  };
}
