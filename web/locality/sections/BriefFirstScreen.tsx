import './brief-first-screen.css';
import { useQuery } from '@tanstack/react-query';
import type { ReachResponse } from '../../../data/contract/reach';
import type { ComparisonGroup, StandsOutItem } from '../../../data/contract/stands-out';
import { standsOutQuery } from '../../data/stands-out-queries';
import { formatNumber, type Lang } from '../../lib/format';
import { standsOutFormatter } from '../value-format';
import { IndicatorTitle, SourceLabel } from '../../lib/SourceLanguageText';
import type { LocalityText } from '../texts';
import { BriefIndexRank } from './BriefIndexRank';
import type { LocalityIndex } from '../../attractiveness/use-locality-index';

interface BriefFirstScreenProps {
  code: string;
  group: ComparisonGroup;
  index: LocalityIndex;
  reach: ReachResponse | undefined;
  lang: Lang;
  t: LocalityText;
}

/**
 * The brief's top, as the page's first screen: what stands out against the chosen group (value, year, source),
 * the index rank with its interval, and how far a firm must reach, labelled as the estimate it is. Same queries as
 * the page, the index included (the page's own model, see BriefIndexRank).
 */
export function BriefFirstScreen({ code, group, index, reach, lang, t }: BriefFirstScreenProps) {
  const standsOut = useQuery(standsOutQuery(code, group)).data;
  return (
    <section className="brief-first">
      {standsOut && (
        <div className="brief-stands-out">
          <h2>{t('briefStandsOut', { group: t(`group_${group}`) })}</h2>
          <p className="chart-note">{standsOut.rule[lang]}</p>
          <div className="brief-stands-lists">
            {(['strengths', 'weaknesses'] as const).map((kind) => (
              <div key={kind} className={`stands-out-list is-${kind}`} data-brief={kind}>
                <h3>{t(kind)}</h3>
                <ol>
                  {standsOut[kind].map((item) => (
                    <BriefItem key={item.indicator.id} item={item} lang={lang} t={t} />
                  ))}
                </ol>
              </div>
            ))}
          </div>
        </div>
      )}
      <BriefIndexRank index={index} lang={lang} t={t} />
      {reach && (
        <div className="brief-reach" data-brief="reach">
          <h2>
            {t('briefReach')} <span className="estimate-badge">{t('reachEstimate')}</span>
          </h2>
          <p>
            {reach.reached
              ? t('reachAnswer', {
                  n: formatNumber(reach.n, lang),
                  target: reach.targetLabel[lang],
                  radius: formatNumber(reach.radiusKm, lang, 1),
                })
              : reach.message[lang]}{' '}
            {t('reachFrom')}: {reach.centre.label}.
          </p>
          <p className="chart-note">{reach.method[lang]}</p>
        </div>
      )}
    </section>
  );
}

function BriefItem({ item, lang, t }: { item: StandsOutItem; lang: Lang; t: LocalityText }) {
  const format = standsOutFormatter(item, lang);
  return (
    <li>
      <IndicatorTitle indicator={item.indicator} lang={lang} /> <strong>{format(item.value)}</strong>
      {` (${item.year}) · ${t('groupMedian', { value: format(item.groupMedian) })}`}
      <span className="brief-source">
        {t('source')}: <SourceLabel source={item.source} lang={lang} />
      </span>
    </li>
  );
}
