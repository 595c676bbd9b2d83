import type { FirmSiteProperties } from '../../data/contract';
import { NACE_COLOURS, naceGroupOf } from '../map/palette';
import { useI18n } from '../i18n/use-i18n';

/** What the source says about one site; employees stay the source's own words, never a parsed count. */
export function FirmCard({ firm }: { firm: FirmSiteProperties }) {
  const { t } = useI18n();
  const group = naceGroupOf(firm.naceGroup);
  return (
    <div className="firm-card">
      <p className="firm-card__company">{firm.company}</p>
      <dl className="facts">
        <dt>{t('site')}</dt>
        <dd>
          {firm.siteName}, {firm.municipalityName}
        </dd>
        <dt>{t('activity')}</dt>
        <dd>
          <span className="dot" style={{ background: NACE_COLOURS[group] }} aria-hidden="true" /> SNI/NACE{' '}
          {firm.nace}: {firm.activity}
        </dd>
        <dt>{t('employees')}</dt>
        <dd>{firm.employees ?? t('notStated')}</dd>
        <dt>{t('source')}</dt>
        <dd>{firm.source}</dd>
      </dl>
      <p className="hint">
        {firm.location === 'approximate' ? t('approximateLocation') : t('exactLocation')}
      </p>
    </div>
  );
}
