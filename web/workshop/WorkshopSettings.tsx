import { useState } from 'react';
import { OrganisationKind, type Workshop } from '../../data/contract';
import type { WorkshopText } from './texts';
import type { WorkshopWrites } from '../data/workshop-queries';
import { ApiErrorLine } from '../i18n/ApiErrorLine';
import type { Lang } from '../lib/format';

/** Groups change over time: a new participant joins, a fourth meeting is added. */
export function WorkshopSettings({
  workshop,
  writes,
  lang,
  t,
}: {
  workshop: Workshop;
  writes: WorkshopWrites;
  lang: Lang;
  t: WorkshopText;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('firm');
  const [date, setDate] = useState('');
  const { addOrganisation, addCycle } = writes;
  const error = addOrganisation.error ?? addCycle.error;
  return (
    <details className="workshop-settings">
      <summary>
        {t('organisations')} ({workshop.organisations.length}) · {t('cycles')} ({workshop.cycles.length})
      </summary>
      <ul className="chips">
        {workshop.organisations.map((o) => (
          <li key={o.id}>
            {o.name} · {t(`org_${o.kind}`)}
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          addOrganisation.mutate({ name, kind }, { onSuccess: () => setName('') });
        }}
      >
        <label className="field inline">
          <span>{t('organisationName')}</span>
          <input
            name="new-organisation"
            value={name}
            required
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field inline">
          <span>{t('organisationKind')}</span>
          <select value={kind} onChange={(e) => setKind(OrganisationKind.parse(e.target.value))}>
            {OrganisationKind.options.map((k) => (
              <option key={k} value={k}>
                {t(`org_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={addOrganisation.isPending}>
          {t('addOrganisation')}
        </button>
      </form>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          addCycle.mutate({ date }, { onSuccess: () => setDate('') });
        }}
      >
        <label className="field inline">
          <span>{t('cycleDate', { n: workshop.cycles.length + 1 })}</span>
          <input
            type="date"
            name="new-cycle"
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <button type="submit" disabled={addCycle.isPending}>
          {t('addCycle')}
        </button>
      </form>
      {error ? (
        <p role="alert">
          <ApiErrorLine error={error} lang={lang} say={(message) => t('saveError', { message })} />
        </p>
      ) : null}
    </details>
  );
}
