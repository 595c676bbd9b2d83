import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Indicator } from '../../data/contract';
import type { ValuesResponse } from '../../data/contract/api';
import { valuesDownloadUrl } from '../data/values-queries';
import { formatNumber, formatValue, unitLabel } from '../lib/format';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/translate';
import { sexSuffix } from '../lib/picker-texts';
import { rankingRows, sortRows, type Sort, type SortColumn } from './ranking-rows';
import { IndicatorTitle } from '../lib/SourceLanguageText';
import { fillNodes } from '../i18n/fill-nodes';

interface Props {
  indicator: Indicator;
  values: ValuesResponse;
  countyOf: ReadonlyMap<string, string>;
  nameOf: ReadonlyMap<string, string>;
  selected: string | null;
  onSelect: (code: string) => void;
}

const COLUMNS: { column: SortColumn; label: MessageKey; numeric: boolean }[] = [
  { column: 'rank', label: 'rank', numeric: true },
  { column: 'code', label: 'code', numeric: false },
  { column: 'name', label: 'municipality', numeric: false },
  { column: 'county', label: 'county', numeric: false },
  { column: 'value', label: 'value', numeric: true },
];

/**
 * The map as a table: one row per municipality, sortable by any column. Rows use a roving tab stop (arrow keys
 * move, Enter selects) so the table is one Tab stop, not 290. Memoised: a page render that changes none of its props
 * (a hover, a map move) does not re-render 290 rows.
 */
export const RankingTable = memo(function RankingTable({
  indicator,
  values,
  countyOf,
  nameOf,
  selected,
  onSelect,
}: Props) {
  const { lang, t } = useI18n();
  // The unit sits in the column header so the numbers stay narrow and line up.
  const unit = unitLabel(indicator.unit, lang);
  const [sort, setSort] = useState<Sort>({ column: 'rank', ascending: true });
  const rows = useMemo(
    () => sortRows(rankingRows(values, countyOf, nameOf), sort, lang),
    [values, countyOf, nameOf, sort, lang],
  );
  const [focusCode, setFocusCode] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const tabStop = selected ?? focusCode ?? rows[0]?.code;

  useEffect(() => {
    if (!selected) return;
    body.current?.querySelector(`[data-code="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const moveFocus = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const current = (event.target as HTMLElement).closest('tr');
    if (!current) return;
    const code = current.dataset['code'];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (code) onSelect(code);
      return;
    }
    const index = rows.findIndex((r) => r.code === code);
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = rows[Math.max(0, Math.min(rows.length - 1, target))];
    if (!next) return;
    setFocusCode(next.code);
    body.current?.querySelector<HTMLElement>(`[data-code="${next.code}"]`)?.focus();
  };

  const sex = values.sex ?? 'total';
  const csv = (format: 'csv' | 'csv-sv' | 'xlsx') =>
    valuesDownloadUrl(indicator.id, values.year, format, sex);

  return (
    <section
      className="ranking"
      aria-labelledby="ranking-title"
      data-shows={`${indicator.id}:${values.year}:${sex}`}
    >
      <div className="ranking__head">
        <h2 id="ranking-title" className="section-title">
          {fillNodes(t('rankingTitle', { year: values.year }), {
            indicator: (
              <>
                <IndicatorTitle indicator={indicator} lang={lang} />
                {sexSuffix(sex, lang)}
              </>
            ),
          })}
        </h2>
        <div className="ranking__downloads">
          <a className="button button--small" href={csv('csv')} download>
            {t('downloadCsv')}
          </a>
          <a className="button button--small" href={csv('csv-sv')} download>
            {t('downloadCsvSv')}
          </a>
          <a className="button button--small" href={csv('xlsx')} download>
            {t('downloadXlsx')}
          </a>
        </div>
      </div>
      <div className="ranking__scroll">
        <table className="table" data-testid="ranking-table">
          <thead>
            <tr>
              {COLUMNS.map(({ column, label, numeric }) => (
                <th
                  key={column}
                  scope="col"
                  className={numeric ? 'num' : undefined}
                  aria-sort={
                    sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : undefined
                  }
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort({
                        column,
                        ascending: sort.column === column ? !sort.ascending : column !== 'value',
                      })
                    }
                  >
                    {t(label)}
                    {column === 'value' && unit ? ` (${unit})` : ''}
                    <span aria-hidden="true" className="sort-button__arrow">
                      {sort.column === column ? (sort.ascending ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={moveFocus}>
            {rows.map((row) => (
              <tr
                key={row.code}
                data-code={row.code}
                tabIndex={row.code === tabStop ? 0 : -1}
                aria-selected={row.code === selected}
                className={row.code === selected ? 'is-selected' : undefined}
                onClick={() => onSelect(row.code)}
                onFocus={() => setFocusCode(row.code)}
              >
                <td className="num">{row.rank ?? '–'}</td>
                <td>{row.code}</td>
                <td>{row.name}</td>
                <td>{row.county.replace(/ län$/, '')}</td>
                <td className="num">
                  {row.value === null
                    ? t('noData')
                    : indicator.unit === 'category'
                      ? formatValue(row.value, indicator, lang)
                      : formatNumber(row.value, lang, indicator.decimals)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
