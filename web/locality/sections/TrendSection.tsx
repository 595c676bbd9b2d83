import { useMemo } from 'react';
import type { Indicator } from '../../../data/contract';
import type { ProfileIndicatorResponse } from '../../../data/contract/api';
import type { JoinedProfile } from '../../data/profile-join';
import { formatNumber, type Lang } from '../../lib/format';
import { TimeSeriesChart, type ChartLine } from '../charts/TimeSeriesChart';
import { aggregateSlots, municipalitySlots } from '../profile-view';
import { SourceLabel } from '../../lib/SourceLanguageText';
import type { LocalityText } from '../texts';
import { valueFormatter } from '../value-format';
import { FoldSection } from './FoldSection';
import { sexViewText } from '../sex/sex-view-texts';

interface TrendSectionProps {
  profile: JoinedProfile;
  /** The indicator in detail for this municipality: the county's and the nation's figure for every year. */
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

/** The chosen indicator over time for the municipality, its county, the nation and the chosen comparisons. */
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
  const item = profile.indicators.find((candidate) => candidate.indicator.id === indicatorId);
  const definition = catalogue.get(indicatorId);
  // The municipal series comes with the county and national lines, in the detail asked after the first screen.
  const shown = detail?.item.indicator.id === indicatorId ? detail.item : undefined;
  const lines = useMemo((): ChartLine[] => {
    if (!item || !shown) return [];
    const subject = municipalitySlots(shown.series, definition);
    const years = subject.map((slot) => slot.year);
    // A county or national total (a sum) on the same axis as one municipality only flattens the municipality.
    const isTotal = (figure: { method: string } | null) => figure?.method === 'sum';
    const county = isTotal(item.county) ? [] : aggregateSlots(shown.countySeries, years);
    const nation = isTotal(item.national) ? [] : aggregateSlots(shown.nationalSeries, years);
    const compared = comparisons.flatMap((other): ChartLine[] => {
      const match = other.item.indicator.id === indicatorId ? other.item : undefined;
      return match
        ? [
            {
              key: other.municipality.code,
              label: other.municipality.name,
              variant: 'comparison',
              slots: municipalitySlots(match.series, definition),
            },
          ]
        : [];
    });
    return [
      { key: 'subject', label: profile.municipality.name, variant: 'subject', slots: subject },
      ...(county.some((slot) => slot.value !== null)
        ? [
            {
              key: 'county',
              label: profile.municipality.countyName,
              variant: 'county' as const,
              slots: county,
            },
          ]
        : []),
      ...(nation.some((slot) => slot.value !== null)
        ? [{ key: 'nation', label: t('legendNation'), variant: 'nation' as const, slots: nation }]
        : []),
      ...compared,
    ];
  }, [item, shown, definition, comparisons, profile.municipality, indicatorId, t]);

  if (!item) return null;
  const title = t('trendOf', { title: item.indicator.title[lang], name: profile.municipality.name });
  return (
    <FoldSection
      id="trend"
      title={t('sectionTrend')}
      hint={item.indicator.title[lang]}
      openRequests={openRequests}
    >
      <h3 className="trend-title">{title}</h3>
      {!shown ? (
        <p className="card-hint" aria-busy="true">
          {t('seriesLoading')}
        </p>
      ) : shown.series.length === 0 ? (
        <p className="missing-note">{t('noSeries')}</p>
      ) : (
        <TimeSeriesChart
          title={title}
          lines={lines}
          formatValue={valueFormatter(item.indicator, definition, lang)}
          formatTick={(value) => formatNumber(value, lang, item.indicator.unit === 'ratio' ? 2 : 0)}
          gapNote={t('trendGapNote')}
          width={width}
        />
      )}
      {item.sex && (
        <p className="chart-note" data-testid="trend-sex">
          {sexViewText(lang)('trendTotals', { view: sexViewText(lang)(`view_${item.sex.view}`) })}
        </p>
      )}
      {(item.county?.method === 'sum' || item.national?.method === 'sum') && (
        <p className="chart-note">{t('trendTotalsNote')}</p>
      )}
      {item.latest && (
        <p className="card-source">
          {t('source')}: <SourceLabel source={item.latest.source} lang={lang} />
          {item.county && item.county.method !== 'published'
            ? ` · ${t('countyFigure')}: ${item.county.methodText[lang]}`
            : ''}
          {item.national && item.national.method !== 'published'
            ? ` · ${t('nationalFigure')}: ${item.national.methodText[lang]}`
            : ''}
        </p>
      )}
    </FoldSection>
  );
}
