import type { Indicator } from '../../../data/contract';
import type { AggregateFigure, ProfileIndicator } from '../../../data/contract/api';
import type { Lang } from '../../lib/format';
import { Sparkline } from '../charts/Sparkline';
import { municipalitySlots } from '../profile-view';
import type { LocalityText } from '../texts';
import { valueFormatter } from '../value-format';

interface IndicatorCardProps {
  item: ProfileIndicator;
  definition: Indicator | undefined;
  lang: Lang;
  t: LocalityText;
  selected: boolean;
  onShowTrend: (id: string) => void;
}

/** One indicator: latest value, rank, county and national figures, trend, source and caveat. */
export function IndicatorCard({ item, definition, lang, t, selected, onShowTrend }: IndicatorCardProps) {
  const { indicator, latest } = item;
  const format = valueFormatter(indicator, definition, lang);
  const slots = municipalitySlots(item, definition);
  const title = indicator.title[lang];
  const source = latest?.source ?? definition?.sources[0];
  const first = item.series[0];
  const last = item.series.at(-1);
  const trendLabel =
    first && last
      ? `${first.year}-${last.year}: ${format(first.value)} → ${format(last.value)}`
      : t('noSeries');
  return (
    <article className={`indicator-card${selected ? ' is-selected' : ''}`} data-indicator={indicator.id}>
      <h4 className="card-title">{title}</h4>
      {latest ? (
        <p className="card-value">
          <span className="card-number">{format(latest.value)}</span>
          <span className="card-year">{latest.year}</span>
        </p>
      ) : (
        <p className="card-value card-missing">{t('missing')}</p>
      )}
      {latest && (
        <p className="card-rank">
          {t('rankOf', { rank: latest.rank, n: latest.n })}{' '}
          <span className="card-hint">
            ({indicator.direction === 'neutral' ? t('rankHelp') : t('rankHelpBetter')})
          </span>
        </p>
      )}
      <dl className="card-aggregates">
        <Aggregate label={t('countyFigure')} figure={item.county} format={format} lang={lang} t={t} />
        <Aggregate label={t('nationalFigure')} figure={item.national} format={format} lang={lang} t={t} />
      </dl>
      <button
        type="button"
        className="card-trend"
        onClick={() => onShowTrend(indicator.id)}
        aria-pressed={selected}
      >
        <Sparkline slots={slots} label={trendLabel} />
        <span className="visually-hidden">{t('showTrend', { title })}</span>
      </button>
      {source && (
        <p className="card-source">
          {t('source')}: {source.publisher}, {source.table}
        </p>
      )}
      {definition?.caveat && (
        <p className="card-caveat">
          {t('caveat')}: {definition.caveat[lang]}
        </p>
      )}
    </article>
  );
}

interface AggregateProps {
  label: string;
  figure: AggregateFigure | null;
  format: (value: number) => string;
  lang: Lang;
  t: LocalityText;
}

function Aggregate({ label, figure, format, lang, t }: AggregateProps) {
  // Published figures need no note; computed ones say how, missing ones say why.
  const note = figure && figure.method !== 'published' ? figure.methodText[lang] : null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {figure?.value !== null && figure?.value !== undefined
          ? `${format(figure.value)} (${figure.year})`
          : t('missing')}
        {note && (
          <span className="card-method">
            {' '}
            {figure?.value === null ? note : t('computed', { method: note })}
          </span>
        )}
      </dd>
    </div>
  );
}
