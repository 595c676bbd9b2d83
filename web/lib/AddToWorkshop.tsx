import { addToWorkshopHref, type EvidencePrefill } from './evidence-links';
import { evidenceText } from './evidence-texts';
import type { Lang } from './format';
import { forgetWorkshop, useHeldWorkshops } from './held-workshops';

/**
 * "Add to workshop" on the locality page and the planner: a picker of the workshops this browser holds links to;
 * choosing one opens its entry form pre-filled with the indicator link (and the planner's map view).
 */
export function AddToWorkshop({ prefill, lang }: { prefill: EvidencePrefill; lang: Lang }) {
  const t = evidenceText(lang);
  const held = useHeldWorkshops();
  return (
    <details className="add-to-workshop">
      <summary>{t('addToWorkshop')}</summary>
      {held.length === 0 ? (
        <p>{t('noHeldWorkshops')}</p>
      ) : (
        <>
          <p>{t('addToWorkshopIntro')}</p>
          <ul>
            {held.map((workshop) => (
              <li key={workshop.id}>
                <a href={addToWorkshopHref(workshop, prefill, lang)}>
                  {t('addTo', { title: workshop.title })}
                </a>{' '}
                ({t(workshop.role === 'facilitator' ? 'roleFacilitator' : 'roleParticipant')}){' '}
                <button type="button" className="link-button" onClick={() => forgetWorkshop(workshop.id)}>
                  {t('forget', { title: workshop.title })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
