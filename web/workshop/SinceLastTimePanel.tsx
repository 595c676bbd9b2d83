import type { Indicator, Workshop } from '../../data/contract';
import type { Lang } from '../lib/format';
import { evidenceText } from '../lib/evidence-texts';
import { readingText } from './indicator-text';
import { apiErrorText } from '../i18n/api-error-text';
import { IndicatorTitle, SourceLabel } from '../lib/SourceLanguageText';
import type { WorkshopText } from './texts';
import { StatusSelect } from './StatusSelect';
import { useMunicipalityNames, useSinceLastTime, type WorkshopWrites } from '../data/workshop-queries';

interface SinceLastTimeProps {
  workshop: Workshop;
  number: number;
  catalogue: ReadonlyMap<string, Indicator>;
  writes: WorkshopWrites | null;
  lang: Lang;
  t: WorkshopText;
}

/** What the group agreed last time and how the figures it pointed at have moved, each with its data vintage. */
export function SinceLastTimePanel({ workshop, number, catalogue, writes, lang, t }: SinceLastTimeProps) {
  const since = useSinceLastTime(workshop.id, number, true);
  const names = useMunicipalityNames().data;
  const evidenceT = evidenceText(lang);
  if (!since.data) return since.isError ? <p role="alert">{apiErrorText(since.error, lang)}</p> : null;
  const { actions, decisionsDue, indicators, previous } = since.data;
  if (!previous) return null;
  const organisationName = (id: string | undefined) =>
    workshop.organisations.find((o) => o.id === id)?.name ?? '–';
  return (
    <section className="since-last-time" aria-labelledby="since-heading" data-testid="since-last-time">
      <h3 id="since-heading">{t('sinceLastTime', { n: previous.number })}</h3>
      <h4>{t('sinceActions')}</h4>
      {actions.length === 0 ? (
        <p>{t('sinceNoActions')}</p>
      ) : (
        <ul>
          {actions.map((action) => (
            <li key={action.id}>
              <span className="entry-text">{action.text}</span> —{' '}
              {organisationName(action.action?.ownerOrganisationId)}
              {' · '}
              <StatusSelect entry={action} writes={writes} t={t} />
            </li>
          ))}
        </ul>
      )}
      <h4>{t('sinceDecisionsDue')}</h4>
      {decisionsDue.length === 0 ? (
        <p>{t('sinceNoDecisionsDue')}</p>
      ) : (
        <ul data-testid="decisions-due">
          {decisionsDue.map((decision) => (
            <li key={decision.id}>
              <span className="entry-text">{decision.text}</span> —{' '}
              {organisationName(decision.ownerOrganisationId ?? undefined)}
              {' · '}
              {t('cycle', { n: decision.cycleNumber })}
              {decision.reviewDate ? ` · ${t('reviewOn', { date: decision.reviewDate })}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('sinceIndicators')}</h4>
      {indicators.length === 0 ? (
        <p>{t('sinceNoIndicators')}</p>
      ) : (
        <table className="since-table">
          <thead>
            <tr>
              <th scope="col">{t('indicator')}</th>
              <th scope="col">{t('municipality')}</th>
              <th scope="col">{t('then')}</th>
              <th scope="col">{t('now')}</th>
              <th scope="col">{t('source')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((item) => {
              const indicator = catalogue.get(item.indicatorId);
              const then = readingText(item.then, indicator, lang);
              const now = item.now ? readingText(item.now, indicator, lang) : null;
              return (
                <tr key={`${item.entryId}-${item.indicatorId}-${item.municipality}`}>
                  <th scope="row">
                    {indicator ? <IndicatorTitle indicator={indicator} lang={lang} /> : item.indicatorId}
                  </th>
                  <td>{names?.get(item.municipality) ?? item.municipality}</td>
                  <td>
                    {then.value} ({then.year}; {t('buildOf', { build: item.then.buildId.slice(0, 8) })})
                  </td>
                  <td data-testid="since-now">
                    {now && item.now
                      ? `${now.value} (${now.year}; ${t('buildOf', { build: item.now.buildId.slice(0, 8) })})`
                      : evidenceT(`unavailable_${item.unavailable ?? 'no_value'}`, { year: item.then.year })}
                  </td>
                  <td>
                    <SourceLabel source={(item.now ?? item.then).source} lang={lang} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
