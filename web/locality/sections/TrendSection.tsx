import { useId, useMemo } from 'react';
import type { Indicator } from '../../../data/contract';
import type { ProfileIndicatorResponse } from '../../../data/contract/api';
import type { JoinedProfile } from '../../data/profile-join';
import { formatNumber, type Lang } from '../../lib/format';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { IndicatorTitle, SourceLabel } from '../../lib/SourceLanguageText';
import type { LocalityText } from '../texts';
import { valueFormatter } from '../value-format';
import { FoldSection } from './FoldSection';
import { sexViewText } from '../sex/sex-view-texts';
import { missingYears, trendLines, trendView } from './trend-lines';

/** Where the indicator's title goes in the heading's words (a character no title or translation contains). */
const TITLE_SLOT = '\u0000';

interface TrendSectionProps {
  profile: JoinedProfile;
  /**
   * The indicator in detail for this municipality: the county's and the nation's figure for every year, and with a
   * sex view chosen (`?sex=`) that view's (`item.sex`).
   */
  detail: ProfileIndicatorResponse | undefined;
  /** The same for each comparison municipality (their own series). */
  comparisons: readonly ProfileIndicatorResponse[];
  indicatorId: string;
  catalogue: ReadonlyMap<string, Indicator>;
  lang: Lang;
  t: LocalityText;
  width?: number;
  /** Counts the times a row asked to see its trend: the section opens for each. */
  openRequests?: number;
}

/**
 * The chosen indicator over time for the municipality, its county, the nation and the chosen comparisons: the
 * totals, or the chosen sex view where Kolada splits the KPI (see trend-lines.ts).
 */
export function TrendSection({
  profile,
  detail,
  comparisons,
  indicatorId,
  catalogue,
  lang,
  t,
  width,
  openRequests,
}: TrendSectionProps) {
  // The municipal series comes with the county and national lines, in the detail asked after the first screen.
  const shown = detail?.item.indicator.id === indicatorId ? detail.item : undefined;
  // A KPI outside the atlas set (the chosen row's) is in no profile entry: its detail says what it is.
  const item = profile.indicators.find((candidate) => candidate.indicator.id === indicatorId) ?? shown;
  const definition = catalogue.get(indicatorId);
  const headingId = `${useId()}-trend-title`;
  const view = useMemo(() => (shown ? trendView(shown) : undefined), [shown]);
  const lines = useMemo(
    () =>
      view
        ? trendLines(
            view,
            comparisons.map(({ municipality, item: other }) => ({ ...municipality, item: other })),
            definition,
            {
              municipality: profile.municipality.name,
              county: profile.municipality.countyName,
              nation: t('legendNation'),
            },
          )
        : [],
    [view, comparisons, definition, profile.municipality, t],
  );

  if (!item) return null;
  const sexText = sexViewText(lang);
  const name = profile.municipality.name;
  const drawnSex = view?.sex;
  const words = drawnSex
    ? sexText('trendOfView', { title: TITLE_SLOT, view: sexText(`view_${drawnSex.view}`), name })
    : t('trendOf', { title: TITLE_SLOT, name });
  // The heading (the chart's name) marks a Swedish-only Kolada title as Swedish on an English page.
  const [before, after] = words.split(TITLE_SLOT);
  const heading = (
    <>
      {before}
      <IndicatorTitle indicator={item.indicator} lang={lang} />
      {after}
    </>
  );
  const latest = drawnSex?.latest ?? item.latest;
  const county = view?.county ?? item.county;
  const national = view?.national ?? item.national;
  return (
    <FoldSection
      id="trend"
      title={t('sectionTrend')}
      hint={<IndicatorTitle indicator={item.indicator} lang={lang} />}
      openRequests={openRequests}
    >
      <h3 className="trend-title" id={headingId}>
        {heading}
      </h3>
      {!shown || !view ? (
        <p className="card-hint" aria-busy="true">
          {t('seriesLoading')}
        </p>
      ) : view.series.length === 0 ? (
        <p className="missing-note">{t('noSeries')}</p>
      ) : (
        <TimeSeriesChart
          labelledBy={headingId}
          caption={heading}
          lines={lines}
          formatValue={valueFormatter(item.indicator, definition, lang)}
          formatTick={(value) => formatNumber(value, lang, item.indicator.unit === 'ratio' ? 2 : 0)}
          gapNote={t('trendGapNote')}
          tableText={{
            summary: t('trendTableSummary'),
            year: t('trendTableYear'),
            missing: t('trendTableMissing'),
          }}
          width={width}
        />
      )}
      {drawnSex ? (
        <p className="chart-note" data-testid="trend-sex">
          {sexText('trendShowsView', { view: sexText(`view_${drawnSex.view}`) })}
          {drawnSex.derived ? ` ${drawnSex.label[lang]}.` : ''}
        </p>
      ) : shown?.sex ? (
        <p className="chart-note" data-testid="trend-sex">
          {sexText('trendNoSplit')}
        </p>
      ) : (
        shown &&
        item.sex && (
          <p className="chart-note" data-testid="trend-sex">
            {sexText('trendTotals', { view: sexText(`view_${item.sex.view}`) })}
          </p>
        )
      )}
      {view &&
        lines.map((line) => {
          const figures =
            line.key === 'county' ? view.countySeries : line.key === 'nation' ? view.nationalSeries : null;
          const gap = figures && missingYears(figures);
          return gap ? (
            <p key={line.key} className="chart-note" data-testid={`trend-missing-${line.key}`}>
              {sexText('trendMissingYears', {
                line: line.label,
                years: gap.years,
                reason: gap.reason[lang],
              })}
            </p>
          ) : null;
        })}
      {(county?.method === 'sum' || national?.method === 'sum') && (
        <p className="chart-note">{t('trendTotalsNote')}</p>
      )}
      {latest && (
        <p className="card-source" data-testid="trend-source">
          {t('source')}: <SourceLabel source={latest.source} lang={lang} />
          {county && (county.method !== 'published' || drawnSex?.derived)
            ? ` · ${t('countyFigure')}: ${county.methodText[lang]}`
            : ''}
          {national && (national.method !== 'published' || drawnSex?.derived)
            ? ` · ${t('nationalFigure')}: ${national.methodText[lang]}`
            : ''}
        </p>
      )}
    </FoldSection>
  );
}
