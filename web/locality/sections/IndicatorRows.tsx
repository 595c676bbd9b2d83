import { useQueries } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { Indicator } from '../../../data/contract';
import type { ProfileIndicator, SeriesPoint } from '../../../data/contract/api';
import { valuesQuery } from '../../data/values-queries';
import type { Lang } from '../../lib/format';
import { groupByTheme, type ThemeGroup } from '../profile-view';
import type { LocalityText } from '../texts';
import { IndicatorRow } from './IndicatorRow';
import { rowView } from '../sex/row-view';
import { sexViewText } from '../sex/sex-view-texts';

interface IndicatorRowsProps {
  code: string;
  name: string;
  indicators: readonly ProfileIndicator[];
  catalogue: ReadonlyMap<string, Indicator>;
  /** Every atlas indicator's series by id (the sparklines); undefined while it loads. */
  series: ReadonlyMap<string, readonly SeriesPoint[]> | undefined;
  peerCodes: readonly string[];
  lang: Lang;
  t: LocalityText;
  trendId: string;
  onShowTrend: (id: string) => void;
  /** Choices that change what the rows show (the sex view), in the section's head. */
  controls?: ReactNode;
}

const matches = (item: ProfileIndicator, needle: string) =>
  needle === '' ||
  `${item.indicator.title.sv} ${item.indicator.title.en} ${item.indicator.id}`.toLowerCase().includes(needle);

/**
 * Indicator rows in collapsible theme groups (closed at first, so the page stays short). A group fetches every
 * municipality's values for its strips only when opened: the same pattern serves catalogue groups loaded on demand.
 */
export function IndicatorRows(props: IndicatorRowsProps) {
  const { indicators, lang, t, name } = props;
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const groups = groupByTheme(indicators.filter((item) => matches(item, needle)));
  const found = groups.reduce((sum, group) => sum + group.items.length, 0);
  // The profile answers every row with the same sex view, or none.
  const sex = indicators.find((item) => item.sex !== undefined)?.sex?.view;
  return (
    <section id="figures" className="locality-section" aria-labelledby="figures-heading">
      <div className="rows-head">
        <h2 id="figures-heading">{t('rowsHeading')}</h2>
        <label className="rows-search">
          {t('rowsSearch')}{' '}
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        {needle !== '' && <span role="status">{t('rowsMatches', { n: found })}</span>}
        {props.controls}
      </div>
      <p className="card-hint rows-help">{t('rowsHelp', { name })}</p>
      {sex !== undefined && (
        <p className="card-hint rows-sex-view" data-testid="rows-sex-view">
          {sexViewText(lang)('rowsShowView', { view: sexViewText(lang)(`view_${sex}`) })}
        </p>
      )}
      {groups.map((group) => (
        <ThemeRows key={group.theme} group={group} forceOpen={needle !== ''} {...props} lang={lang} />
      ))}
    </section>
  );
}

function ThemeRows({
  group,
  forceOpen,
  ...props
}: IndicatorRowsProps & { group: ThemeGroup; forceOpen: boolean }) {
  const [open, setOpen] = useState(false);
  const shown = open || forceOpen;
  // A "stands out" link points at a row inside a closed group: open the group, then go to the row.
  useEffect(() => {
    const follow = () => {
      const id = window.location.hash.replace(/^#row-/, '');
      if (!group.items.some((item) => item.indicator.id === id)) return;
      setOpen(true);
      requestAnimationFrame(() => document.getElementById(`row-${id}`)?.scrollIntoView({ block: 'center' }));
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [group.items]);
  return (
    <details
      className="theme-rows"
      open={shown}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      data-theme={group.theme}
    >
      <summary>
        <h3 id={`theme-${group.theme}`}>{props.t(`theme_${group.theme}`)}</h3>{' '}
        <span className="card-hint">{props.t('rowsCount', { n: group.items.length })}</span>
      </summary>
      {shown && <OpenRows items={group.items} {...props} />}
    </details>
  );
}

function OpenRows({ items, ...props }: IndicatorRowsProps & { items: readonly ProfileIndicator[] }) {
  // Each strip draws the row's own view: the chosen sex where Kolada splits the KPI, the totals elsewhere.
  const values = useQueries({
    queries: items.map((item) => valuesQuery(item.indicator.id, null, rowView(item, undefined).sex)),
  });
  return (
    <ul className="indicator-rows">
      {items.map((item, index) => (
        <IndicatorRow
          key={item.indicator.id}
          item={item}
          series={props.series?.get(item.indicator.id)}
          definition={props.catalogue.get(item.indicator.id)}
          values={values[index]?.data}
          code={props.code}
          name={props.name}
          peerCodes={props.peerCodes}
          lang={props.lang}
          t={props.t}
          selected={item.indicator.id === props.trendId}
          onShowTrend={props.onShowTrend}
        />
      ))}
    </ul>
  );
}
