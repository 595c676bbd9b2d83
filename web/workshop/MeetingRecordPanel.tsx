import { useState } from 'react';
import type { Cycle, Workshop } from '../../data/contract';
import { useMeetingWrites } from '../data/workshop-meeting';
import type { WorkshopText } from './texts';
import { OrganisationOptions } from './OrganisationOptions';
import { ApiErrorLine } from '../i18n/ApiErrorLine';
import { SaveErrorText } from './save-error-text';
import type { Lang } from '../lib/format';

/** Who came, what was said (plain text) and what was decided; the facilitator writes, everyone reads. */
export function MeetingRecordPanel({
  workshop,
  cycle,
  editToken,
  lang,
  t,
}: {
  workshop: Workshop;
  cycle: Cycle;
  editToken: string | null;
  lang: Lang;
  t: WorkshopText;
}) {
  const writes = useMeetingWrites(workshop.id, editToken ?? '');
  const [minutes, setMinutes] = useState(cycle.minutes);
  const [decision, setDecision] = useState({ text: '', owner: '', reviewDate: '' });
  const name = (id: string | null) => workshop.organisations.find((o) => o.id === id)?.name ?? '–';
  const attendance = new Set(cycle.attendance);
  // Every write of the record names the version read with the page: one over a newer record is refused (409).
  const setRecord = (record: { attendance?: string[]; minutes?: string }) =>
    writes.setRecord.mutate({ cycleId: cycle.id, record: { ...record, version: cycle.recordVersion } });
  return (
    <section className="meeting-record" aria-labelledby={`record-${cycle.id}`}>
      <h3 id={`record-${cycle.id}`}>{t('meetingRecord')}</h3>
      <fieldset>
        <legend>{t('attendance')}</legend>
        {workshop.organisations.map((organisation) => (
          <label key={organisation.id} className="field inline">
            <input
              type="checkbox"
              checked={attendance.has(organisation.id)}
              disabled={!editToken}
              onChange={(event) => {
                const next = new Set(attendance);
                if (event.target.checked) next.add(organisation.id);
                else next.delete(organisation.id);
                setRecord({ attendance: [...next] });
              }}
            />
            {organisation.name}
          </label>
        ))}
      </fieldset>
      {editToken ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setRecord({ minutes });
          }}
        >
          <label className="field">
            {t('minutes')}
            <textarea
              name="minutes"
              rows={4}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
            />
          </label>
          <button type="submit">{t('save')}</button>
        </form>
      ) : (
        <p className="minutes">{cycle.minutes || t('emptyKind')}</p>
      )}
      <h4>{t('decisions')}</h4>
      {cycle.decisions.length === 0 ? <p className="empty">{t('emptyKind')}</p> : null}
      <ul className="decisions">
        {cycle.decisions.map((d) => (
          <li key={d.id}>
            <span className="entry-text">{d.text}</span> — {name(d.ownerOrganisationId)}
            {d.reviewDate ? ` · ${t('reviewOn', { date: d.reviewDate })}` : ''}
          </li>
        ))}
      </ul>
      {editToken ? (
        <form
          className="decision-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!decision.text.trim()) return;
            writes.addDecision.mutate(
              {
                cycleId: cycle.id,
                decision: {
                  text: decision.text.trim(),
                  ownerOrganisationId: decision.owner || null,
                  reviewDate: decision.reviewDate || null,
                },
              },
              { onSuccess: () => setDecision({ text: '', owner: '', reviewDate: '' }) },
            );
          }}
        >
          <label className="field">
            {t('decisionText')}
            <input
              name="decision"
              value={decision.text}
              onChange={(event) => setDecision({ ...decision, text: event.target.value })}
            />
          </label>
          <label className="field inline">
            {t('owner')}
            <select
              name="decisionOwner"
              value={decision.owner}
              onChange={(event) => setDecision({ ...decision, owner: event.target.value })}
            >
              <OrganisationOptions workshop={workshop} noneLabel={t('noOrganisation')} />
            </select>
          </label>
          <label className="field inline">
            {t('reviewDate')}
            <input
              type="date"
              name="reviewDate"
              value={decision.reviewDate}
              onChange={(event) => setDecision({ ...decision, reviewDate: event.target.value })}
            />
          </label>
          <button type="submit">{t('addDecision')}</button>
        </form>
      ) : null}
      {writes.setRecord.error ? (
        <p role="alert">
          <SaveErrorText error={writes.setRecord.error} lang={lang} t={t} stale="staleRecord" />
        </p>
      ) : null}
      {writes.addDecision.error ? (
        <p role="alert">
          <ApiErrorLine
            error={writes.addDecision.error}
            lang={lang}
            say={(message) => t('saveError', { message })}
          />
        </p>
      ) : null}
    </section>
  );
}
