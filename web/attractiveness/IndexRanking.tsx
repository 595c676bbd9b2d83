import { memo, useId, useMemo } from 'react';
import type { IndexResult, RobustnessResult } from '../../data/contract';
import { formatNumber, type Lang } from '../lib/format';
import { useI18n } from '../i18n/use-i18n';
import { indexTableRows, type IndexTableRow } from './index-rows';
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
 *
 * Every row stays in the DOM (keyboard, screen readers, find in page); the stylesheet lets the browser skip the
 * layout and paint of rows out of view (index-mode.css), which needs rows that are not CSS table rows, so the
 * table roles are given explicitly.
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
  const captionId = useId();
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
      <table
        className="ranking__table"
        data-testid="index-table"
        role="table"
        aria-labelledby={captionId}
        aria-rowcount={rows.length + 1}
      >
        <caption id={captionId} className="visually-hidden">
          {t('title')}
        </caption>
        <thead role="rowgroup">
          <tr role="row" aria-rowindex={1}>
            <th scope="col" role="columnheader">
              {t('rank')}
            </th>
            <th scope="col" role="columnheader">
              {t('municipality')}
            </th>
            <th scope="col" role="columnheader">
              {t('index')}
            </th>
            <th scope="col" role="columnheader">
              {t('interval')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row, i) => (
            <RankingRow
              key={row.code}
              row={row}
              rowIndex={i + 2}
              isSelected={row.code === selected}
              lang={lang}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});

interface RowProps {
  row: IndexTableRow;
  rowIndex: number;
  isSelected: boolean;
  lang: Lang;
  onSelect: (code: string) => void;
}

/** One municipality's row; memoised, so a new selection re-renders two rows, not 290. */
const RankingRow = memo(
  function RankingRow({ row, rowIndex, isSelected, lang, onSelect }: RowProps) {
    const t = indexText(lang);
    return (
      <tr
        role="row"
        aria-rowindex={rowIndex}
        data-code={row.code}
        aria-selected={isSelected}
        className={isSelected ? 'is-selected' : undefined}
      >
        <td role="cell" className="num" data-testid="index-rank">
          {row.rank ?? '–'}
        </td>
        <td role="cell">
          <button type="button" className="link-button" onClick={() => onSelect(row.code)}>
            {row.name}
          </button>
        </td>
        <td role="cell" className="num">
          {row.index === null ? '–' : formatNumber(row.index, lang, 1)}
        </td>
        <td role="cell" className="num">
          {row.p5 === null ? '' : t('intervalValue', { p5: row.p5, p95: row.p95 ?? '' })}
        </td>
      </tr>
    );
  },
  (a, b) =>
    a.rowIndex === b.rowIndex &&
    a.isSelected === b.isSelected &&
    a.lang === b.lang &&
    a.onSelect === b.onSelect &&
    sameRow(a.row, b.row),
);

const sameRow = (a: IndexTableRow, b: IndexTableRow) =>
  a.code === b.code &&
  a.name === b.name &&
  a.index === b.index &&
  a.rank === b.rank &&
  a.p5 === b.p5 &&
  a.p95 === b.p95;
