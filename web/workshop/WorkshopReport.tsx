import { useQuery } from '@tanstack/react-query';
import { createPortal } from 'react-dom';
import type { Indicator, Workshop } from '../../data/contract';
import { REPORT_FIGURE_IDS } from '../../data/workshop-report/report-figures';
import { reportModel, type ReportItem } from '../../data/workshop-report/report-model';
import type { Lang } from '../lib/format';
import { outcomesQuery } from '../data/workshop-outcomes';
import { weightingsQuery } from '../data/workshop-weightings';
import { useCurrentIndicators, useMunicipalityNames } from '../data/workshop-queries';

interface ReportProps {
  workshop: Workshop;
  catalogue: ReadonlyMap<string, Indicator>;
  lang: Lang;
}

/**
 * The printable A4 report, portalled to <body> and shown only in print (workshop-print.css), so the browser's
 * "print" produces the report rather than the editing screen. Same model, same sections as the DOCX.
 */
export function WorkshopReport({ workshop, catalogue, lang }: ReportProps) {
  const figures = useCurrentIndicators(workshop.id, REPORT_FIGURE_IDS);
  const outcomes = useQuery(outcomesQuery(workshop.id));
  const weightings = useQuery(weightingsQuery(workshop.id)).data;
  const names = useMunicipalityNames().data;
  const model = reportModel({
    workshop,
    outcomes: outcomes.data ?? [],
    keyFigures: figures.data ?? [],
    indicator: (id) => catalogue.get(id),
    municipalityName: (code) => names?.get(code) ?? code,
    lang,
    generatedOn: new Date().toISOString().slice(0, 10),
    buildId: figures.data?.[0]?.buildId ?? '',
    ...(weightings && weightings.weightings.length > 0 ? { weightings } : {}),
  });
  const t = model.texts;
  return createPortal(
    <div className="workshop-report-root">
      <article className="workshop-report" lang={lang}>
        <header>
          <h1>{model.title}</h1>
          <p>{model.locality}</p>
          <p className="report-meta">{model.generated}</p>
        </header>
        <section>
          <h2>{t.purpose}</h2>
          <p>{model.purpose}</p>
        </section>
        <section>
          <h2>{t.approach}</h2>
          <p>{model.approach.text}</p>
          <Table
            header={[t.cycleColumn, t.dateColumn, t.themeColumn, t.attendanceColumn]}
            rows={model.approach.cycles.map((c) => [c.cycle, c.date, c.title, c.attendance])}
          />
          <h3>{t.organisations}</h3>
          <ul>
            {model.approach.organisations.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        {model.cycles.map((cycle) => (
          <section key={cycle.heading} className="report-cycle">
            <h2>{cycle.heading}</h2>
            {cycle.groups.every((g) => g.items.length === 0) ? <p>{t.noEntries}</p> : null}
            {cycle.groups.map((group) =>
              group.items.length === 0 ? null : (
                <div key={group.kind}>
                  <h3>{group.heading}</h3>
                  <Items items={group.items} ordered />
                </div>
              ),
            )}
            {cycle.decisions.length > 0 ? (
              <>
                <h3>{t.decisions}</h3>
                <Items items={cycle.decisions} ordered={false} />
              </>
            ) : null}
            {cycle.minutes ? (
              <>
                <h3>{t.minutes}</h3>
                <p className="pre-wrap">{cycle.minutes}</p>
              </>
            ) : null}
          </section>
        ))}
        <section className="report-outcomes">
          <h2>{t.outcomes}</h2>
          {model.outcomes.length === 0 ? <p>{t.noOutcomes}</p> : null}
          <ol>
            {model.outcomes.map((outcome, index) => (
              <li key={index}>
                <strong className="entry-text">{outcome.statement}</strong> ({outcome.status})
                {outcome.actions.length > 0 ? (
                  <p>
                    {t.contributingActions}: {outcome.actions.join('; ')}
                  </p>
                ) : null}
                <p>{t.evidence}:</p>
                <ul>
                  {outcome.evidence.map((evidence, i) => (
                    <li key={i}>{evidence}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
        {model.weightings ? (
          <section>
            <h2>{t.weightings}</h2>
            <Table header={model.weightings.header} rows={model.weightings.rows} />
            {model.weightings.notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
          </section>
        ) : null}
        <section className="report-recommendations">
          <h2>{t.recommendations}</h2>
          <p>{t.recommendationsSource}</p>
          <p className="pre-wrap">{model.recommendations || t.noRecommendations}</p>
        </section>
        <section className="report-annex">
          <h2>{t.annex}</h2>
          <p>{t.annexText}</p>
          {model.annex.length === 0 ? (
            <p>{t.noFigures}</p>
          ) : (
            <Table
              className="report-figures"
              header={[t.indicator, t.municipality, t.value, t.year, t.publisher, t.table, t.build, t.usedIn]}
              rows={model.annex.map((r) => [
                r.indicator,
                r.municipality,
                r.value,
                String(r.year),
                r.publisher,
                r.table,
                r.buildId.slice(0, 12),
                r.usedIn,
              ])}
            />
          )}
        </section>
      </article>
    </div>,
    document.body,
  );
}

function Items({ items, ordered }: { items: readonly ReportItem[]; ordered: boolean }) {
  const children = items.map((item, index) => (
    <li key={index}>
      <span className="entry-text">{item.text}</span>
      {item.detail ? ` — ${item.detail}` : ''}
    </li>
  ));
  return ordered ? <ol>{children}</ol> : <ul>{children}</ul>;
}

function Table({
  header,
  rows,
  className,
}: {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  className?: string;
}) {
  return (
    <table className={className}>
      <thead>
        <tr>
          {header.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
