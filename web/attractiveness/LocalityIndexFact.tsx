import type { Lang } from '../lib/format';
import { indexText } from './texts';
import type { LocalityIndex } from './use-locality-index';

/** The first screen's index line: rank of N with its 5–95 % interval, and a link to the index section. */
export function LocalityIndexFact({ index, lang }: { index: LocalityIndex; lang: Lang }) {
  const t = indexText(lang);
  const { result, row, interval } = index;
  const n = result?.n;
  return (
    <div data-testid="header-index">
      <dt>{t('localityTitle')}</dt>
      <dd>
        {!row || row.rank === null || n === undefined ? (
          <span className="card-hint">{row ? t('notRanked') : t('computingIndex')}</span>
        ) : (
          <>
            <span className="figure-number">{t('rankOf', { rank: row.rank, n })}</span>{' '}
            <span className="card-hint">
              {interval ? t('factInterval', { p5: interval.p5, p95: interval.p95 }) : t('computing')}
            </span>{' '}
            <a href="#index">{t('factDetails')}</a>
          </>
        )}
      </dd>
    </div>
  );
}
