import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Indicator, Workshop } from '../../data/contract';
import { weightingTable } from '../../data/workshop-weightings/weighting-table';
import type { Lang } from '../lib/format';
import { weightingsQuery } from '../data/workshop-weightings';
import { useMunicipalityNames } from '../data/workshop-queries';
import { weightingText } from './weighting-texts';
import { useLocation } from '../router/location-store';

interface WeightingsPanelProps {
  workshop: Workshop;
  catalogue: ReadonlyMap<string, Indicator>;
  lang: Lang;
}

/**
 * The organisations' saved weightings side by side (the same table as the report): pillar shares, the top and
 * bottom of the ranking and the workshop's own municipalities' ranks, frozen with the build they came from.
 */
export function WeightingsPanel({ workshop, catalogue, lang }: WeightingsPanelProps) {
  const t = weightingText(lang);
  const weightings = useQuery(weightingsQuery(workshop.id)).data;
  const names = useMunicipalityNames().data;
  const table = weightings
    ? weightingTable({
        weightings: weightings.weightings,
        buildId: weightings.buildId,
        municipalities: workshop.municipalities,
        organisationName: (id) => workshop.organisations.find((o) => o.id === id)?.name ?? id,
        municipalityName: (code) => names?.get(code) ?? code,
        indicatorTitle: (id) => catalogue.get(id)?.title[lang] ?? id,
        lang,
      })
    : null;
  const planner = `/?mode=index${lang === 'en' ? '&lang=en' : ''}`;
  // The planner's "saved" message links here with ?show=weightings: bring the table into view once it is there.
  const show = new URLSearchParams(useLocation().search).get('show') === 'weightings';
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = table !== null;
  useEffect(() => {
    if (show && ready) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }
  }, [show, ready]);
  return (
    <section className="weightings" id="weightings" aria-labelledby="weightings-heading">
      <h2 id="weightings-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h2>
      <p className="help">
        {t('help')} <a href={planner}>{t('openIndex')}</a>
      </p>
      {weightings && !table ? <p className="empty">{t('none')}</p> : null}
      {table ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('caption')}>
          <table className="weightings-table">
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                {table.header.map((cell, i) => (
                  <th key={i} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([label, ...cells], r) => (
                <tr key={r}>
                  <th scope="row">{label}</th>
                  {cells.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {table?.notes.map((note) => (
        <p key={note} className="weighting-note" role="note">
          {note}
        </p>
      ))}
    </section>
  );
}
