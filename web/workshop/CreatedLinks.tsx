import type { CreateWorkshopResponse } from '../../data/contract';
import type { Lang } from '../lib/format';
import { navigate } from '../router/location-store';
import { rememberParticipantLink } from './ParticipantLinkPanel';
import type { WorkshopText } from './texts';

/** Shown once after creating: the server keeps only a hash of the token, so this is the only time it exists. */
export function CreatedLinks({
  created,
  lang,
  t,
}: {
  created: CreateWorkshopResponse;
  lang: Lang;
  t: WorkshopText;
}) {
  const origin = window.location.origin;
  const langQuery = lang === 'en' ? '?lang=en' : '';
  const [editPath, fragment] = created.links.edit.split('#');
  const editHref = `${editPath}${langQuery}#${fragment}`;
  return (
    <section className="workshop-created" aria-live="polite">
      <h1>{t('createdTitle')}</h1>
      <p>
        <strong>{t('readLink')}</strong>
        <br />
        <code data-testid="read-link">{`${origin}${created.links.read}${langQuery}`}</code>
      </p>
      <p>
        <strong>{t('editLink')}</strong>
        <br />
        <code data-testid="edit-link">{`${origin}${editHref}`}</code>
      </p>
      <p>
        <strong>{t('participantLink')}</strong>
        <br />
        <code data-testid="created-participant-link">{`${origin}${created.links.participant}`}</code>
      </p>
      <p className="warning">{t('editLinkNote')}</p>
      <a
        className="button primary"
        href={editHref}
        onClick={(event) => {
          event.preventDefault();
          rememberParticipantLink(created.workshop.id, created.links.participant);
          navigate(editHref);
          window.dispatchEvent(new HashChangeEvent('hashchange'));
        }}
      >
        {t('open')}
      </a>
    </section>
  );
}
