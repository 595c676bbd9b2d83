import type { ProfileResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/build-index';
import { seriesOf } from './lookup';

function latestValue(build: AtlasBuild, indicatorId: string, code: string) {
  const series = seriesOf(build, indicatorId)
    .filter((s) => s.municipalities[code] !== undefined)
    .at(-1);
  return series ? { value: series.municipalities[code]!, year: series.year } : null;
}

const DERIVED_COUNTS = ['live_and_work', 'commuters_in', 'commuters_out', 'net_commuting'] as const;

/**
 * Derived in/out/live-and-work/net commuting counts for any of the 290 (from Kolada's employed-by-workplace and
 * by-residence figures, see the indicators' formulas), plus whether origin-destination flows exist for it.
 */
export function commutingSummary(build: AtlasBuild, code: string): ProfileResponse['commuting'] {
  const coverage = build.commuting.coverage.find((entry) => entry.municipality === code);
  const formulas = DERIVED_COUNTS.flatMap((id) => {
    const formula = build.indicatorById.get(id)?.formula;
    return formula ? [`${id} = ${formula}`] : [];
  });
  return {
    inCommuters: latestValue(build, 'commuters_in', code),
    outCommuters: latestValue(build, 'commuters_out', code),
    liveAndWork: latestValue(build, 'live_and_work', code),
    net: latestValue(build, 'net_commuting', code),
    method:
      formulas.length > 0
        ? `derived by the ingest: ${formulas.join('; ')}`
        : 'derived by the ingest from Kolada N02201, N02202 and N02274',
    source: build.indicatorById.get('commuters_in')?.sources[0] ?? null,
    flows: {
      years: coverage?.years ?? [],
      scope: coverage?.scope ?? 'no origin-destination flows in this build',
    },
  };
}
