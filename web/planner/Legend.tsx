import type { Indicator } from '../../data/contract';
import { formatBound, unitLabel } from '../lib/format';
import type { Legend as LegendModel } from '../lib/legend';
import { useI18n } from '../i18n/use-i18n';
import type { SexView } from '../../data/contract/api';
import { pickerText, sexSuffix } from '../lib/picker-texts';
import { IndicatorTitle } from '../lib/SourceLanguageText';
import { FollowsOnRelease } from './FollowsOnRelease';

interface Props {
  indicator: Indicator;
  year: number;
  /** The gap (women − men) is drawn on a diverging scale: its legend names both ends. */
  sex: SexView;
  legend: LegendModel;
  /** A year drag holds the pointer: the map shows the year under it, this legend the year it names. */
  following?: boolean;
}

/** Class ranges with how many municipalities fall in each, the no-data swatch, and what colours do not mean. */
export function Legend({ indicator, year, sex, legend, following = false }: Props) {
  const { lang, t } = useI18n();
  const text = pickerText(lang);
  const unit = unitLabel(indicator.unit, lang);
  const bound = (value: number) => formatBound(value, indicator.decimals, lang);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        <span className="section-title">{t('legend')}</span>
        <span className="legend__indicator">
          <IndicatorTitle indicator={indicator} lang={lang} />
          {sexSuffix(sex, lang)}
        </span>
        <span className="legend__unit">
          {unit ? `${unit} · ` : ''}
          {year}
        </span>
      </h2>
      {following ? <FollowsOnRelease year={year} /> : null}
      {sex === 'gap' ? (
        <p className="legend__ends legend__gap-ends" data-testid="gap-legend-ends">
          <span>← {text('gapLegendMen')}</span>
          <span>{text('gapLegendWomen')} →</span>
        </p>
      ) : null}
      <p className="legend__columns" aria-hidden="true">
        <span>{indicator.unit === 'category' ? t('legendCategory') : t('legendRange')}</span>
        <span>{t('legendCount')}</span>
      </p>
      <ul className="legend__list" data-testid="legend" aria-label={t('legendCountLabel')}>
        {legend.gradient ? (
          <li className="legend__gradient">
            <span
              className="legend__ramp"
              style={{ background: `linear-gradient(to right, ${legend.gradient.stops.join(', ')})` }}
              aria-hidden="true"
            />
            <span className="legend__ends">
              <span>{bound(legend.gradient.from)}</span>
              <span>{bound(legend.gradient.to)}</span>
            </span>
          </li>
        ) : null}
        {legend.entries.map((entry) => (
          <li key={entry.kind === 'range' ? entry.from : entry.value} className="legend__row">
            <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
            <span className="legend__label">
              {entry.kind === 'category'
                ? entry.label[lang]
                : entry.from === entry.to
                  ? bound(entry.from)
                  : `${bound(entry.from)} – ${bound(entry.to)}`}
            </span>
            <span className="legend__count">
              {entry.count}
              <span className="visually-hidden"> {t('municipalitiesWord')}</span>
            </span>
          </li>
        ))}
        <li className="legend__row">
          <span className="swatch swatch--no-data" aria-hidden="true" />
          <span className="legend__label">{t('noData')}</span>
          <span className="legend__count">
            {legend.noData}
            <span className="visually-hidden"> {t('municipalitiesWord')}</span>
          </span>
        </li>
      </ul>
      <p className="hint">{sex === 'gap' ? text('gapLegendNote') : t('legendNote')}</p>
    </section>
  );
}
