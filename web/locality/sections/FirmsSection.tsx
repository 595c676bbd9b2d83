import { useId } from 'react';
import type { FirmsResponse } from '../../../data/contract/api';
import { formatNumber, type Lang } from '../../lib/format';
import { NACE_BUCKETS, countByNace, type NaceBucket } from '../firms/nace-counts';
import type { LocalityText } from '../texts';
import { RADIUS_KM } from '../url-state';
import { FoldSection } from './FoldSection';

interface FirmsSectionProps {
  municipalityName: string;
  inMunicipality: FirmsResponse | undefined;
  near: FirmsResponse | undefined;
  radiusKm: number;
  onRadiusChange: (radiusKm: number) => void;
  lang: Lang;
  t: LocalityText;
}

/** The language the firm snapshot (data/sources: metal-sites) is written in. */
const SOURCE_LANG = 'en';

const NACE_LABEL: Record<NaceBucket, 'nace24' | 'nace25' | 'naceOther'> = {
  '24': 'nace24',
  '25': 'nace25',
  other: 'naceOther',
};

/** Metal-industry sites in the municipality and within a chosen straight-line radius, counted by NACE group. */
export function FirmsSection(props: FirmsSectionProps) {
  const { inMunicipality, near, radiusKm, lang, t } = props;
  const sliderId = useId();
  const local = inMunicipality?.features ?? [];
  const around = near?.features ?? [];
  const countsIn = countByNace(local);
  const countsNear = countByNace(around);
  // The firm snapshot names and describes its sites in English: marked so on a Swedish page.
  const sourceMarker =
    lang === SOURCE_LANG ? null : (
      <>
        {' '}
        <abbr className="lang-marker" title={t('firmsSourceLanguage')}>
          {SOURCE_LANG}
        </abbr>
      </>
    );
  return (
    <FoldSection
      id="firms"
      title={t('sectionFirms')}
      hint={`${t('firmsIn')}: ${formatNumber(local.length, lang)} · ${t('firmsNear', { radius: radiusKm })}: ${near ? formatNumber(around.length, lang) : '…'}`}
    >
      <p className="radius-control">
        <label htmlFor={sliderId}>{t('radius')}</label>{' '}
        <input
          id={sliderId}
          type="range"
          min={RADIUS_KM.min}
          max={RADIUS_KM.max}
          step={5}
          value={radiusKm}
          onChange={(event) => props.onRadiusChange(Number(event.target.value))}
        />{' '}
        <output htmlFor={sliderId}>{t('radiusKm', { radius: radiusKm })}</output>
      </p>
      <table className="data-table nace-counts">
        <caption>{t('byNace')}</caption>
        <thead>
          <tr>
            <th scope="col">NACE</th>
            <th scope="col" className="numeric">
              {t('firmsIn')}
            </th>
            <th scope="col" className="numeric">
              {t('firmsNear', { radius: radiusKm })}
            </th>
          </tr>
        </thead>
        <tbody>
          {NACE_BUCKETS.map((bucket) => (
            <tr key={bucket}>
              <th scope="row">{t(NACE_LABEL[bucket])}</th>
              <td className="numeric">{formatNumber(countsIn[bucket], lang)}</td>
              <td className="numeric">{near ? formatNumber(countsNear[bucket], lang) : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {around.length === 0 ? (
        <p className="missing-note">{t('noFirms')}</p>
      ) : (
        <table className="data-table firm-list">
          <caption>{t('firmsNear', { radius: radiusKm })}</caption>
          <thead>
            <tr>
              <th scope="col">
                {t('firm')}
                {sourceMarker}
              </th>
              <th scope="col">
                {t('site')}
                {sourceMarker}
              </th>
              <th scope="col">NACE</th>
              <th scope="col">{t('municipality')}</th>
              <th scope="col" className="numeric">
                {t('distanceKm')}
              </th>
              <th scope="col">{t('employees')}</th>
            </tr>
          </thead>
          <tbody>
            {around.map(({ id, properties }) => (
              <tr key={id} data-site={properties.siteId}>
                <td lang={SOURCE_LANG}>{properties.company}</td>
                <td>
                  <span lang={SOURCE_LANG}>{properties.siteName}</span>
                  {properties.location === 'approximate' && (
                    <span className="card-hint"> ({t('approximate')})</span>
                  )}
                </td>
                <td>{properties.nace}</td>
                <td>{properties.municipalityName}</td>
                <td className="numeric">
                  {properties.distanceKm === undefined
                    ? ''
                    : `${formatNumber(properties.distanceKm, lang, 0)} km`}
                </td>
                <td>{properties.employees ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="card-source">
        {t('firmsNote')} {t('catchmentStraight')} {t('firmsAttribution')}
      </p>
    </FoldSection>
  );
}
