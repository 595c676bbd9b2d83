import { useState } from 'react';
import { OrganisationKind, type CreateWorkshopRequest } from '../../data/contract';
import type { Lang } from '../lib/format';
import { useLocation } from '../router/location-store';
import type { WorkshopText } from './texts';
import { CreatedLinks } from './CreatedLinks';
import { useCreateWorkshop, useMunicipalityNames } from '../data/workshop-queries';
import { apiErrorText } from '../i18n/api-error-text';

interface OrganisationDraft {
  key: number;
  name: string;
  kind: OrganisationKind;
}

/** Dates eight weeks apart from today, as a starting point the group edits. */
function suggestedDates(count: number): string[] {
  const start = new Date();
  return Array.from({ length: count }, (_, index) =>
    new Date(start.getTime() + index * 56 * 86_400_000).toISOString().slice(0, 10),
  );
}

export function CreateWorkshopForm({ lang, t }: { lang: Lang; t: WorkshopText }) {
  const { search } = useLocation();
  const preset = new URLSearchParams(search).get('kommun');
  const names = useMunicipalityNames();
  const create = useCreateWorkshop();
  const [title, setTitle] = useState('');
  const [codes, setCodes] = useState<string[]>(preset && /^\d{4}$/.test(preset) ? [preset] : []);
  const [choice, setChoice] = useState('');
  const [organisations, setOrganisations] = useState<OrganisationDraft[]>([
    { key: 0, name: '', kind: 'municipality' },
  ]);
  const [dates, setDates] = useState<string[]>(() => suggestedDates(3));
  const sortedNames = [...(names.data ?? new Map<string, string>())].sort((a, b) =>
    a[1].localeCompare(b[1], 'sv'),
  );

  if (create.data) return <CreatedLinks created={create.data} lang={lang} t={t} />;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const request: CreateWorkshopRequest = {
      title,
      municipalities: codes,
      organisations: organisations
        .filter((o) => o.name.trim() !== '')
        .map((o) => ({ name: o.name.trim(), kind: o.kind })),
      cycles: dates.map((date) => ({ date })),
    };
    create.mutate(request);
  };
  const updateOrganisation = (key: number, change: Partial<OrganisationDraft>) =>
    setOrganisations((list) => list.map((o) => (o.key === key ? { ...o, ...change } : o)));

  return (
    <form className="workshop-create" onSubmit={submit}>
      <h1>{t('createTitle')}</h1>
      <p className="workshop-intro">{t('createIntro')}</p>
      <label className="field">
        <span>{t('title')}</span>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          name="title"
        />
      </label>

      <fieldset>
        <legend>{t('municipalities')}</legend>
        <ul className="chips">
          {codes.map((code) => (
            <li key={code}>
              {names.data?.get(code) ?? code} ({code}){' '}
              <button type="button" onClick={() => setCodes(codes.filter((c) => c !== code))}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
        <label className="field inline">
          <span>{t('municipalityCode')}</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)} name="municipality">
            <option value="">–</option>
            {sortedNames.map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={choice === '' || codes.includes(choice)}
          onClick={() => setCodes([...codes, choice])}
        >
          {t('addMunicipality')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('organisations')}</legend>
        {organisations.map((organisation, index) => (
          <div className="row" key={organisation.key}>
            <label className="field inline">
              <span>{t('organisationName')}</span>
              <input
                name={`organisation-${index}`}
                value={organisation.name}
                maxLength={120}
                onChange={(e) => updateOrganisation(organisation.key, { name: e.target.value })}
              />
            </label>
            <label className="field inline">
              <span>{t('organisationKind')}</span>
              <select
                name={`organisation-kind-${index}`}
                value={organisation.kind}
                onChange={(e) =>
                  updateOrganisation(organisation.key, { kind: OrganisationKind.parse(e.target.value) })
                }
              >
                {OrganisationKind.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`org_${kind}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => setOrganisations(organisations.filter((o) => o.key !== organisation.key))}
            >
              {t('remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setOrganisations([...organisations, { key: Date.now(), name: '', kind: 'firm' }])}
        >
          {t('addOrganisation')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('cycles')}</legend>
        {dates.map((date, index) => (
          <label className="field inline" key={index}>
            <span>{t('cycleDate', { n: index + 1 })}</span>
            <input
              type="date"
              required
              name={`cycle-${index + 1}`}
              value={date}
              onChange={(e) => setDates(dates.map((d, i) => (i === index ? e.target.value : d)))}
            />
          </label>
        ))}
        <button
          type="button"
          onClick={() => setDates([...dates, suggestedDates(dates.length + 1).at(-1) ?? ''])}
        >
          {t('addCycle')}
        </button>
      </fieldset>

      {create.isError ? (
        <p role="alert">{t('saveError', { message: apiErrorText(create.error, lang) })}</p>
      ) : null}
      <button type="submit" className="primary" disabled={create.isPending || codes.length === 0}>
        {create.isPending ? t('creating') : t('create')}
      </button>
    </form>
  );
}
