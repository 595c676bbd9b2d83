import { populationTrend } from '../profile-view';
import type { HealthResponse, SeriesPoint } from '../../../data/contract/api';
import type { JoinedProfile } from '../../data/profile-join';
import { formatNumber, type Lang } from '../../lib/format';
import type { LocalityText } from '../texts';
import { SourceLabel, SourceLanguageText } from '../../lib/SourceLanguageText';

interface LocalityHeaderProps {
  profile: JoinedProfile;
  health: HealthResponse | undefined;
  /** The population series for the ten-year trend: it comes after the first screen (undefined until then). */
  populationSeries: readonly SeriesPoint[] | undefined;
  lang: Lang;
  t: LocalityText;
  /** The index rank with its interval, a fact of the first screen. */
  index: React.ReactNode;
  actions: React.ReactNode;
}

/** Name, county, labour market region, SKR group, population with year and source, the index rank, the vintage. */
export function LocalityHeader(props: LocalityHeaderProps) {
  const { profile, health, populationSeries, lang, t, index, actions } = props;
  const { municipality } = profile;
  const populationItem = profile.indicators.find((item) => item.indicator.id === 'population_total');
  const population = populationItem?.latest ?? null;
  const trend = populationSeries ? populationTrend(populationSeries) : null;
  return (
    <header className="locality-header">
      <div className="locality-title">
        <h1>
          {municipality.name} <span className="locality-code">{municipality.code}</span>
        </h1>
        <dl className="locality-facts">
          <div>
            <dt>{t('county')}</dt>
            <dd>{municipality.countyName}</dd>
          </div>
          <div>
            <dt>{t('laRegion')}</dt>
            <dd>{municipality.laName}</dd>
          </div>
          <div>
            <dt>{t('skrGroup')}</dt>
            <dd>
              {municipality.skrGroupCode} {/* SKR publishes its group names in Swedish only. */}
              <SourceLanguageText text={municipality.skrGroupName} textLang="sv" lang={lang} />
            </dd>
          </div>
          <div data-testid="header-population">
            <dt>{t('population')}</dt>
            <dd>
              {population ? (
                <>
                  <span className="figure-number">{formatNumber(population.value, lang)}</span>{' '}
                  <span className="card-year">{t('populationOn', { year: population.year })}</span>{' '}
                  {trend && (
                    <span className="population-trend" data-testid="population-trend">
                      {t('populationTrend', {
                        change: `${trend.change > 0 ? '+' : ''}${formatNumber(trend.change, lang, 1)} %`,
                        year: trend.since,
                      })}
                    </span>
                  )}{' '}
                  <span className="card-hint">
                    ({t('source')}: <SourceLabel source={population.source} lang={lang} />)
                  </span>
                </>
              ) : (
                t('missing')
              )}
            </dd>
          </div>
          {index}
          {health && (
            <div>
              <dt>{t('vintage')}</dt>
              <dd className="card-hint">
                {t('vintageText', { build: health.buildId.slice(0, 8) })}{' '}
                {Object.entries(health.vintage)
                  .sort(([a], [b]) => a.localeCompare(b))
                  .map(([source, year], index) => (
                    <span key={source}>
                      {index > 0 && ', '}
                      <code>{source}</code> {year}
                    </span>
                  ))}
              </dd>
            </div>
          )}
        </dl>
      </div>
      <div className="locality-actions">{actions}</div>
    </header>
  );
}
