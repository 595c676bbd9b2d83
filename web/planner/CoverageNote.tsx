import type { Indicator } from '../../data/contract';
import type { ValuesResponse } from '../../data/contract/api';
import { formatValue } from '../lib/format';
import { SourceLabel } from '../lib/SourceLanguageText';
import { useI18n } from '../i18n/use-i18n';

/** Coverage honesty under the map: how many of the 290 have data, and where the figures come from. */
export function CoverageNote({ indicator, values }: { indicator: Indicator; values: ValuesResponse }) {
  const { lang, t } = useI18n();
  const national = values.national.value;
  return (
    <footer className="coverage" data-testid="coverage-note">
      <span>
        <strong>{t('coverage', { n: values.n })}</strong>
      </span>
      <span>
        {t('source')}: <SourceLabel source={values.source} lang={lang} />, {values.year}
      </span>
      {indicator.unit === 'category' ? null : national !== null ? (
        <span>
          {t('national')}: {formatValue(national, indicator, lang)}
        </span>
      ) : (
        <span data-testid="national-missing">
          {t('national')}: {t('noData')} ({values.national.methodText[lang]})
        </span>
      )}
      {values.nationalMedianReason ? (
        <span data-testid="median-missing">
          {t('nationalMedian')}: {t('noData')} ({values.nationalMedianReason[lang]})
        </span>
      ) : null}
      {indicator.caveat ? (
        <span>
          {t('caveat')}: {indicator.caveat[lang]}
        </span>
      ) : null}
    </footer>
  );
}
