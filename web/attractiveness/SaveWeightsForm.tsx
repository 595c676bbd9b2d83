import './index-mode.css';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { WeightSet, WorkshopWeighting } from '../../data/contract';
import { ApiError } from '../data/api-client';
import { useWorkshop } from '../data/workshop-queries';
import { useSaveWeighting, weightingsQuery } from '../data/workshop-weightings';
import { ApiErrorLine } from '../i18n/ApiErrorLine';
import type { Lang } from '../lib/format';
import { useHeldWorkshops, type HeldWorkshop } from '../lib/held-workshops';
import { saveWeightsText, type SaveWeightsText } from './save-weights-texts';

interface SaveWeightsFormProps {
  weightSet: WeightSet;
  /** The build the page's index was computed from: saved with the weights. */
  buildId: string | null;
  /** Puts a stored weighting's weights on the map (after a 409, to see what someone else saved). */
  onLoad: (weightSet: WeightSet) => void;
  lang: Lang;
}

/**
 * "Save these weights for organisation X in workshop Y" in the planner's index mode: over the workshops this
 * browser holds links to. Only the facilitator's link may write here; a participant link is named, not offered.
 */
export function SaveWeightsForm({ weightSet, buildId, onLoad, lang }: SaveWeightsFormProps) {
  const t = saveWeightsText(lang);
  const held = useHeldWorkshops();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = held.find((w) => w.id === chosenId) ?? held.find((w) => w.role === 'facilitator') ?? held[0];
  const workshopFieldId = useId();
  return (
    <section className="save-weights" aria-labelledby={`${workshopFieldId}-heading`}>
      <h3 id={`${workshopFieldId}-heading`} className="index-controls__heading">
        {t('heading')}
      </h3>
      {!chosen ? (
        <p className="hint">{t('noHeld')}</p>
      ) : (
        <>
          <label className="save-weights__field" htmlFor={workshopFieldId}>
            {t('workshop')}
          </label>
          <select
            id={workshopFieldId}
            value={chosen.id}
            onChange={(event) => setChosenId(event.target.value)}
          >
            {held.map((workshop) => (
              <option key={workshop.id} value={workshop.id}>
                {workshop.title} ({t(workshop.role === 'facilitator' ? 'roleFacilitator' : 'roleParticipant')}
                )
              </option>
            ))}
          </select>
          {chosen.role === 'facilitator' ? (
            <FacilitatorSave
              key={chosen.id}
              held={chosen}
              weightSet={weightSet}
              buildId={buildId}
              onLoad={onLoad}
              lang={lang}
              t={t}
            />
          ) : (
            <p className="hint" role="note">
              {t('participantOnly', { title: chosen.title })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function FacilitatorSave({
  held,
  weightSet,
  buildId,
  onLoad,
  lang,
  t,
}: Omit<SaveWeightsFormProps, 'lang'> & { held: HeldWorkshop; lang: Lang; t: SaveWeightsText }) {
  const workshop = useWorkshop(held.id);
  const weightings = useQuery(weightingsQuery(held.id));
  const save = useSaveWeighting();
  const [picked, setPicked] = useState<string | null>(null);
  const [reloaded, setReloaded] = useState<WorkshopWeighting | null>(null);
  const fieldId = useId();
  if (workshop.error) return <p role="alert">{<ApiErrorLine error={workshop.error} lang={lang} />}</p>;
  if (!workshop.data || !weightings.data) return <p className="hint">{t('loading')}</p>;
  const organisations = workshop.data.organisations.filter((o) => !o.removedAt);
  const organisation = organisations.find((o) => o.id === picked) ?? organisations[0];
  if (!organisation) return <p className="hint">{t('noOrganisations', { title: held.title })}</p>;
  const stored = weightings.data.weightings.find((w) => w.organisationId === organisation.id);
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const saved = save.isSuccess && save.data.organisationId === organisation.id ? save.data : null;
  const weightingsHref = `/workshop/${held.id}?show=weightings${lang === 'en' ? '&lang=en' : ''}#edit=${held.secret}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setReloaded(null);
    save.mutate({
      workshopId: held.id,
      organisationId: organisation.id,
      weightSet: { ...weightSet, buildId },
      ...(stored ? { version: stored.version } : {}),
      token: held.secret,
    });
  };
  const reload = async () => {
    const fresh = (await weightings.refetch()).data?.weightings.find(
      (w) => w.organisationId === organisation.id,
    );
    save.reset();
    if (fresh) {
      onLoad(fresh.weightSet);
      setReloaded(fresh);
    }
  };

  return (
    <form className="save-weights__form" onSubmit={submit}>
      <label className="save-weights__field" htmlFor={fieldId}>
        {t('organisation')}
      </label>
      <select
        id={fieldId}
        value={organisation.id}
        onChange={(event) => {
          setPicked(event.target.value);
          save.reset();
          setReloaded(null);
        }}
      >
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <p className="hint">{t('help', { build: (buildId ?? weightings.data.buildId).slice(0, 8) })}</p>
      {stored ? (
        <p className="hint">
          {t('replaces', { savedAt: savedAtText(stored.savedAt, lang), version: stored.version })}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={save.isPending || buildId === null}>
        {save.isPending ? t('saving') : t('save')}
      </button>
      <div role="status" className="save-weights__outcome">
        {saved ? (
          <p>
            {t('saved', {
              organisation: organisation.name,
              title: held.title,
              build: saved.buildId.slice(0, 8),
            })}{' '}
            <a href={weightingsHref}>{t('openWeightings')}</a>
          </p>
        ) : null}
        {reloaded ? (
          <p>{t('reloaded', { organisation: organisation.name, version: reloaded.version })}</p>
        ) : null}
      </div>
      {stale ? (
        <div role="alert" className="save-weights__stale">
          <p>{t('stale', { organisation: organisation.name })}</p>
          <button type="button" onClick={() => void reload()}>
            {t('reload')}
          </button>
        </div>
      ) : save.error ? (
        <p role="alert">
          <ApiErrorLine error={save.error} lang={lang} say={(message) => t('error', { message })} />
        </p>
      ) : null}
    </form>
  );
}

function savedAtText(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
