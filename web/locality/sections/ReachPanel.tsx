import { Fragment, useState } from 'react';
import type { ReachResponse, ReachTarget } from '../../../data/contract/reach';
import { formatNumber, type Lang } from '../../lib/format';
import { publisherName } from '../../lib/source-label';
import { SourceLabel } from '../../lib/SourceLanguageText';
import type { LocalityText } from '../texts';
import { apiErrorText } from '../../i18n/api-error-text';

interface ReachPanelProps {
  reach: ReachResponse | undefined;
  error: Error | null;
  n: number;
  target: ReachTarget;
  onChange: (next: { n: number; target: ReachTarget }) => void;
  lang: Lang;
  t: LocalityText;
}

const TARGETS: readonly ReachTarget[] = ['age_20_64', 'employed'];

/** "How far must a firm reach?": the radius for n people of a target group, labelled as the estimate it is. */
export function ReachPanel({ reach, error, n, target, onChange, lang, t }: ReachPanelProps) {
  const [draft, setDraft] = useState(String(n));
  const number = (value: number) => formatNumber(value, lang);
  return (
    <section id="reach" className="reach-panel" aria-labelledby="reach-heading">
      <h2 id="reach-heading">
        {t('reachHeading')} <span className="estimate-badge">{t('reachEstimate')}</span>
      </h2>
      <form
        className="reach-form"
        onSubmit={(event) => {
          event.preventDefault();
          const value = Math.round(Number(draft));
          if (Number.isFinite(value) && value >= 1) onChange({ n: value, target });
        }}
      >
        <label>
          {t('reachNeed')}{' '}
          <input
            type="number"
            min={1}
            step={100}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => {
              const value = Math.round(Number(draft));
              if (Number.isFinite(value) && value >= 1 && value !== n) onChange({ n: value, target });
            }}
          />
        </label>
        <label>
          {t('reachTarget')}{' '}
          <select
            value={target}
            onChange={(event) => onChange({ n, target: event.target.value as ReachTarget })}
          >
            {TARGETS.map((item) => (
              <option key={item} value={item}>
                {t(`reachTarget_${item}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {error && <p role="alert">{t('loadError', { message: apiErrorText(error, lang) })}</p>}
      {!reach && !error && <p>{t('reachLoading')}</p>}
      {reach && <ReachAnswer reach={reach} number={number} lang={lang} t={t} />}
    </section>
  );
}

function ReachAnswer({
  reach,
  number,
  lang,
  t,
}: {
  reach: ReachResponse;
  number: (value: number) => string;
  lang: Lang;
  t: LocalityText;
}) {
  const totals = reach.reached ? reach.total : reach.withinCap;
  return (
    <div className="reach-answer" data-testid="reach-answer" data-reached={String(reach.reached)}>
      <p className="reach-headline">
        {reach.reached
          ? t('reachAnswer', {
              n: number(reach.n),
              target: reach.targetLabel[lang],
              radius: formatNumber(reach.radiusKm, lang, 1),
            })
          : reach.message[lang]}
      </p>
      <p className="card-hint">
        {t('reachFrom')}: {reach.centre.label}.{' '}
        {t('reachTotals', {
          sum: number(totals.sum),
          urban: number(totals.inUrbanAreas),
          outside: number(totals.outsideUrbanAreas),
        })}
      </p>
      {reach.reached && reach.commuting.net !== null && reach.commuting.year !== null && (
        <p className="card-hint">
          {t('reachCommuting', { net: number(reach.commuting.net), year: reach.commuting.year })}.{' '}
          {reach.commuting.note[lang]}
        </p>
      )}
      {reach.reached && (
        <p className="card-hint">
          {t('reachMunicipalities')}:{' '}
          {reach.municipalities
            .map((m) => `${m.name} ${number(m.inUrbanAreas + m.outsideUrbanAreas)}`)
            .join(', ')}
        </p>
      )}
      {reach.traps.length > 0 && (
        <p className="card-hint">
          {t('reachTraps')}: {reach.traps.map((trap) => `${trap.name}: ${trap.text[lang]}`).join(' ')}
        </p>
      )}
      {reach.labourShed.coverage === 'flows' ? (
        <div className="reach-shed">
          <h3>{t('reachShed', { name: reach.labourShed.municipality.name })}</h3>
          <p className="card-hint">{reach.labourShed.note[lang]}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('municipality')}</th>
                <th scope="col">{t('persons')}</th>
                <th scope="col">{t('reachShedShare')}</th>
              </tr>
            </thead>
            <tbody>
              {reach.labourShed.origins.map((origin) => (
                <tr key={origin.code}>
                  <td>{origin.name}</td>
                  <td>{number(origin.persons)}</td>
                  <td>
                    {origin.cumulativeShare === null ? t('missing') : `${number(origin.cumulativeShare)} %`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="card-hint">
            {t('source')}:{' '}
            <SourceLabel
              source={{
                citation: publisherName(reach.labourShed.source.publisher),
                table: reach.labourShed.source.table,
              }}
              lang={lang}
            />
          </p>
        </div>
      ) : (
        <p className="card-hint">{reach.labourShed.note[lang]}</p>
      )}
      <details className="reach-method">
        <summary>{t('reachMethod')}</summary>
        <p>{reach.method[lang]}</p>
        <p className="card-hint">
          {t('source')}:{' '}
          {reach.inputs.sources.map((source, index) => (
            <Fragment key={`${source.id}|${source.table}`}>
              {index > 0 && '; '}
              <SourceLabel source={source} lang={lang} />
            </Fragment>
          ))}
        </p>
      </details>
    </div>
  );
}
