import { useI18n } from '../i18n/use-i18n';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { ImportWorkshopForm } from './ImportWorkshopForm';
import { useJoinToken } from './participant/device';
import { ParticipantView } from './participant/ParticipantView';
import { workshopText } from './texts';
import { WorkshopView } from './WorkshopView';
import './workshop.css';
import './workshop-print.css';

/**
 * `/workshop` (or `/workshop/new`): start a workshop. `/workshop/:id`: read it; with `#edit=<token>` also write;
 * with `#join=<token>` the participant's phone view.
 * The workshop lives on the server (TanStack Query); the URL owns which workshop, cycle and language.
 */
export function WorkshopPage({ path }: { path: string }) {
  const { lang } = useI18n();
  const t = workshopText(lang);
  const id = /^\/([A-Za-z0-9_-]{22,64})$/.exec(path)?.[1];
  const joinToken = useJoinToken();
  if (id && joinToken) {
    return (
      <main id="main">
        <ParticipantView id={id} token={joinToken} lang={lang} />
      </main>
    );
  }
  return (
    <main className="workshop" id="main">
      {id ? (
        <WorkshopView id={id} lang={lang} t={t} />
      ) : (
        <>
          <CreateWorkshopForm lang={lang} t={t} />
          <ImportWorkshopForm lang={lang} t={t} />
        </>
      )}
    </main>
  );
}
