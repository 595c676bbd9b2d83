import type { CatchmentResponse, ValuesResponse } from '../../../data/contract/api';
import { formatNumber, formatValue, type Lang } from '../../lib/format';
import { weightedProfile } from '../catchment/weighted-profile';
import { useIndicatorValues } from '../locality-queries';
import type { LocalityText } from '../texts';
import { SourceLabels } from '../../lib/SourceLanguageText';

/** Counts shown for each municipality the catchment touches. */
const COUNT_IDS = ['population_total', 'commuters_in', 'commuters_out'] as const;
/** Rates averaged over the touched municipalities, weighted by their people within the radius. */
const PROFILE_IDS = [
  'share_aged_0_19',
  'share_aged_75_plus',
  'share_16_74_primary_education',
  'share_16_74_upper_secondary_education',
  'share_16_74_post_secondary_education',
] as const;

interface CatchmentProfileProps {
  catchment: CatchmentResponse;
  lang: Lang;
  t: LocalityText;
}

function valuesByCode(response: ValuesResponse | undefined): Record<string, number> {
  return Object.fromEntries((response?.values ?? []).map((entry) => [entry.code, entry.value]));
}

export function CatchmentProfile({ catchment, lang, t }: CatchmentProfileProps) {
  const counts = useIndicatorValues(COUNT_IDS).map((query) => query.data);
  const rates = useIndicatorValues(PROFILE_IDS).map((query) => query.data);
  const weights = Object.fromEntries(
    catchment.municipalities.map((municipality) => [municipality.code, municipality.urbanPopulationInRadius]),
  );
  const values = Object.fromEntries(
    rates.flatMap((response) => (response ? [[response.indicator.id, valuesByCode(response)]] : [])),
  );
  const profile = weightedProfile(PROFILE_IDS, weights, values);
  return (
    <div className="catchment-profile">
      <table className="data-table">
        <caption>{t('municipalitiesTouched')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('municipality')}</th>
            <th scope="col" className="numeric">
              {t('inRadius')} ({catchment.population.year})
            </th>
            {counts.map((response, index) => (
              <th key={COUNT_IDS[index]} scope="col" className="numeric">
                {response ? `${response.indicator.title[lang]} (${response.year})` : COUNT_IDS[index]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {catchment.municipalities.map((municipality) => (
            <tr key={municipality.code}>
              <td>{municipality.name}</td>
              <td className="numeric">{formatNumber(municipality.urbanPopulationInRadius, lang)}</td>
              {counts.map((response, index) => {
                const value = response?.values.find((entry) => entry.code === municipality.code)?.value;
                return (
                  <td key={COUNT_IDS[index]} className="numeric">
                    {value === undefined ? t('missing') : formatNumber(value, lang)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table weighted-profile">
        <caption>{t('weightedProfile')}</caption>
        <tbody>
          {profile.map((row, index) => {
            const response = rates[index];
            if (!response) return null;
            const format = { unit: response.indicator.unit, decimals: response.indicator.decimals };
            return (
              <tr key={row.indicator} data-indicator={row.indicator}>
                <th scope="row">
                  {response.indicator.title[lang]} ({response.year})
                </th>
                <td className="numeric">
                  {row.value === null ? t('missing') : formatValue(row.value, format, lang)}
                  {row.missing.length > 0 && (
                    <span className="card-hint">
                      {' '}
                      ({t('weightedMissing', { codes: row.missing.join(', ') })})
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="card-source">
        {t('weightedBase')} {t('source')}:{' '}
        <SourceLabels
          sources={rates.flatMap((response) => (response ? [response.source] : []))}
          lang={lang}
          separator=", "
        />
      </p>
    </div>
  );
}
