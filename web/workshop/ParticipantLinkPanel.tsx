import { useState } from 'react';
import { useRotateLink } from '../data/workshop-participant';
import { QrCode } from '../lib/QrCode';
import type { WorkshopText } from './texts';
import { ApiErrorLine } from '../i18n/ApiErrorLine';
import type { Lang } from '../lib/format';

const storageKey = (id: string) => `atlas:workshop-participant-link:${id}`;

/** The facilitator's browser remembers the participant link it was shown, so the projector can show it again. */
export function rememberParticipantLink(id: string, link: string): void {
  window.localStorage.setItem(storageKey(id), link);
}

/**
 * For the projector: the participant link as text and QR code. The server keeps only a hash, so a browser that
 * never saw the link offers a new one instead (which also locks out the old one).
 */
export function ParticipantLinkPanel({
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
  const [link, setLink] = useState(() => window.localStorage.getItem(storageKey(id)));
  const rotate = useRotateLink(id, editToken);
  const url = link ? `${window.location.origin}${link}` : null;
  return (
    <section className="participant-link" aria-labelledby="participant-link-heading">
      <h2 id="participant-link-heading">{t('participantLink')}</h2>
      <p>{t('participantLinkHelp')}</p>
      {url ? (
        <div className="participant-link-body">
          <QrCode url={url} label={t('participantQr')} size={220} />
          <code data-testid="participant-link">{url}</code>
        </div>
      ) : null}
      <button
        type="button"
        disabled={rotate.isPending}
        onClick={() =>
          rotate.mutate('participant', {
            onSuccess: (rotated) => {
              rememberParticipantLink(id, rotated.link);
              setLink(rotated.link);
            },
          })
        }
      >
        {url ? t('participantLinkRotate') : t('participantLinkNew')}
      </button>
      {rotate.error ? (
        <p role="alert">
          <ApiErrorLine error={rotate.error} lang={lang} say={(message) => t('saveError', { message })} />
        </p>
      ) : null}
    </section>
  );
}
