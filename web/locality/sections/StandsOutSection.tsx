import { useQuery } from '@tanstack/react-query';
import type { ComparisonGroup, StandsOutItem } from '../../../data/contract/stands-out';
import { standsOutQuery } from '../../data/stands-out-queries';
import type { Lang } from '../../lib/format';
import { standsOutFormatter } from '../value-format';
import { IndicatorTitle, SourceLabel } from '../../lib/SourceLanguageText';
import type { LocalityText } from '../texts';
import { CaveatMarker } from './CaveatMarker';
import { apiErrorText } from '../../i18n/api-error-text';
import type { SexView } from '../../../data/contract/api';
import { sexViewText } from '../sex/sex-view-texts';

const GROUPS: readonly ComparisonGroup[] = ['peers', 'county', 'skr', 'nation'];

interface StandsOutSectionProps {
  code: string;
  group: ComparisonGroup;
  onGroupChange: (group: ComparisonGroup) => void;
  lang: Lang;
  t: LocalityText;
  /** The page's sex view: "stands out" is counted on the totals, and says so in any other view. */
  sex?: SexView;
}

/** "Sticker ut / Stands out": strengths, weaknesses and notable figures against a group, with the rule stated. */
export function StandsOutSection(props: StandsOutSectionProps) {
  const { code, group, onGroupChange, lang, t, sex = 'total' } = props;
  const query = useQuery(standsOutQuery(code, group));
  const data = query.data;
  return (
    <section id="stands-out" className="stands-out" aria-labelledby="stands-out-heading" aria-busy={!data}>
      <div className="stands-out-head">
        <h2 id="stands-out-heading">{t('standsOut')}</h2>
        <label>
          {t('standsOutAgainst')}{' '}
          <select value={group} onChange={(event) => onGroupChange(event.target.value as ComparisonGroup)}>
            {GROUPS.map((item) => (
              <option key={item} value={item}>
                {t(`group_${item}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {sex !== 'total' && <TotalsNote sex={sex} lang={lang} />}
      {query.isError && <p role="alert">{t('loadError', { message: apiErrorText(query.error, lang) })}</p>}
      {!data && !query.isError && <p>{t('standsOutLoading')}</p>}
      {data && (
        <>
          <p className="stands-out-rule">
            {data.rule[lang]}{' '}
            <span className="card-hint">{data.group.members.map((member) => member.name).join(', ')}</span>
          </p>
          <div className="stands-out-lists">
            <ItemList kind="strengths" items={data.strengths} lang={lang} t={t} />
            <ItemList kind="weaknesses" items={data.weaknesses} lang={lang} t={t} />
            <ItemList kind="notable" items={data.notable} lang={lang} t={t} />
          </div>
        </>
      )}
    </section>
  );
}

/** A gap has no better or worse, and strengths and weaknesses are not counted per sex: the list is the totals'. */
function TotalsNote({ sex, lang }: { sex: Exclude<SexView, 'total'>; lang: Lang }) {
  const text = sexViewText(lang);
  return (
    <p className="stands-out-sex card-hint" data-testid="stands-out-sex">
      {sex === 'gap' ? text('standsOutTotalsGap') : text('standsOutTotals', { view: text(`view_${sex}`) })}
    </p>
  );
}

interface ItemListProps {
  kind: 'strengths' | 'weaknesses' | 'notable';
  items: readonly StandsOutItem[];
  lang: Lang;
  t: LocalityText;
}

function ItemList({ kind, items, lang, t }: ItemListProps) {
  return (
    <div className={`stands-out-list is-${kind}`} data-testid={`stands-out-${kind}`}>
      <h3>{t(kind)}</h3>
      {items.length === 0 ? (
        <p className="card-hint">{t('noneStandOut')}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <StandsOutEntry key={item.indicator.id} item={item} lang={lang} t={t} />
          ))}
        </ol>
      )}
    </div>
  );
}

function StandsOutEntry({ item, lang, t }: { item: StandsOutItem; lang: Lang; t: LocalityText }) {
  const format = standsOutFormatter(item, lang);
  return (
    <li className="stands-out-item" data-indicator={item.indicator.id}>
      <a href={`#row-${item.indicator.id}`}>
        <IndicatorTitle indicator={item.indicator} lang={lang} />
      </a>{' '}
      <span className="stands-out-value">{format(item.value)}</span>{' '}
      <span className="card-year">{item.year}</span>
      <CaveatMarker caveats={item.indicator.caveats} lang={lang} t={t} />
      <span className="stands-out-detail">
        {t('groupMedian', { value: format(item.groupMedian) })} ·{' '}
        {t('groupRank', { rank: item.groupRank, n: item.groupSize })} ·{' '}
        {t('rankOf', { rank: item.rank, n: item.n })}
      </span>
      <span className="stands-out-source">
        {t('source')}: <SourceLabel source={item.source} lang={lang} />
      </span>
    </li>
  );
}
