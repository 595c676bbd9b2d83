import { useState } from 'react';
import {
  ActionStatus,
  EntryKind,
  EntryTheme,
  type CreateEntryRequest,
  type Cycle,
  type Workshop,
} from '../../data/contract';
import { formatValue, type Lang } from '../lib/format';
import type { WorkshopText } from './texts';
import { useCurrentIndicators, type WorkshopWrites } from '../data/workshop-queries';
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
  const indicators = useCurrentIndicators(workshop.id);
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
  const options = [...(indicators.data ?? [])].sort((a, b) =>
    a.title[lang].localeCompare(b.title[lang], lang),
  );
  const chosen = options.find((o) => `${o.indicatorId}|${o.municipality}` === link);

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
        <label className="field inline">
          <span>{t('entryKind')}</span>
          <select name="kind" value={kind} onChange={(e) => setKind(EntryKind.parse(e.target.value))}>
            {EntryKind.options.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>{t('fromOrganisation')}</span>
          <select
            name="organisation"
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
          >
            <OrganisationOptions workshop={workshop} noneLabel={t('noOrganisation')} />
          </select>
        </label>
        <label className="field inline">
          <span>{t('theme')}</span>
          <select name="theme" value={theme} onChange={(e) => setTheme(e.target.value)}>
            <option value="">{t('themeNone')}</option>
            {EntryTheme.options.map((th) => (
              <option key={th} value={th}>
                {t(`theme_${th}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('entryText')}</span>
        <textarea
          name="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          maxLength={2000}
          rows={2}
        />
      </label>
      <label className="field">
        <span>{t('linkIndicator')}</span>
        <select name="indicator" value={link} onChange={(e) => setLink(e.target.value)}>
          <option value="">{t('linkNone')}</option>
          {options.map((o) => (
            <option key={`${o.indicatorId}|${o.municipality}`} value={`${o.indicatorId}|${o.municipality}`}>
              {o.title[lang]} · {o.municipality}: {formatValue(o.value, o, lang)} ({o.year})
            </option>
          ))}
        </select>
      </label>
      <PrefilledEvidence prefill={prefill} showLink={!chosen} lang={lang} />
      {chosen ? (
        <p className="link-preview" data-testid="link-preview">
          {t('source')}: <SourceLabel source={chosen.source} lang={lang} /> · {t('year')} {chosen.year}
        </p>
      ) : null}
      {kind === 'action' ? (
        <div className="row">
          <label className="field inline">
            <span>{t('owner')}</span>
            <select name="owner" required value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">–</option>
              {workshop.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field inline">
            <span>
              {t('dueDate')} ({t('dueDefault')})
            </span>
            <input type="date" name="due" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </label>
          <label className="field inline">
            <span>{t('status')}</span>
            <select
              name="status"
              value={status}
              onChange={(e) => setStatus(ActionStatus.parse(e.target.value))}
            >
              {ActionStatus.options.map((s) => (
                <option key={s} value={s}>
                  {t(`status_${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {add.isError ? <p role="alert">{t('saveError', { message: apiErrorText(add.error, lang) })}</p> : null}
      <button type="submit" className="primary" disabled={add.isPending}>
        {add.isPending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
