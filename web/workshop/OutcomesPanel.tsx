import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  OutcomeStatus,
  type Indicator,
  type Outcome,
  type OutcomeEvidenceRequest,
  type Workshop,
} from '../../data/contract';
import { REPORT_TEXTS } from '../../data/workshop-report/report-texts';
import { outcomesQuery, useOutcomeWrites } from '../data/workshop-outcomes';
import type { Lang } from '../lib/format';
import { ChoiceSelect, Field, IndicatorReadingSelect, NoteText, useIndicatorReadings } from './FormFields';
import { readingText } from './indicator-text';
import { IndicatorTitle, SourceLabel } from '../lib/SourceLanguageText';
import { outcomeText } from './outcome-texts';
import { ApiErrorLine } from '../i18n/ApiErrorLine';

/** The outcomes register: everyone reads it (live), the facilitator records and updates outcomes. */
export function OutcomesPanel({
  workshop,
  catalogue,
  editToken,
  lang,
}: {
  workshop: Workshop;
  catalogue: ReadonlyMap<string, Indicator>;
  editToken: string | null;
  lang: Lang;
}) {
  const t = outcomeText(lang);
  const statusName = REPORT_TEXTS[lang].outcomeStatus;
  const outcomes = useQuery(outcomesQuery(workshop.id));
  const writes = useOutcomeWrites(workshop.id, editToken ?? '');
  const actions = workshop.cycles.flatMap((c) => c.entries.filter((e) => e.kind === 'action'));
  const actionText = (id: string) => actions.find((a) => a.id === id)?.text ?? '';
  const error = writes.add.error ?? writes.update.error ?? writes.remove.error;
  return (
    <section className="outcomes" aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">{t('outcomes')}</h2>
      <p className="help">{t('outcomesHelp')}</p>
      {outcomes.data?.length === 0 ? <p className="empty">{t('none')}</p> : null}
      <ol className="outcome-list">
        {(outcomes.data ?? []).map((outcome) => (
          <li key={outcome.id} className="outcome">
            <p className="entry-text outcome-statement">{outcome.statement}</p>
            {editToken ? (
              <Field label={t('status')} inline>
                <ChoiceSelect
                  aria-label={t('statusOf', { statement: outcome.statement })}
                  value={outcome.status}
                  choices={OutcomeStatus.options}
                  nameOf={(status) => statusName[status]}
                  onChange={(value) =>
                    writes.update.mutate({
                      outcomeId: outcome.id,
                      patch: { version: outcome.version, status: OutcomeStatus.parse(value) },
                    })
                  }
                />
              </Field>
            ) : (
              <p className="outcome-status">
                {t('status')}: {statusName[outcome.status]}
              </p>
            )}
            {outcome.actionIds.length > 0 ? (
              <p>
                {t('actions')}: {outcome.actionIds.map(actionText).join('; ')}
              </p>
            ) : null}
            <EvidenceList outcome={outcome} catalogue={catalogue} lang={lang} label={t('evidence')} />
            {editToken ? (
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(t('removeConfirm', { statement: outcome.statement })))
                    writes.remove.mutate(outcome.id);
                }}
              >
                {t('remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {editToken ? <OutcomeForm workshop={workshop} lang={lang} onAdd={writes.add} /> : null}
      {error ? (
        <p role="alert">
          <ApiErrorLine error={error} lang={lang} say={(message) => t('error', { message })} />
        </p>
      ) : null}
    </section>
  );
}

function EvidenceList({
  outcome,
  catalogue,
  lang,
  label,
}: {
  outcome: Outcome;
  catalogue: ReadonlyMap<string, Indicator>;
  lang: Lang;
  label: string;
}) {
  return (
    <>
      <p>{label}:</p>
      <ul className="outcome-evidence">
        {outcome.evidence.map((evidence, index) => {
          if (evidence.kind === 'source') {
            return <li key={index}>{`${evidence.citation}${evidence.url ? ` (${evidence.url})` : ''}`}</li>;
          }
          const indicator = catalogue.get(evidence.indicatorId);
          const reading = readingText(evidence, indicator, lang);
          return (
            <li key={index}>
              {indicator ? <IndicatorTitle indicator={indicator} lang={lang} /> : evidence.indicatorId}
              {` · ${evidence.municipality}: ${reading.value} (${reading.year}; `}
              <SourceLabel source={evidence.source} lang={lang} />)
            </li>
          );
        })}
      </ul>
    </>
  );
}

function OutcomeForm({
  workshop,
  lang,
  onAdd,
}: {
  workshop: Workshop;
  lang: Lang;
  onAdd: ReturnType<typeof useOutcomeWrites>['add'];
}) {
  const t = outcomeText(lang);
  const statusName = REPORT_TEXTS[lang].outcomeStatus;
  const readings = useIndicatorReadings(workshop.id, lang);
  const [statement, setStatement] = useState('');
  const [status, setStatus] = useState<OutcomeStatus>('expected');
  const [chosenActions, setChosenActions] = useState<string[]>([]);
  const [indicator, setIndicator] = useState('');
  const [citation, setCitation] = useState('');
  const [url, setUrl] = useState('');
  const [missingEvidence, setMissingEvidence] = useState(false);
  const actions = workshop.cycles.flatMap((c) => c.entries.filter((e) => e.kind === 'action'));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const [indicatorId, municipality] = indicator.split('|');
    const evidence: OutcomeEvidenceRequest[] = [
      ...(indicatorId && municipality ? [{ kind: 'indicator' as const, indicatorId, municipality }] : []),
      ...(citation.trim() ? [{ kind: 'source' as const, citation, url: url.trim() || null }] : []),
    ];
    // The server refuses it too (400 naming "evidence"); saying so here keeps the message in the page's language.
    setMissingEvidence(evidence.length === 0);
    if (evidence.length === 0) return;
    onAdd.mutate(
      { statement, status, actionIds: chosenActions, evidence },
      {
        onSuccess: () => {
          setStatement('');
          setChosenActions([]);
          setIndicator('');
          setCitation('');
          setUrl('');
        },
      },
    );
  };

  return (
    <form className="outcome-form" onSubmit={submit} aria-label={t('add')}>
      <Field label={t('statement')}>
        <NoteText name="outcomeStatement" value={statement} onChange={setStatement} />
      </Field>
      <Field label={t('status')} inline>
        <ChoiceSelect
          name="outcomeStatus"
          value={status}
          choices={OutcomeStatus.options}
          nameOf={(s) => statusName[s]}
          onChange={(value) => setStatus(OutcomeStatus.parse(value))}
        />
      </Field>
      <fieldset>
        <legend>{t('actions')}</legend>
        {actions.length === 0 ? <p className="empty">{t('noActions')}</p> : null}
        {actions.map((action) => (
          <label key={action.id} className="field inline">
            <input
              type="checkbox"
              name="outcomeAction"
              checked={chosenActions.includes(action.id)}
              onChange={(e) =>
                setChosenActions(
                  e.target.checked
                    ? [...chosenActions, action.id]
                    : chosenActions.filter((id) => id !== action.id),
                )
              }
            />
            {action.text}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('evidence')}</legend>
        <Field label={t('indicator')}>
          <IndicatorReadingSelect
            name="outcomeIndicator"
            value={indicator}
            readings={readings}
            none={t('noIndicator')}
            lang={lang}
            onChange={setIndicator}
          />
        </Field>
        <Field label={t('citation')}>
          <input
            name="outcomeCitation"
            maxLength={300}
            value={citation}
            onChange={(e) => setCitation(e.target.value)}
          />
        </Field>
        <Field label={t('url')}>
          <input name="outcomeUrl" type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
        </Field>
      </fieldset>
      {missingEvidence ? <p role="alert">{t('needsEvidence')}</p> : null}
      <button type="submit" className="primary" disabled={onAdd.isPending}>
        {t('add')}
      </button>
    </form>
  );
}
