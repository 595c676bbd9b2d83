import { indexText } from '../../attractiveness/texts';
import type { LocalityIndex } from '../../attractiveness/use-locality-index';
import { formatNumber, type Lang } from '../../lib/format';
import type { LocalityText } from '../texts';

/**
 * The brief's index line: the municipality's rank of n under the default weights with its 5–95 % robustness
 * interval, from the model the page already computes in its worker (`useLocalityIndex`: the same model and draws
 * as `GET /api/index`, which the brief test compares it with), with the method, reference years and build.
 */
export function BriefIndexRank({ index, lang, t }: { index: LocalityIndex; lang: Lang; t: LocalityText }) {
  const { result, row, interval } = index;
  const buildId = index.model.inputs?.buildId;
  if (!result || buildId === undefined) return null;
  const it = indexText(lang);
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
            : ` ${index.model.robustness.pending ? it('computing') : t('briefIndexNoInterval')}`}
        </p>
      ) : (
        <p>{t('briefIndexMissing')}</p>
      )}
      <p className="chart-note">
        {t('briefIndexMethod', {
          normalisation: it(`norm_${result.normalisation}`),
          aggregation: it(`agg_${result.aggregation}`),
          years: yearSpan,
          build: buildId.slice(0, 8),
        })}
      </p>
    </div>
  );
}
