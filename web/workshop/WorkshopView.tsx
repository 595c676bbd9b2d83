import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Indicator } from '../../data/contract';
import type { Lang } from '../lib/format';
import { catalogueQuery } from '../data/catalogue-queries';
import { useLiveWorkshop } from '../data/workshop-live';
import { CyclePanel } from './CyclePanel';
import { EraseWorkshopPanel } from './EraseWorkshopPanel';
import { ParticipantLinkPanel } from './ParticipantLinkPanel';
import { useEditToken } from './edit-token';
import { RecommendationsEditor } from './RecommendationsEditor';
import type { WorkshopText } from './texts';
import { useCycleChoice } from './use-cycle-choice';
import { exportUrl, useMunicipalityNames, useWorkshop, useWorkshopWrites } from '../data/workshop-queries';
import { WorkshopReport } from './WorkshopReport';
import { OutcomesPanel } from './OutcomesPanel';
import { WeightingsPanel } from './WeightingsPanel';
import { outcomeText } from './outcome-texts';
import { reportDocxUrl } from '../data/workshop-outcomes';
import { WorkshopSettings } from './WorkshopSettings';
import { ApiErrorLine } from '../i18n/ApiErrorLine';
import { ApiError } from '../data/api-client';
import { useHoldWorkshop } from '../lib/held-workshops';

export function WorkshopView({ id, lang, t }: { id: string; lang: Lang; t: WorkshopText }) {
  const workshop = useWorkshop(id);
  const token = useEditToken(id);
  const writes = useWorkshopWrites(id, token ?? '');
  const names = useMunicipalityNames();
  const catalogueResult = useQuery(catalogueQuery);
  const catalogue = useMemo(
    () =>
      new Map<string, Indicator>((catalogueResult.data ?? []).map((indicator) => [indicator.id, indicator])),
    [catalogueResult.data],
  );
  const [chosen, choose] = useCycleChoice();
  const live = useLiveWorkshop(id);
  const title = workshop.data?.title;
  useHoldWorkshop(token && title ? { id, title, role: 'facilitator', secret: token } : null);

  if (workshop.isError) {
    const missing = workshop.error instanceof ApiError && workshop.error.status === 404;
    return (
      <p role="alert">
        {missing ? (
          t('notFound')
        ) : (
          <ApiErrorLine error={workshop.error} lang={lang} say={(message) => t('loadError', { message })} />
        )}
      </p>
    );
  }
  if (!workshop.data) return <p aria-busy="true">{t('loading')}</p>;
  const data = workshop.data;
  const cycle = data.cycles.find((c) => c.number === chosen) ?? data.cycles[0];
  const localityNames = data.municipalities.map((code) => names.data?.get(code) ?? code).join(', ');

  return (
    <>
      <header className="workshop-header">
        <h1>{data.title}</h1>
        <p className="workshop-locality">{localityNames}</p>
        <p className={token ? 'mode mode-edit' : 'mode mode-read'}>{token ? t('canEdit') : t('readOnly')}</p>
        <p className="live-status" role="status" data-live={live}>
          {t(live)}
        </p>
        <div className="workshop-actions">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('print')}
          </button>
          <span>{t('exports')}:</span>
          <a href={exportUrl(id, 'json')} download>
            {t('exportJson')}
          </a>
          <a href={exportUrl(id, 'csv')} download>
            {t('exportCsv')}
          </a>
          <a href={exportUrl(id, 'csv-sv')} download>
            {t('exportCsvSv')}
          </a>
          <a href={exportUrl(id, 'xlsx')} download>
            {t('exportXlsx')}
          </a>
          <a href={reportDocxUrl(id, lang)} download>
            {outcomeText(lang)('downloadDocx')}
          </a>
        </div>
      </header>

      {token ? <WorkshopSettings workshop={data} writes={writes} lang={lang} t={t} /> : null}
      {token ? <ParticipantLinkPanel id={id} editToken={token} lang={lang} t={t} /> : null}

      <nav className="cycle-tabs" aria-label={t('cycles')}>
        {data.cycles.map((c) => (
          <button
            key={c.id}
            type="button"
            aria-current={c.id === cycle?.id ? 'true' : undefined}
            onClick={() => choose(c.number)}
          >
            {t('cycleOn', { n: c.number, date: c.date })}
          </button>
        ))}
      </nav>

      {cycle ? (
        <CyclePanel
          key={cycle.id}
          workshop={data}
          cycle={cycle}
          catalogue={catalogue}
          writes={token ? writes : null}
          editToken={token}
          lang={lang}
          t={t}
        />
      ) : null}

      <OutcomesPanel workshop={data} catalogue={catalogue} editToken={token} lang={lang} />
      <WeightingsPanel workshop={data} catalogue={catalogue} lang={lang} />
      <RecommendationsEditor workshop={data} writes={token ? writes : null} lang={lang} t={t} />
      {token ? <EraseWorkshopPanel id={id} editToken={token} lang={lang} t={t} /> : null}
      <WorkshopReport workshop={data} catalogue={catalogue} lang={lang} />
    </>
  );
}
