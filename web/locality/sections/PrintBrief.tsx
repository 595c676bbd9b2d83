import { createPortal } from 'react-dom';
import type { Indicator, LocalisedText } from '../../../data/contract';
import type { JoinedProfile } from '../../data/profile-join';
import type { SeriesPoint } from '../../../data/contract/api';
import { formatNumber, type Lang } from '../../lib/format';
import { peerList } from '../peers/peer-presentation';
import { keyFigures, populationTrend } from '../profile-view';
import type { LocalityText } from '../texts';
import { valueFormatter } from '../value-format';
import { QrCode } from '../../lib/QrCode';
import { IndicatorTitle, SourceLabel, SourceLabels, SourceLanguageText } from '../../lib/SourceLanguageText';
import type { ReachResponse } from '../../../data/contract/reach';
import type { ComparisonGroup } from '../../../data/contract/stands-out';
import { BriefFirstScreen } from './BriefFirstScreen';
import type { LocalityIndex } from '../../attractiveness/use-locality-index';

interface PrintBriefProps {
  profile: JoinedProfile;
  /** The population series for the ten-year trend (undefined while it loads). */
  populationSeries: readonly SeriesPoint[] | undefined;
  group: ComparisonGroup;
  index: LocalityIndex;
  reach: ReachResponse | undefined;
  catalogue: ReadonlyMap<string, Indicator>;
  radiusKm: number;
  mapSnapshot: string | null;
  liveUrl: string;
  lang: Lang;
  t: LocalityText;
}

/**
 * The A4 brief: shown only when printing (see locality.css), built from the same data as the page. It is portalled
 * to <body> so the print stylesheet can hide everything else, whatever shell surrounds the page. The map is an
 * <img> of the canvas captured on the map's last idle, because a WebGL canvas prints blank.
 */
export function PrintBrief(props: PrintBriefProps) {
  const { profile, group, index, reach, catalogue, radiusKm, mapSnapshot, liveUrl, lang, t } = props;
  const { populationSeries } = props;
  const { municipality } = profile;
  const titles: Record<string, LocalisedText> = {};
  for (const [id, indicator] of catalogue) titles[id] = indicator.title;
  const similar = peerList(profile.peers, 'similar', municipality.code, titles, lang).slice(0, 5);
  const figures = keyFigures(profile);
  const sources = figures.flatMap((item) => (item.latest ? [item.latest.source] : []));
  const { commuting } = profile;
  const populationItem = profile.indicators.find((item) => item.indicator.id === 'population_total');
  const population = populationItem?.latest ?? null;
  const trend = populationSeries ? populationTrend(populationSeries) : null;
  return createPortal(
    <div className="print-brief-root">
      <article className="print-brief">
        <header className="brief-header">
          <div>
            <h1>{t('briefTitle', { name: municipality.name })}</h1>
            <p>
              {municipality.countyName} · {t('laRegion')}: {municipality.laName} · {t('skrGroup')}:{' '}
              {municipality.skrGroupCode}{' '}
              <SourceLanguageText text={municipality.skrGroupName} textLang="sv" lang={lang} />
            </p>
            {population && (
              <p className="brief-population" data-brief="population">
                {t('population')} <strong>{formatNumber(population.value, lang)}</strong> (
                {t('populationOn', { year: population.year })})
                {trend &&
                  `, ${t('populationTrend', {
                    change: `${trend.change > 0 ? '+' : ''}${formatNumber(trend.change, lang, 1)} %`,
                    year: trend.since,
                  })}`}{' '}
                · {t('source')}: <SourceLabel source={population.source} lang={lang} />
              </p>
            )}
          </div>
          <div className="brief-qr">
            <QrCode url={liveUrl} label={t('briefLive')} />
            <span className="brief-url">{liveUrl}</span>
          </div>
        </header>
        <BriefFirstScreen
          code={municipality.code}
          group={group}
          index={index}
          reach={reach}
          lang={lang}
          t={t}
        />
        <div className="brief-top">
          <div className="brief-left">
            {mapSnapshot ? (
              <img className="brief-map" src={mapSnapshot} alt={t('mapAlt', { name: municipality.name })} />
            ) : (
              <p className="brief-map missing-note">{t('mapSnapshotMissing')}</p>
            )}
            <p className="brief-map-caption">
              {t('mapLegendSubject')} · {t('mapLegendCatchment', { radius: radiusKm })} · {t('sectionFirms')}{' '}
              ({t('mapLegendApproximate')})
            </p>
            <table className="data-table brief-similar">
              <caption>{t('peers_similar')}</caption>
              <tbody>
                {similar.map((peer) => (
                  <tr key={peer.code}>
                    <th scope="row">{peer.name}</th>
                    <td>{peer.reasons.map((reason) => reason.title).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="chart-note">{t('similarMethodText')}</p>
          </div>
          <table className="data-table brief-figures">
            <caption>{t('briefKeyFigures')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicator')}</th>
                <th scope="col" className="numeric">
                  {municipality.name}
                </th>
                <th scope="col" className="numeric">
                  {t('countyFigure')}
                </th>
                <th scope="col" className="numeric">
                  {t('nationalFigure')}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.map((item) => {
                const format = valueFormatter(item.indicator, catalogue.get(item.indicator.id), lang);
                return (
                  <tr key={item.indicator.id} data-indicator={item.indicator.id}>
                    <th scope="row">
                      <IndicatorTitle indicator={item.indicator} lang={lang} />
                      {item.latest && (
                        <span className="brief-source">
                          <SourceLabel source={item.latest.source} lang={lang} />
                        </span>
                      )}
                    </th>
                    <td className="numeric">
                      {item.latest ? `${format(item.latest.value)} (${item.latest.year})` : t('missing')}
                    </td>
                    <td className="numeric">
                      {item.county?.value != null ? format(item.county.value) : '–'}
                    </td>
                    <td className="numeric">
                      {item.national?.value != null ? format(item.national.value) : '–'}
                    </td>
                  </tr>
                );
              })}
              {commuting.net && (
                <tr>
                  <th scope="row">
                    {t('inCommuters')} / {t('outCommuters')}
                  </th>
                  <td className="numeric">
                    {commuting.inCommuters ? formatNumber(commuting.inCommuters.value, lang) : t('missing')} /{' '}
                    {commuting.outCommuters ? formatNumber(commuting.outCommuters.value, lang) : t('missing')}{' '}
                    ({commuting.net.year})
                  </td>
                  <td />
                  <td />
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <footer className="brief-sources">
          <h2>{t('briefSources')}</h2>
          <p>
            <SourceLabels sources={sources} lang={lang} />
          </p>
          <p>
            {t('briefPrinted', { date: new Date().toISOString().slice(0, 10) })} · Kompetensatlas ·{' '}
            {profile.buildId.slice(0, 8)}
          </p>
        </footer>
      </article>
    </div>,
    document.body,
  );
}
