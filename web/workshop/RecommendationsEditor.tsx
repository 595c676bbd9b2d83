import { useState } from 'react';
import type { Workshop } from '../../data/contract';
import type { WorkshopText } from './texts';
import type { WorkshopWrites } from '../data/workshop-queries';
import type { Lang } from '../lib/format';
import { SaveErrorText } from './save-error-text';

export function RecommendationsEditor({
  workshop,
  writes,
  lang,
  t,
}: {
  workshop: Workshop;
  writes: WorkshopWrites | null;
  lang: Lang;
  t: WorkshopText;
}) {
  const [draft, setDraft] = useState(workshop.recommendations);
  const save = writes?.updateWorkshop;
  return (
    <section className="workshop-recommendations" aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{t('recommendations')}</h2>
      <p className="help">{t('recommendationsHelp')}</p>
      {save ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // The version read with the page: a save over someone else's newer text is refused (409).
            save.mutate({ recommendations: draft, version: workshop.version });
          }}
        >
          <textarea
            aria-label={t('recommendations')}
            value={draft}
            maxLength={20000}
            rows={6}
            onChange={(e) => setDraft(e.target.value)}
          />
          {save.isError ? (
            <p role="alert">
              <SaveErrorText error={save.error} lang={lang} t={t} stale="staleRecommendations" />
            </p>
          ) : null}
          <button type="submit" disabled={save.isPending || draft === workshop.recommendations}>
            {save.isPending ? t('saving') : t('save')}
          </button>
        </form>
      ) : (
        <p className="pre-wrap">{workshop.recommendations}</p>
      )}
    </section>
  );
}
