import './index-mode.css';
import { median } from 'd3-array';
import type { Lang } from '../lib/format';
import { formatNumber } from '../lib/format';
import { IndexErrorLine } from './IndexErrorLine';
import { indexText } from './texts';
import { fillNodes } from '../i18n/fill-nodes';
import { SourceLanguageText } from '../lib/SourceLanguageText';
import type { LocalityIndex } from './use-locality-index';

/**
 * The locality page's index section, self-contained: the default index of one municipality, its rank with the
 * 5–95 % interval, and each pillar against the median of its SKR group; a link opens the planner's index mode.
 */
export function LocalityIndexSection({ index, lang }: { index: LocalityIndex; lang: Lang }) {
  const t = indexText(lang);
  const { model, result, self, peers, row, interval } = index;
  const plannerLink = `/?mode=index&sel=${self?.code ?? ''}${lang === 'en' ? '&lang=en' : ''}`;
  return (
    <section id="index" className="locality-section index-locality" aria-labelledby="index-locality-title">
      <h2 id="index-locality-title">{t('localityTitle')}</h2>
      {!result || !row || !self ? (
        <p className="hint">{model.error ? <IndexErrorLine error={model.error} lang={lang} /> : '…'}</p>
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
