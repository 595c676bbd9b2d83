import './index-mode.css';
import { useQuery } from '@tanstack/react-query';
import { median } from 'd3-array';
import { useMemo } from 'react';
import type { Lang } from '../lib/format';
import { formatNumber } from '../lib/format';
import { municipalitiesQuery } from '../data/geometry-queries';
import { indexViewFromParams } from './index-url-state';
import { indexText } from './texts';
import { fillNodes } from '../i18n/fill-nodes';
import { SourceLanguageText } from '../lib/SourceLanguageText';
import { useIndexModel } from './use-index-model';

/**
 * The locality page's index section, self-contained: the default index of one municipality, its rank with the
 * 5–95 % interval, and each pillar against the median of its SKR group; a link opens the planner's index mode.
 */
export function LocalityIndexSection({ code, lang }: { code: string; lang: Lang }) {
  const t = indexText(lang);
  const view = useMemo(() => indexViewFromParams({}), []);
  const model = useIndexModel(view, true);
  const areas = useQuery(municipalitiesQuery);
  const self = areas.data?.features.find((f) => f.properties.code === code)?.properties;
  const peers = useMemo(
    () =>
      new Set(
        (areas.data?.features ?? [])
          .filter((f) => self && f.properties.skrGroupCode === self.skrGroupCode)
          .map((f) => f.properties.code),
      ),
    [areas.data, self],
  );
  const { result } = model;
  const row = result?.rows.find((r) => r.code === code);
  const interval = model.robustness.result?.intervals[code] ?? null;
  const plannerLink = `/?mode=index&sel=${code}${lang === 'en' ? '&lang=en' : ''}`;
  return (
    <section id="index" className="locality-section index-locality" aria-labelledby="index-locality-title">
      <h2 id="index-locality-title">{t('localityTitle')}</h2>
      {!result || !row || !self ? (
        <p className="hint">{model.error ?? '…'}</p>
      ) : (
        <>
          <p>
            {fillNodes(t('localityIntro'), {
              group: <SourceLanguageText text={self.skrGroupName} textLang="sv" lang={lang} />,
            })}
          </p>
          {row.index === null ? null : (
            <p className="index-details__figure" data-testid="locality-index">
              <span>
                {t('index')} <strong>{formatNumber(row.index, lang, 1)}</strong>
              </span>
              <span>
                {t('rank')} <strong>{t('rankOf', { rank: row.rank ?? '–', n: result.n })}</strong>
              </span>
              <span>
                {t('interval')}{' '}
                <strong>
                  {interval ? t('intervalValue', { p5: interval.p5, p95: interval.p95 }) : t('computing')}
                </strong>
              </span>
            </p>
          )}
          <table className="index-details__table">
            <thead>
              <tr>
                <th scope="col">{t('pillar')}</th>
                <th scope="col">{t('thisMunicipality', { name: self.name })}</th>
                <th scope="col">{t('peerMedian', { n: peers.size })}</th>
              </tr>
            </thead>
            <tbody>
              {result.pillars.map((pillar) => {
                const peerMedian = median(
                  result.rows.filter((r) => peers.has(r.code)),
                  (r) => r.pillars[pillar.id] ?? undefined,
                );
                const own = row.pillars[pillar.id];
                return (
                  <tr key={pillar.id}>
                    <th scope="row">{pillar.title[lang]}</th>
                    <td className="num">
                      {own === null || own === undefined ? '–' : formatNumber(own, lang, 1)}
                    </td>
                    <td className="num">
                      {peerMedian === undefined ? '–' : formatNumber(peerMedian, lang, 1)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p>
            <a href={plannerLink}>{t('openInPlanner')}</a>
          </p>
        </>
      )}
    </section>
  );
}
