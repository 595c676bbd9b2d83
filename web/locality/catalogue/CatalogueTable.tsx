import type { ReactNode } from 'react';
import type { ProfileIndicator, SexView } from '../../../data/contract/api';
import type { Lang } from '../../lib/format';
import { IndicatorTitle, SourceLabel } from '../../lib/SourceLanguageText';
import type { LocalityText } from '../texts';
import { valueFormatter } from '../value-format';
import { CaveatMarker } from '../sections/CaveatMarker';
import type { CatalogueText } from './catalogue-texts';

interface Props {
  items: readonly ProfileIndicator[];
  code: string;
  sex: SexView;
  caption: ReactNode;
  lang: Lang;
  t: LocalityText;
  ct: CatalogueText;
}

/** The figure a row shows: the totals, or the chosen sex view (missing and "no split" kept apart, never 0). */
function shown(item: ProfileIndicator, sex: SexView) {
  if (sex === 'total' || !item.sex) return { latest: item.latest, noSplit: false };
  return { latest: item.sex.latest, noSplit: !item.sex.available };
}

/** The planner's map of one indicator with this municipality selected, in the same series and language. */
export function plannerHref(id: string, code: string, sex: SexView, lang: Lang): string {
  const params = new URLSearchParams({ indicator: id, sel: code });
  if (sex !== 'total') params.set('sex', sex);
  if (lang === 'en') params.set('lang', 'en');
  return `/?${params.toString()}`;
}

/** Kolada KPIs as table rows: latest value, year, place among the municipalities, source with the KPI id, map. */
export function CatalogueTable({ items, code, sex, caption, lang, t, ct }: Props) {
  // The view's own label from the answer: the gap says there that it is derived.
  const viewLabel = sex === 'total' ? null : (items.find((item) => item.sex)?.sex?.label[lang] ?? null);
  return (
    <div className="catalogue-table-wrap">
      <table className="data-table catalogue-table">
        <caption>
          {caption}
          {viewLabel ? ` · ${viewLabel}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{ct('colIndicator')}</th>
            <th scope="col" className="numeric">
              {ct('colValue')}
            </th>
            <th scope="col">{ct('colYear')}</th>
            <th scope="col">{ct('colRank')}</th>
            <th scope="col">{ct('colSource')}</th>
            <th scope="col">{ct('colMap')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const { indicator } = item;
            const { latest, noSplit } = shown(item, sex);
            const format = valueFormatter(indicator, undefined, lang);
            const categorical = item.latest?.categories !== undefined;
            return (
              <tr key={indicator.id} data-indicator={indicator.id}>
                <th scope="row">
                  <IndicatorTitle indicator={indicator} lang={lang} />
                  <CaveatMarker caveats={indicator.caveats} lang={lang} t={t} />
                </th>
                <td className="numeric" data-cell="value">
                  {noSplit ? (
                    <span className="card-missing">{ct('noSplit')}</span>
                  ) : latest ? (
                    format(latest.value)
                  ) : (
                    <span className="card-missing">{t('missing')}</span>
                  )}
                </td>
                <td data-cell="year">{latest?.year ?? '–'}</td>
                <td data-cell="rank">
                  {latest && latest.rank !== undefined
                    ? `${t('rankOf', { rank: latest.rank, n: latest.n })} (${t(indicator.direction === 'neutral' ? 'rankHelp' : 'rankHelpBetter')})`
                    : latest && categorical
                      ? ct('notRankedCategory')
                      : '–'}
                </td>
                <td data-cell="source">
                  {latest ? <SourceLabel source={latest.source} lang={lang} /> : null}{' '}
                  <code className="catalogue-id">{indicator.id}</code>
                </td>
                <td>
                  <a href={plannerHref(indicator.id, code, sex, lang)}>
                    {ct('onMap')}
                    <span className="visually-hidden">
                      : <IndicatorTitle indicator={indicator} lang={lang} />
                    </span>
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
