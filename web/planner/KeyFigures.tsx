import { useQuery } from '@tanstack/react-query';
import { formatValue } from '../lib/format';
import { IndicatorTitle, SourceLabel } from '../lib/SourceLanguageText';
import { useI18n } from '../i18n/use-i18n';
import { profileQuery } from '../data/profile-queries';
import { apiErrorText } from '../i18n/api-error-text';

/** The handful of figures a planner asks for first, each with its year and source. */
const KEY_INDICATORS = [
  'population_total',
  'employment_rate_20_64',
  'open_unemployment_18_65',
  'commuting_out_share',
  'commuting_in_share',
  'manufacturing_jobs_share',
  'post_secondary_25_64',
  'median_household_disposable_income',
];

export function KeyFigures({ code }: { code: string }) {
  const { lang, t } = useI18n();
  const profile = useQuery(profileQuery(code));
  if (profile.isPending) return <p className="hint">{t('loading')}</p>;
  if (profile.isError)
    return <p className="error">{t('loadError', { message: apiErrorText(profile.error, lang) })}</p>;
  const figures = KEY_INDICATORS.flatMap((id) => {
    const entry = profile.data.indicators.find((i) => i.indicator.id === id);
    return entry ? [entry] : [];
  });
  return (
    <section aria-labelledby="key-figures-title">
      <h3 id="key-figures-title" className="subsection-title">
        {t('keyFigures')}
      </h3>
      <dl className="key-figures">
        {figures.map(({ indicator, latest }) => (
          <div key={indicator.id} className="key-figure">
            <dt>
              <IndicatorTitle indicator={indicator} lang={lang} />
            </dt>
            <dd>
              {latest ? (
                <>
                  <span className="key-figure__value">{formatValue(latest.value, indicator, lang)}</span>
                  <span className="key-figure__meta">
                    {latest.year} · <SourceLabel source={latest.source} lang={lang} />
                  </span>
                </>
              ) : (
                <span className="key-figure__value key-figure__value--missing">{t('noData')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
