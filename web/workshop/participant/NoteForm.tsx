import { useState } from 'react';
import {
  EntryTheme,
  type EntryKind,
  type IndicatorLinkRequest,
  type SavedMapView,
} from '../../../data/contract';
import { THEME_NAMES_EN, THEME_NAMES_SV } from '../../i18n/theme-names';
import type { Lang } from '../../lib/format';
import { PrefilledEvidence, useEvidencePrefill } from '../PrefilledEvidence';
import type { ParticipantText } from './texts';

/** Kinds a participant writes in the room; actions (with owner and status) are the facilitator's. */
const NOTE_KINDS = [
  'obstacle',
  'solution',
  'opportunity',
  'challenge',
  'activity',
] as const satisfies readonly EntryKind[];

export interface Note {
  kind: (typeof NOTE_KINDS)[number];
  text: string;
  theme: EntryTheme | null;
  /** The figure and map view "add to workshop" opened the phone with (the first note carries them). */
  links: IndicatorLinkRequest[];
  mapView: SavedMapView | null;
}

export function NoteForm({
  t,
  lang,
  onSubmit,
}: {
  t: ParticipantText;
  lang: Lang;
  onSubmit: (note: Note) => void;
}) {
  const [kind, setKind] = useState<Note['kind']>('obstacle');
  const [theme, setTheme] = useState('');
  const [text, setText] = useState('');
  const prefill = useEvidencePrefill();
  const themeNames: Record<string, string> = lang === 'en' ? THEME_NAMES_EN : THEME_NAMES_SV;
  return (
    <form
      className="note-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim().length === 0) return;
        const parsedTheme = EntryTheme.safeParse(theme);
        onSubmit({
          kind,
          text: text.trim(),
          theme: parsedTheme.success ? parsedTheme.data : null,
          ...prefill.toSend(),
        });
        setText('');
        prefill.clear();
      }}
    >
      <h2>{t('addNote')}</h2>
      <fieldset className="kind-choice">
        <legend>{t('kind')}</legend>
        {NOTE_KINDS.map((option) => (
          <label key={option} className={option === kind ? 'chosen' : undefined}>
            <input
              type="radio"
              name="kind"
              value={option}
              checked={option === kind}
              onChange={() => setKind(option)}
            />
            {t(`kind_${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('theme')}
        <select name="theme" value={theme} onChange={(event) => setTheme(event.target.value)}>
          <option value="">{t('themeNone')}</option>
          {EntryTheme.options.map((option) => (
            <option key={option} value={option}>
              {themeNames[`theme_${option}`] ?? t('themeOther')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('text')}
        <textarea
          name="text"
          rows={3}
          maxLength={2000}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <PrefilledEvidence prefill={prefill} lang={lang} />
      <button type="submit" className="primary big">
        {t('send')}
      </button>
    </form>
  );
}
