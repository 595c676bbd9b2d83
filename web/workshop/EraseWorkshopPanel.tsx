import { useState } from 'react';
import { useEraseWorkshop } from '../data/workshop-life';
import { navigate } from '../router/location-store';
import { editTokenFrom } from './edit-token';
import type { WorkshopText } from './texts';
import { ApiErrorLine } from '../i18n/ApiErrorLine';
import type { Lang } from '../lib/format';

/** Permanent removal: the facilitator pastes the edit link (or its secret) again, then every row is removed. */
export function EraseWorkshopPanel({
  id,
  editToken,
  lang,
  t,
}: {
  id: string;
  editToken: string;
  lang: Lang;
  t: WorkshopText;
}) {
  const [typed, setTyped] = useState('');
  const erase = useEraseWorkshop(id, editToken);
  const secret = editTokenFrom(`#${typed.split('#')[1] ?? `edit=${typed.trim()}`}`) ?? typed.trim();
  return (
    <details className="erase-workshop">
      <summary>{t('eraseTitle')}</summary>
      <p>{t('eraseIntro')}</p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!window.confirm(t('eraseConfirm'))) return;
          erase.mutate(secret, { onSuccess: () => navigate('/workshop') });
        }}
      >
        <label className="field inline">
          <span>{t('eraseLink')}</span>
          <input
            type="password"
            name="erase-confirm"
            autoComplete="off"
            required
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </label>
        <button type="submit" className="danger" disabled={erase.isPending}>
          {t('eraseButton')}
        </button>
      </form>
      {erase.error ? (
        <p role="alert">
          <ApiErrorLine error={erase.error} lang={lang} say={(message) => t('saveError', { message })} />
        </p>
      ) : null}
    </details>
  );
}
