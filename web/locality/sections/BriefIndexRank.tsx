import { useQuery } from '@tanstack/react-query';
import { defaultIndexQuery } from '../../data/attractiveness-index';
import { indexText } from '../../attractiveness/texts';
import { formatNumber, type Lang } from '../../lib/format';
import type { LocalityText } from '../texts';

/**
 * The brief's index line: the municipality's rank of n under the default weights with its 5–95 % robustness
 * interval, as `GET /api/index` answers it (the page computes the same model in the browser; print quotes the
 * server so a brief and any other client agree), with the method, reference years and build it comes from.
 */
export function BriefIndexRank({ code, lang, t }: { code: string; lang: Lang; t: LocalityText }) {
  const answer = useQuery(defaultIndexQuery).data;
  if (!answer) return null;
  const it = indexText(lang);
  const { result, robustness } = answer;
  const row = result.rows.find((r) => r.code === code);
  const interval = robustness?.intervals[code] ?? null;
  const years = result.indicators.map((indicator) => indicator.referenceYear);
  const yearSpan =
    years.length === 0
      ? '–'
      : Math.min(...years) === Math.max(...years)
        ? String(Math.max(...years))
        : `${Math.min(...years)}–${Math.max(...years)}`;
  return (
    <div className="brief-index" data-brief="index">
      <h2>{it('localityTitle')}</h2>
      {row && row.rank !== null && row.index !== null ? (
        <p>
          {t('briefIndexRank', {
            index: formatNumber(row.index, lang, 1),
            rank: row.rank,
            n: result.n,
          })}
          {interval
            ? ` ${t('briefIndexInterval', { p5: interval.p5, p95: interval.p95, draws: formatNumber(interval.draws, lang) })}`
            : ` ${t('briefIndexNoInterval')}`}
        </p>
      ) : (
        <p>{t('briefIndexMissing')}</p>
      )}
      <p className="chart-note">
        {t('briefIndexMethod', {
          normalisation: it(`norm_${result.normalisation}`),
          aggregation: it(`agg_${result.aggregation}`),
          years: yearSpan,
          build: answer.buildId.slice(0, 8),
        })}
      </p>
    </div>
  );
}
