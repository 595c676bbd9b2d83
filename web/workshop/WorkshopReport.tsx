import { createPortal } from 'react-dom';
import type { Indicator, Workshop } from '../../data/contract';
import { formatValue, type Lang } from '../lib/format';
import { prioritised } from './entry-order';
import type { WorkshopText } from './texts';
import { useCurrentIndicators, useMunicipalityNames } from '../data/workshop-queries';
import { sourceLabel } from '../lib/source-label';

/** Key figures of the locality brief: the same ids the locality view leads with, values from the current build. */
export const REPORT_FIGURE_IDS = [
  'population_total',
  'employment_rate_20_64',
  'open_unemployment_18_65',
  'commuting_in_share',
  'commuting_out_share',
  'manufacturing_jobs_share',
  'post_secondary_25_64',
  'median_household_disposable_income',
  'housing_market_balance',
] as const;

interface ReportProps {
  workshop: Workshop;
  localityNames: string;
  catalogue: ReadonlyMap<string, Indicator>;
  lang: Lang;
  t: WorkshopText;
}

/**
 * The printable A4 report, portalled to <body> and shown only in print (workshop.css), so the browser's
 * "print" produces the report rather than the editing screen.
 */
export function WorkshopReport({ workshop, localityNames, catalogue, lang, t }: ReportProps) {
  const figures = useCurrentIndicators(workshop.id, REPORT_FIGURE_IDS);
  const names = useMunicipalityNames().data;
  const organisationName = (id: string | null | undefined) =>
    workshop.organisations.find((o) => o.id === id)?.name ?? '';
  const buildId = figures.data?.[0]?.buildId ?? '';
  const sources = new Set((figures.data ?? []).map((f) => sourceLabel(f.source, lang)));
  return createPortal(
    <div className="workshop-report-root">
      <article className="workshop-report" lang={lang}>
        <header>
          <h1>{t('reportTitle', { title: workshop.title })}</h1>
          <p>{t('reportLocality', { names: localityNames })}</p>
          <p className="report-meta">
            {t('reportPrinted', { date: new Date().toISOString().slice(0, 10), build: buildId.slice(0, 8) })}
          </p>
        </header>
        <section>
          <h2>{t('reportKeyFigures')}</h2>
          <table className="report-figures">
            <thead>
              <tr>
                <th scope="col">{t('indicator')}</th>
                <th scope="col">{t('municipality')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {(figures.data ?? []).map((figure) => (
                <tr key={`${figure.indicatorId}-${figure.municipality}`}>
                  <th scope="row">{figure.title[lang]}</th>
                  <td>{names?.get(figure.municipality) ?? figure.municipality}</td>
                  <td>{formatValue(figure.value, catalogue.get(figure.indicatorId) ?? figure, lang)}</td>
                  <td>{figure.year}</td>
                  <td>{sourceLabel(figure.source, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {workshop.cycles.map((cycle) => {
          const groups = (['obstacle', 'solution', 'action'] as const).map((kind) => ({
            kind,
            entries: prioritised(cycle.entries, kind),
          }));
          return (
            <section key={cycle.id} className="report-cycle">
              <h2>{t('reportCycle', { n: cycle.number, date: cycle.date })}</h2>
              {groups.every((group) => group.entries.length === 0) ? <p>{t('reportNoEntries')}</p> : null}
              {groups.map(({ kind, entries }) =>
                entries.length === 0 ? null : (
                  <div key={kind}>
                    <h3>{t(`kinds_${kind}`)}</h3>
                    <ol>
                      {entries.map((entry) => (
                        <li key={entry.id}>
                          <span className="entry-text">{entry.text}</span>
                          {entry.organisationId ? ` (${organisationName(entry.organisationId)})` : ''}
                          {kind === 'action' && entry.action
                            ? ` — ${t('owner')}: ${organisationName(entry.action.ownerOrganisationId)}; ${t('dueDate')}: ${entry.action.dueDate ?? '–'}; ${t(`status_${entry.action.status}`)}`
                            : ''}
                          {kind !== 'action' ? ` — ${t('votes', { n: entry.votes })}` : ''}
                        </li>
                      ))}
                    </ol>
                  </div>
                ),
              )}
            </section>
          );
        })}
        <section className="report-recommendations">
          <h2>{t('recommendations')}</h2>
          <p className="pre-wrap">{workshop.recommendations || '–'}</p>
        </section>
        <footer>
          <h2>{t('reportSources')}</h2>
          <ul>
            {[...sources].map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </footer>
      </article>
    </div>,
    document.body,
  );
}
