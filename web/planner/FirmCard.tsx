import type { FirmSiteProperties } from '../../data/contract';
import { NACE_COLOURS, naceGroupOf } from '../map/palette';
import { useI18n } from '../i18n/use-i18n';
import { SourceLanguageText } from '../lib/SourceLanguageText';

/** The firm snapshot (data/sources: metal-sites) names and describes its sites in English. */
const SOURCE_LANG = 'en';

/** What the source says about one site; employees stay the source's own words, never a parsed count. */
export function FirmCard({ firm }: { firm: FirmSiteProperties }) {
  const { lang, t } = useI18n();
  const group = naceGroupOf(firm.naceGroup);
  return (
    <div className="firm-card">
      <p className="firm-card__company">
        <SourceLanguageText text={firm.company} textLang={SOURCE_LANG} lang={lang} />
      </p>
      <dl className="facts">
        <dt>{t('site')}</dt>
        <dd>
          <SourceLanguageText text={firm.siteName} textLang={SOURCE_LANG} lang={lang} />,{' '}
          {firm.municipalityName}
        </dd>
        <dt>{t('activity')}</dt>
        <dd>
          <span className="dot" style={{ background: NACE_COLOURS[group] }} aria-hidden="true" />{' '}
          {t(`nace_${group}`)}, SNI/NACE {firm.nace}:{' '}
          <SourceLanguageText text={firm.activity} textLang={SOURCE_LANG} lang={lang} />
        </dd>
        <dt>{t('employees')}</dt>
        <dd>
          {firm.employees ? (
            <SourceLanguageText text={firm.employees} textLang={SOURCE_LANG} lang={lang} />
          ) : (
            t('notStated')
          )}
        </dd>
        <dt>{t('source')}</dt>
        <dd>
          <SourceLanguageText text={firm.source} textLang={SOURCE_LANG} lang={lang} />
        </dd>
      </dl>
      {firm.location === 'approximate' ? (
        <p className="hint" data-testid="firm-missing-coordinates">
          {t('approximateLocation')}. {t('missingCoordinates')}{' '}
          <a href={lang === 'en' ? '/import?lang=en' : '/import'}>{t('missingCoordinatesLink')}</a>
        </p>
      ) : (
        <p className="hint">{t('exactLocation')}</p>
      )}
    </div>
  );
}
