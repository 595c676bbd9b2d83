import { useState } from 'react';
import {
  ActionStatus,
  EntryKind,
  EntryTheme,
  type CreateEntryRequest,
  type Cycle,
  type Workshop,
} from '../../data/contract';
import type { Lang } from '../lib/format';
import type { WorkshopText } from './texts';
import type { WorkshopWrites } from '../data/workshop-queries';
import {
  ChoiceSelect,
  Field,
  IndicatorReadingSelect,
  NoteText,
  readingKey,
  useIndicatorReadings,
} from './FormFields';
import { OrganisationOptions } from './OrganisationOptions';
import { SourceLabel } from '../lib/SourceLanguageText';
import { apiErrorText } from '../i18n/api-error-text';
import { PrefilledEvidence, useEvidencePrefill } from './PrefilledEvidence';

interface EntryFormProps {
  workshop: Workshop;
  cycle: Cycle;
  writes: WorkshopWrites;
  lang: Lang;
  t: WorkshopText;
}

/** Records one entry; the indicator picker shows each figure as the atlas has it now (value, year, source). */
export function EntryForm({ workshop, cycle, writes, lang, t }: EntryFormProps) {
  const readings = useIndicatorReadings(workshop.id, lang);
  const [kind, setKind] = useState<EntryKind>('obstacle');
  const [text, setText] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [theme, setTheme] = useState('');
  const [link, setLink] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [status, setStatus] = useState<ActionStatus>('planned');
  // "Add to workshop" from the locality page or the planner: the link (and map view) it was opened with.
  const prefill = useEvidencePrefill();
  const add = writes.addEntry;
  const chosen = readings.find((o) => readingKey(o) === link);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const entry: CreateEntryRequest = {
      kind,
      text,
      organisationId: organisationId || null,
      theme: theme ? EntryTheme.parse(theme) : null,
      ...prefill.toSend(),
      ...(chosen ? { links: [{ indicatorId: chosen.indicatorId, municipality: chosen.municipality }] } : {}),
      ...(kind === 'action'
        ? { action: { ownerOrganisationId: ownerId, status, ...(dueDate ? { dueDate } : {}) } }
        : {}),
    };
    add.mutate(
      { cycleId: cycle.id, entry },
      {
        onSuccess: () => {
          setText('');
          prefill.clear();
        },
      },
    );
  };

  return (
    <form className="entry-form" onSubmit={submit} aria-label={t('addEntry')}>
      <h3>{t('addEntry')}</h3>
      <div className="row">
        <Field label={t('entryKind')} inline>
          <ChoiceSelect
            name="kind"
            value={kind}
            choices={EntryKind.options}
            nameOf={(k) => t(`kind_${k}`)}
            onChange={(value) => setKind(EntryKind.parse(value))}
          />
        </Field>
        <Field label={t('fromOrganisation')} inline>
          <select
            name="organisation"
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
          >
            <OrganisationOptions workshop={workshop} noneLabel={t('noOrganisation')} />
          </select>
        </Field>
        <Field label={t('theme')} inline>
          <ChoiceSelect
            name="theme"
            value={theme}
            choices={EntryTheme.options}
            nameOf={(th) => t(`theme_${th}`)}
            none={t('themeNone')}
            onChange={setTheme}
          />
        </Field>
      </div>
      <Field label={t('entryText')}>
        <NoteText name="text" value={text} onChange={setText} />
      </Field>
      <Field label={t('linkIndicator')}>
        <IndicatorReadingSelect
          name="indicator"
          value={link}
          readings={readings}
          none={t('linkNone')}
          lang={lang}
          onChange={setLink}
        />
      </Field>
      <PrefilledEvidence prefill={prefill} showLink={!chosen} lang={lang} />
      {chosen ? (
        <p className="link-preview" data-testid="link-preview">
          {t('source')}: <SourceLabel source={chosen.source} lang={lang} /> · {t('year')} {chosen.year}
        </p>
      ) : null}
      {kind === 'action' ? (
        <div className="row">
          <Field label={t('owner')} inline>
            <select name="owner" required value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">–</option>
              {workshop.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={`${t('dueDate')} (${t('dueDefault')})`} inline>
            <input type="date" name="due" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </Field>
          <Field label={t('status')} inline>
            <ChoiceSelect
              name="status"
              value={status}
              choices={ActionStatus.options}
              nameOf={(s) => t(`status_${s}`)}
              onChange={(value) => setStatus(ActionStatus.parse(value))}
            />
          </Field>
        </div>
      ) : null}
      {add.isError ? <p role="alert">{t('saveError', { message: apiErrorText(add.error, lang) })}</p> : null}
      <button type="submit" className="primary" disabled={add.isPending}>
        {add.isPending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
