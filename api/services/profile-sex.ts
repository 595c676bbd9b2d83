import type { Indicator, LocalisedText, ObservationSeries } from '../../data/contract';
import type { ProfileSexFigure, ProfileSexView, SexAggregateFigure } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { seriesKey } from '../kolada/series-cache';
import { sourceOf } from './aggregates';
import { gapAggregate, sexAggregate, type Area, type Sex } from './profile-sex-aggregates';
import { seriesOf } from './lookup';
import { rankingOf } from './ranking-cache';
import { isCategorical } from './ranking-order';

const LABELS: Record<ProfileSexView, LocalisedText> = {
  women: { sv: 'Kvinnor', en: 'Women' },
  men: { sv: 'Män', en: 'Men' },
  gap: {
    sv: 'Skillnad kvinnor minus män (härledd av atlasen: kvinnors värde minus mäns)',
    en: "Gap, women minus men (derived by the atlas: women's value minus men's)",
  },
};

const NO_SPLIT: LocalisedText = {
  sv: 'Ingen uppdelning efter kön: Kolada delar inte upp indikatorn på kvinnor och män',
  en: 'No split by sex: Kolada does not split this indicator into women and men',
};

/**
 * One indicator's figures for women, men or the gap, read from the same series the values answer reads
 * (`build.kolada.ensure(ids, sex)` loads them first). Women and men are ranked as the totals are (categories never,
 * a neutral indicator without percentile); the gap is derived and has no better or worse, so no rank.
 */
export function sexFigure(
  build: AtlasBuild,
  indicator: Indicator,
  code: string,
  view: ProfileSexView,
): ProfileSexFigure {
  const base = { view, label: LABELS[view], derived: view === 'gap' };
  if (!indicator.bySex)
    return {
      ...base,
      available: false,
      reason: NO_SPLIT,
      latest: null,
      series: [],
      county: null,
      national: null,
    };
  const withValue = seriesOf(build, indicator.id, view).filter((s) => s.municipalities[code] !== undefined);
  const latest = withValue.at(-1);
  const ranked =
    latest && view !== 'gap' && !isCategorical(indicator)
      ? rankingOf(indicator, latest).get(code)
      : undefined;
  return {
    ...base,
    available: true,
    reason: null,
    series: withValue.map((s) => ({ year: s.year, value: s.municipalities[code]!, source: s.source })),
    latest: latest
      ? {
          year: latest.year,
          value: latest.municipalities[code]!,
          source: sourceOf(indicator, latest),
          n: Object.keys(latest.municipalities).length,
          ...(ranked ? { rank: ranked.rank } : {}),
          ...(ranked && indicator.direction !== 'neutral' ? { percentile: ranked.percentile } : {}),
        }
      : null,
    ...aggregates(build, indicator, code, view, latest),
  };
}

/** The county's and the nation's figure for the view in the latest year; the gap's from women's and men's. */
function aggregates(
  build: AtlasBuild,
  indicator: Indicator,
  code: string,
  view: ProfileSexView,
  latest: ObservationSeries | undefined,
): Pick<ProfileSexFigure, 'county' | 'national'> {
  const countyCode = build.municipalityByCode.get(code)?.countyCode;
  if (!latest || countyCode === undefined) return { county: null, national: null };
  return sexAggregatesOf(build, indicator, countyCode, view, latest.year);
}

/**
 * The county's and the nation's figure of one sex view in one year: Kolada's row for that sex or the atlas's sum
 * (profile-sex-aggregates' rules), the gap from women's and men's of that year. The series must be loaded.
 */
export function sexAggregatesOf(
  build: AtlasBuild,
  indicator: Indicator,
  countyCode: string,
  view: ProfileSexView,
  year: number,
): { county: SexAggregateFigure; national: SexAggregateFigure } {
  // A gap read keeps women's and men's series of the same KPI (series-cache), so their year is there too.
  const of = (sex: Sex, area: Area): SexAggregateFigure =>
    sexAggregate(
      indicator,
      build.seriesByIndicator.get(seriesKey(indicator.id, sex))?.get(year),
      year,
      sex,
      area,
    );
  const at = (area: Area) =>
    view === 'gap' ? gapAggregate(of('women', area), of('men', area)) : of(view, area);
  return { county: at({ kind: 'county', code: countyCode }), national: at({ kind: 'national' }) };
}
