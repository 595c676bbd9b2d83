import { useState } from 'react';
import type { JoinWorkshopResponse, Workshop } from '../../../data/contract';
import { useJoinWorkshop } from '../../data/workshop-participant';
import type { ParticipantText } from './texts';
import { OrganisationOptions } from '../OrganisationOptions';
import { ApiError } from '../../data/api-client';
import { ApiErrorLine } from '../../i18n/ApiErrorLine';
import type { Lang } from '../../lib/format';

export function JoinForm({
  id,
  token,
  workshop,
  lang,
  t,
  onJoined,
}: {
  id: string;
  token: string;
  workshop: Workshop;
  lang: Lang;
  t: ParticipantText;
  onJoined: (joined: JoinWorkshopResponse) => void;
}) {
  const join = useJoinWorkshop(id, token);
  const [organisationId, setOrganisationId] = useState('');
  return (
    <form
      className="participant participant-join"
      onSubmit={(event) => {
        event.preventDefault();
        join.mutate(organisationId || null, { onSuccess: onJoined });
      }}
    >
      <h1>{workshop.title}</h1>
      <h2>{t('joinTitle')}</h2>
      <p>{t('joinIntro')}</p>
      <label className="field">
        {t('joinOrganisation')}
        <select value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
          <OrganisationOptions workshop={workshop} noneLabel={t('joinNoOrganisation')} />
        </select>
      </label>
      <button type="submit" className="primary big" disabled={join.isPending}>
        {join.isPending ? t('joining') : t('join')}
      </button>
      {join.error ? (
        <p role="alert">
          {join.error instanceof ApiError && join.error.status === 403 ? (
            t('invalidLink')
          ) : (
            <ApiErrorLine error={join.error} lang={lang} say={(message) => t('joinError', { message })} />
          )}
        </p>
      ) : null}
    </form>
  );
}
