import { useState } from 'react';
import type { Workshop } from '../../data/contract';
import type { WorkshopText } from './texts';
import type { WorkshopWrites } from '../data/workshop-queries';

export function RecommendationsEditor({
  workshop,
  writes,
  t,
}: {
  workshop: Workshop;
  writes: WorkshopWrites | null;
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
            save.mutate({ recommendations: draft });
          }}
        >
          <textarea
            aria-label={t('recommendations')}
            value={draft}
            maxLength={20000}
            rows={6}
            onChange={(e) => setDraft(e.target.value)}
          />
          {save.isError ? <p role="alert">{t('saveError', { message: save.error.message })}</p> : null}
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
