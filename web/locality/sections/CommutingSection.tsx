import type { JoinedProfile } from '../../data/profile-join';
import { formatNumber, type Lang } from '../../lib/format';
import { topFlows, type FlowRow } from '../commuting/top-flows';
import { useFlows } from '../locality-queries';
import { publisherName } from '../../lib/source-label';
import { SourceLabel } from '../../lib/SourceLanguageText';
import type { LocalityText } from '../texts';

interface CommutingSectionProps {
  profile: JoinedProfile;
  lang: Lang;
  t: LocalityText;
}

/** Derived commuting counts for every municipality; origin-destination flows only where the build has them. */
export function CommutingSection({ profile, lang, t }: CommutingSectionProps) {
  const { commuting, municipality } = profile;
  const hasFlows = commuting.flows.years.length > 0;
  const flows = useFlows(municipality.code, hasFlows);
  const counts = [
    { key: 'in', label: t('inCommuters'), figure: commuting.inCommuters },
    { key: 'out', label: t('outCommuters'), figure: commuting.outCommuters },
    { key: 'live', label: t('liveAndWork'), figure: commuting.liveAndWork },
    { key: 'net', label: t('netCommuting'), figure: commuting.net },
  ];
  const data = flows.data?.coverage === 'flows' ? flows.data : null;
  return (
    <section id="commuting" className="locality-section" aria-labelledby="commuting-heading">
      <h2 id="commuting-heading">{t('sectionCommuting')}</h2>
      <dl className="figure-row">
        {counts.map(({ key, label, figure }) => (
          <div key={key} className="figure" data-figure={key}>
            <dt>{label}</dt>
            <dd>
              {figure ? (
                <>
                  <span className="figure-number">
                    {key === 'net' && figure.value > 0 ? '+' : ''}
                    {formatNumber(figure.value, lang)}
                  </span>{' '}
                  <span className="card-year">{figure.year}</span>
                </>
              ) : (
                t('missing')
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="card-source">{commuting.methodText[lang]}</p>
      <div className="commuting-flows">
        {data ? (
          <>
            <FlowTable caption={t('topOrigins')} rows={topFlows(data.features, 'in', 8)} lang={lang} t={t} />
            <FlowTable
              caption={t('topDestinations')}
              rows={topFlows(data.features, 'out', 8)}
              lang={lang}
              t={t}
            />
            <p className="card-source">
              {t('source')}:{' '}
              <SourceLabel
                source={{ citation: publisherName(data.source.publisher), table: data.source.table }}
                lang={lang}
              />{' '}
              ({data.year}). {t('flowsScopeLimited')}
            </p>
          </>
        ) : (
          !flows.isFetching && (
            <div className="honest-note" role="note">
              <p>{t('flowsNone', { name: municipality.name })}</p>
              <p>{t('flowsHowTo')}</p>
            </div>
          )
        )}
      </div>
    </section>
  );
}

function FlowTable({
  caption,
  rows,
  lang,
  t,
}: {
  caption: string;
  rows: FlowRow[];
  lang: Lang;
  t: LocalityText;
}) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('municipality')}</th>
          <th scope="col" className="numeric">
            {t('persons')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code}>
            <td>{row.name}</td>
            <td className="numeric">{formatNumber(row.persons, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
