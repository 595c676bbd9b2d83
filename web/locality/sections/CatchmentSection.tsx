import { useId } from 'react';
import type { CatchmentResponse, FirmsResponse } from '../../../data/contract/api';
import { formatNumber, type Lang } from '../../lib/format';
import { placesByDistance } from '../catchment/catchment-sums';
import type { LocalityText } from '../texts';
import { CatchmentProfile } from './CatchmentProfile';
import { CENTRE_SITE } from '../url-state';
import { FoldSection } from './FoldSection';

interface CatchmentSectionProps {
  sites: FirmsResponse['features'];
  site: string | null;
  onSiteChange: (site: string) => void;
  catchment: CatchmentResponse | undefined;
  lang: Lang;
  t: LocalityText;
}

/** People in urban areas within the radius of a chosen firm site, the municipalities touched and their profile. */
export function CatchmentSection({ sites, site, onSiteChange, catchment, lang, t }: CatchmentSectionProps) {
  const selectId = useId();
  const outsideShare = catchment?.outsideUrbanAreas.share;
  return (
    <FoldSection
      id="catchment"
      title={t('sectionCatchment')}
      hint={
        catchment &&
        t('catchmentTotal', {
          persons: formatNumber(catchment.population.sum, lang),
          radius: catchment.radiusKm,
          year: catchment.population.year,
        })
      }
    >
      <p>
        <label htmlFor={selectId}>{t('catchmentSite')}</label>{' '}
        <select id={selectId} value={site ?? ''} onChange={(event) => onSiteChange(event.target.value)}>
          {site === null && <option value="">{t('catchmentChoose')}</option>}
          <option value={CENTRE_SITE}>{t('catchmentCentre')}</option>
          {sites.map(({ properties }) => (
            <option key={properties.siteId} value={properties.siteId} lang="en">
              {properties.company}: {properties.siteName} ({properties.municipalityName})
            </option>
          ))}
        </select>
      </p>
      {catchment && (
        <>
          <p className="catchment-total" data-testid="catchment-total">
            {t('catchmentTotal', {
              persons: formatNumber(catchment.population.sum, lang),
              radius: catchment.radiusKm,
              year: catchment.population.year,
            })}
          </p>
          <div className="honest-note" role="note">
            <p>
              {t('catchmentOutside', {
                share:
                  outsideShare === null || outsideShare === undefined
                    ? t('missing').toLowerCase()
                    : `${formatNumber(outsideShare, lang, 1)} %`,
              })}{' '}
              {t('catchmentStraight')}
            </p>
            {catchment.centre.site?.location === 'approximate' && <p>{t('approximateCentre')}</p>}
          </div>
          {catchment.laRegion && (
            <p>
              <strong>{t('laRegionOf')}:</strong> {catchment.laRegion.name} ({catchment.laRegion.code})
            </p>
          )}
          <div className="catchment-columns">
            <table className="data-table">
              <caption>{t('place')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('place')}</th>
                  <th scope="col" className="numeric">
                    {t('distanceKm')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('persons')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {placesByDistance(catchment.urbanAreas).map((place) => (
                  <tr key={place.code}>
                    <td>{place.name}</td>
                    <td className="numeric">{formatNumber(place.distanceKm, lang, 1)} km</td>
                    <td className="numeric">{formatNumber(place.population, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <CatchmentProfile catchment={catchment} lang={lang} t={t} />
          </div>
          <p className="card-source">
            {t('source')}: {t('catchmentSource', { year: catchment.population.year })}
          </p>
        </>
      )}
    </FoldSection>
  );
}
