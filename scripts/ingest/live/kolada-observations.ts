import type { RawObservation } from '../source-types';
import type { KoladaPoint } from './kolada-normalise';

/** The offline build's rule for one KPI: which indicator it fills and how its value is converted (if at all). */
export type KpiMapper = (kpi: string, value: number) => { indicator: string; value: number } | null;

/**
 * Kolada points to raw observations. Only the total (`T`) fills an indicator, as in the offline build;
 * the K/M splits are not indicators of the atlas.
 */
export function koladaObservations(
  points: readonly KoladaPoint[],
  mapKpi: KpiMapper,
): {
  observations: RawObservation[];
  unmapped: string[];
} {
  const observations: RawObservation[] = [];
  const unmapped = new Set<string>();
  for (const point of points) {
    if (point.gender !== 'T') continue;
    const mapped = mapKpi(point.kpi, point.value);
    if (!mapped) {
      unmapped.add(point.kpi);
      continue;
    }
    observations.push({ ...mapped, area: point.area, year: point.year, source: 'kolada' });
  }
  return { observations, unmapped: [...unmapped].sort() };
}
