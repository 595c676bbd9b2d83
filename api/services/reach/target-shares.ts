import type { SourceRef } from '../../../data/contract';
import type { ReachTarget } from '../../../data/contract/reach';
import type { AtlasBuild } from '../../build/atlas-build';
import { sourceOf } from '../aggregates';
import { REACH_YEAR } from './reach-points';

export interface TargetShares {
  /** Municipality code -> share (0-1) of its population in the target group, REACH_YEAR. */
  shares: ReadonlyMap<string, number>;
  sources: SourceRef[];
}

function yearSeries(build: AtlasBuild, id: string) {
  const indicator = build.indicatorById.get(id);
  const series = build.seriesByIndicator.get(id)?.get(REACH_YEAR);
  return indicator && series ? { values: series.municipalities, source: sourceOf(indicator, series) } : null;
}

/**
 * Each municipality's share of the target group: residents aged 20-64 (Kolada N01961, percent) or employed
 * residents (Kolada N02202 over SCB's population), both for the urban areas' year. A municipality without the
 * input has no share, and its people are left out of the count (the answer lists the inputs' sources).
 */
export function targetShares(build: AtlasBuild, target: ReachTarget): TargetShares {
  const population = yearSeries(build, 'population_total');
  const shares = new Map<string, number>();
  const sources: SourceRef[] = population ? [population.source] : [];
  if (target === 'age_20_64') {
    const share = yearSeries(build, 'share_aged_20_64');
    if (share) {
      sources.push(share.source);
      for (const [code, value] of Object.entries(share.values)) shares.set(code, value / 100);
    }
  } else {
    const employed = yearSeries(build, 'employed_by_residence');
    if (employed && population) {
      sources.push(employed.source);
      for (const [code, value] of Object.entries(employed.values)) {
        const total = population.values[code];
        if (total !== undefined && total > 0) shares.set(code, value / total);
      }
    }
  }
  return { shares, sources };
}
