import { memo, useMemo } from 'react';
import type { IndexResult, RobustnessResult } from '../../data/contract';
import { formatNumber } from '../lib/format';
import { useI18n } from '../i18n/use-i18n';
import { indexTableRows } from './index-rows';
import { indexText } from './texts';

interface Props {
  result: IndexResult;
  robustness: RobustnessResult | null;
  pending: boolean;
  nameOf: ReadonlyMap<string, string>;
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * The map as a table: every municipality by index rank, with its 5–95 % rank interval. Memoised: a slider step
 * re-renders the panel around it, and 290 rows must not follow until the deferred result does.
 */
export const IndexRanking = memo(function IndexRanking({
  result,
  robustness,
  pending,
  nameOf,
  selected,
  onSelect,
}: Props) {
  const { lang } = useI18n();
  const t = indexText(lang);
  const rows = useMemo(() => indexTableRows(result, robustness, nameOf), [result, robustness, nameOf]);
  return (
    <div className="ranking index-ranking">
      <p className="hint" role="status">
        {pending
          ? t('computing')
          : robustness
            ? t('robustnessNote', {
                draws: robustness.draws,
                p: Math.round(robustness.perturbation * 100),
                seed: robustness.seed,
              })
            : ''}
      </p>
      <table className="ranking__table" data-testid="index-table">
        <caption className="visually-hidden">{t('title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rank')}</th>
            <th scope="col">{t('municipality')}</th>
            <th scope="col">{t('index')}</th>
            <th scope="col">{t('interval')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.code}
              data-code={row.code}
              aria-selected={row.code === selected}
              className={row.code === selected ? 'is-selected' : undefined}
            >
              <td className="num" data-testid="index-rank">
                {row.rank ?? '–'}
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => onSelect(row.code)}>
                  {row.name}
                </button>
              </td>
              <td className="num">{row.index === null ? '–' : formatNumber(row.index, lang, 1)}</td>
              <td className="num">
                {row.p5 === null ? '' : t('intervalValue', { p5: row.p5, p95: row.p95 ?? '' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
