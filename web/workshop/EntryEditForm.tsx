import { useState } from 'react';
import type { Entry } from '../../data/contract';
import type { WorkshopText } from './texts';
import type { WorkshopWrites } from '../data/workshop-queries';
import type { Lang } from '../lib/format';
import { SaveErrorText } from './save-error-text';

/** Corrects an entry's text (and an action's due date) in place; kind and links stay as recorded. */
export function EntryEditForm({
  entry,
  writes,
  onDone,
  lang,
  t,
}: {
  entry: Entry;
  writes: WorkshopWrites;
  onDone: () => void;
  lang: Lang;
  t: WorkshopText;
}) {
  const [text, setText] = useState(entry.text);
  const [dueDate, setDueDate] = useState(entry.action?.dueDate ?? '');
  const update = writes.updateEntry;
  return (
    <form
      className="entry-edit"
      onSubmit={(event) => {
        event.preventDefault();
        const version = entry.version;
        const patch = entry.action
          ? { text, action: { dueDate: dueDate || null }, version }
          : { text, version };
        update.mutate({ entryId: entry.id, patch }, { onSuccess: onDone });
      }}
    >
      <textarea
        aria-label={t('entryText')}
        value={text}
        required
        maxLength={2000}
        rows={2}
        onChange={(e) => setText(e.target.value)}
      />
      {entry.action ? (
        <label className="field inline">
          <span>{t('dueDate')}</span>
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
      ) : null}
      {update.isError ? (
        <p role="alert">
          <SaveErrorText error={update.error} lang={lang} t={t} />
        </p>
      ) : null}
      <button type="submit" disabled={update.isPending}>
        {update.isPending ? t('saving') : t('save')}
      </button>{' '}
      <button type="button" onClick={onDone}>
        {t('cancel')}
      </button>
    </form>
  );
}
