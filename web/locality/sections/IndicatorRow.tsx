import type { Indicator } from '../../../data/contract';
import type { ProfileIndicator, SeriesPoint, ValuesResponse } from '../../../data/contract/api';
import type { Lang } from '../../lib/format';
import { DistributionStrip } from '../charts/DistributionStrip';
import { Sparkline } from '../../lib/charts/Sparkline';
import { IndicatorTitle, SourceLabel } from '../../lib/SourceLanguageText';
import type { LocalityText } from '../texts';
import { valueFormatter } from '../value-format';
import { CaveatMarker } from './CaveatMarker';
import { alignToExpectedYears } from '../../lib/charts/series-gaps';
import { rowView, type RowView } from '../sex/row-view';
import { sexViewText } from '../sex/sex-view-texts';
import { SexLine } from '../sex/SexLine';

interface IndicatorRowProps {
  item: ProfileIndicator;
  /** The municipality's series of the totals; undefined while it loads (the sparkline says so). */
  series: readonly SeriesPoint[] | undefined;
  definition: Indicator | undefined;
  values: ValuesResponse | undefined;
  code: string;
  name: string;
  peerCodes: readonly string[];
  lang: Lang;
  t: LocalityText;
  selected: boolean;
  onShowTrend: (id: string) => void;
}

/** One indicator as a row: value, year, rank of n, the distribution of all municipalities, trend, source, caveat. */
export function IndicatorRow(props: IndicatorRowProps) {
  const { item, series, definition, values, code, name, peerCodes, lang, t, selected, onShowTrend } = props;
  const { indicator, latest } = item;
  const format = valueFormatter(indicator, definition, lang);
  const title = indicator.title[lang];
  const source = latest?.source ?? definition?.sources[0];
  const view = rowView(item, series);
  const first = view.series?.[0];
  const last = view.series?.at(-1);
  const sexText = sexViewText(lang);
  const trendLabel = !view.series
    ? t('seriesLoading')
    : !(first && last)
      ? t('noSeries')
      : view.sex === 'total'
        ? `${first.year}-${last.year}: ${format(first.value)} → ${format(last.value)}`
        : sexText('trendLabel', {
            view: sexText(`view_${view.sex}`),
            from: first.year,
            to: last.year,
            first: format(first.value),
            last: format(last.value),
          });
  return (
    <li
      id={`row-${indicator.id}`}
      className={`indicator-row${selected ? ' is-selected' : ''}`}
      data-indicator={indicator.id}
    >
      <div className="row-title">
        <span className="row-name">
          <IndicatorTitle indicator={indicator} lang={lang} />
        </span>
        <CaveatMarker caveats={indicator.caveats} lang={lang} t={t} />
        {source && (
          <span className="row-source">
            {t('source')}: <SourceLabel source={source} lang={lang} />
          </span>
        )}
      </div>
      {latest ? (
        <div className="row-value">
          <span className="row-number">{format(latest.value)}</span>{' '}
          <span className="card-year">{latest.year}</span>
          {latest.rank !== undefined && (
            <span className="row-rank">
              {t('rankOf', { rank: latest.rank, n: latest.n })}{' '}
              <span className="card-hint">
                ({indicator.direction === 'neutral' ? t('rankHelp') : t('rankHelpBetter')})
              </span>
            </span>
          )}
        </div>
      ) : (
        <div className="row-value card-missing">{t('missing')}</div>
      )}
      {item.sex && <SexLine sex={item.sex} format={format} lang={lang} t={t} />}
      <div className="row-strip">
        {values && latest ? (
          <Strip
            view={view}
            values={values}
            code={code}
            name={name}
            peerCodes={peerCodes}
            format={format}
            lang={lang}
            t={t}
          />
        ) : latest ? (
          <span className="card-hint">{t('stripLoading')}</span>
        ) : null}
      </div>
      <button
        type="button"
        className="card-trend"
        onClick={() => onShowTrend(indicator.id)}
        aria-pressed={selected}
      >
        <Sparkline
          slots={alignToExpectedYears(view.series ?? [], definition?.years ?? [])}
          label={trendLabel}
        />
        <span className="visually-hidden">{t('showTrend', { title })}</span>
      </button>
    </li>
  );
}

interface StripProps {
  view: RowView;
  values: ValuesResponse;
  code: string;
  name: string;
  peerCodes: readonly string[];
  format: (value: number) => string;
  lang: Lang;
  t: LocalityText;
}

/** Every municipality's value of the row's view (the chosen sex where split, else totals), in the same year. */
function Strip({ view, values, code, name, peerCodes, format, lang, t }: StripProps) {
  const byCode = new Map(values.values.map((row) => [row.code, row]));
  const sameYear = (figure: RowView['county']) =>
    figure && figure.year === values.year ? figure.value : null;
  const peers = peerCodes.flatMap((code) => {
    const row = byCode.get(code);
    return row ? [row] : [];
  });
  const subject = byCode.get(code);
  const county = sameYear(view.county);
  const nation = sameYear(view.national);
  const missing = t('missing');
  const sexText = sexViewText(lang);
  const facts = {
    name,
    value: subject ? format(subject.value) : missing,
    rank: subject?.rank ?? '-',
    n: values.n,
    median:
      values.nationalMedian === null
        ? `${missing} (${values.nationalMedianReason?.[lang] ?? ''})`
        : format(values.nationalMedian),
    county: county === null ? missing : format(county),
    nation: nation === null ? missing : format(nation),
    peers: peers.map((row) => `${row.name} ${format(row.value)}`).join(', ') || missing,
  };
  // A gap has no better or worse: its strip names no rank. Women's and men's read like the totals, view first.
  const label =
    view.sex === 'gap'
      ? sexText('stripLabelGap', { ...facts, view: sexText('view_gap') })
      : view.sex === 'total'
        ? t('stripLabel', facts)
        : `${sexText(`view_${view.sex}`)}: ${t('stripLabel', facts)}`;
  return (
    <DistributionStrip
      input={{
        values: values.values.map((row) => row.value),
        subject: subject?.value ?? null,
        county,
        nation,
        peers: peers.map((row) => row.value),
        median: values.nationalMedian,
      }}
      label={label}
    />
  );
}
