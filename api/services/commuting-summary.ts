import type { ProfileResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import type { LocalisedText, SourceRef } from '../../data/contract';
import { sourceLabel } from '../../data/format/source-label';
import { sourceOf } from './aggregates';
import { seriesOf } from './lookup';

function latestSeries(build: AtlasBuild, indicatorId: string, code: string) {
  return seriesOf(build, indicatorId)
    .filter((s) => s.municipalities[code] !== undefined)
    .at(-1);
}

function latestValue(build: AtlasBuild, indicatorId: string, code: string) {
  const series = latestSeries(build, indicatorId, code);
  return series ? { value: series.municipalities[code]!, year: series.year } : null;
}

const DERIVED_COUNTS = ['live_and_work', 'commuters_in', 'commuters_out', 'net_commuting'] as const;

/**
 * In/out/live-and-work/net commuting counts for any of the 290 (derived from Kolada's employed-by-workplace and
 * by-residence figures, or SCB's own counts in a live build), plus whether origin-destination flows exist for it.
 */
export function commutingSummary(build: AtlasBuild, code: string): ProfileResponse['commuting'] {
  const coverage = build.commuting.coverage.find((entry) => entry.municipality === code);
  const formulas = DERIVED_COUNTS.flatMap((id) => {
    const formula = build.indicatorById.get(id)?.formula;
    return formula ? [`${id} = ${formula}`] : [];
  });
  const indicator = build.indicatorById.get('commuters_in');
  const inbound = latestSeries(build, 'commuters_in', code);
  const source = indicator && inbound ? sourceOf(indicator, inbound) : (indicator?.sources[0] ?? null);
  const derived = formulas.length > 0 ? `derived by the ingest: ${formulas.join('; ')}` : null;
  return {
    inCommuters: latestValue(build, 'commuters_in', code),
    outCommuters: latestValue(build, 'commuters_out', code),
    liveAndWork: latestValue(build, 'live_and_work', code),
    net: latestValue(build, 'net_commuting', code),
    // SCB's own counts (a live build) are published figures; otherwise the ingest derived them from Kolada.
    method:
      source && source.id !== 'kolada'
        ? `published by ${source.publisher} (${source.table}); net = in-commuters - out-commuters`
        : (derived ?? 'derived by the ingest from Kolada N02201, N02202 and N02274'),
    methodText: methodTextOf(source && source.id !== 'kolada' ? source : null, inbound?.year ?? null),
    source,
    flows: {
      years: coverage?.years ?? [],
      scope: coverage?.scope ?? 'no origin-destination flows in this build',
    },
  };
}

/** How the counts were obtained, in each language: SCB's published counts, or derived from three Kolada KPIs. */
function methodTextOf(published: SourceRef | null, year: number | null): LocalisedText {
  if (published)
    return {
      sv: `Publicerat av ${sourceLabel(published, 'sv')}${year ? ` (${year})` : ''}; netto = inpendlare − utpendlare.`,
      en: `Published by ${sourceLabel(published, 'en')}${year ? ` (${year})` : ''}; net = in-commuters − out-commuters.`,
    };
  if (year === null)
    return {
      sv: 'Saknas: Kolada N02201, N02202 och N02274 har inga värden för kommunen i detta bygge.',
      en: 'Missing: Kolada N02201, N02202 and N02274 have no values for the municipality in this build.',
    };
  return {
    sv:
      `Härlett ur Kolada N02201, N02202, N02274 (${year}): bor och arbetar här = andel som bor och arbetar i ` +
      'kommunen × sysselsatta som bor här; inpendlare = sysselsatta som arbetar här − bor och arbetar här; ' +
      'utpendlare = sysselsatta som bor här − bor och arbetar här.',
    en:
      `Derived from Kolada N02201, N02202, N02274 (${year}): live and work here = share living and working here × ` +
      'employed residents; in-commuters = employed by workplace − live and work here; out-commuters = employed ' +
      'residents − live and work here.',
  };
}
