import type { ProfileIndicator, SexAggregateFigure } from '../../../data/contract/api';
import type { Lang } from '../../lib/format';
import { catalogueText } from '../catalogue/catalogue-texts';
import type { LocalityText } from '../texts';
import { sexViewText } from './sex-view-texts';

interface SexLineProps {
  sex: NonNullable<ProfileIndicator['sex']>;
  format: (value: number) => string;
  lang: Lang;
  t: LocalityText;
}

/**
 * The chosen sex view beside the totals: its value, year and rank with the county's and the nation's figure for the
 * same view, missing (with the reason), or "no split by sex" (never 0).
 */
export function SexLine({ sex, format, lang, t }: SexLineProps) {
  const { latest } = sex;
  return (
    <div className="row-sex" data-sex={sex.view}>
      <span className="card-hint">{sex.label[lang]}:</span>{' '}
      {!sex.available ? (
        <>
          <span className="card-missing">{catalogueText(lang)('noSplit')}</span>
          <span className="card-hint row-shows-totals"> · {sexViewText(lang)('rowShowsTotals')}</span>
        </>
      ) : latest ? (
        <>
          <strong>{format(latest.value)}</strong> <span className="card-year">{latest.year}</span>
          {latest.rank !== undefined && ` · ${t('rankOf', { rank: latest.rank, n: latest.n })}`}
          <Aggregate label={t('countyFigure')} figure={sex.county} format={format} lang={lang} t={t} />
          <Aggregate label={t('nationalFigure')} figure={sex.national} format={format} lang={lang} t={t} />
        </>
      ) : (
        <span className="card-missing">{t('missing')}</span>
      )}
    </div>
  );
}

function Aggregate({
  label,
  figure,
  format,
  lang,
  t,
}: {
  label: string;
  figure: SexAggregateFigure | null;
  format: (value: number) => string;
  lang: Lang;
  t: LocalityText;
}) {
  if (!figure) return null;
  return (
    <span className="row-sex-aggregate" data-method={figure.method}>
      {' · '}
      {label}{' '}
      {figure.value === null ? (
        <span className="card-missing">
          {t('missing')} <span className="card-hint">({figure.methodText[lang]})</span>
        </span>
      ) : (
        // A published figure's source is the row's; a computed or derived one says how in its title.
        <span title={figure.method === 'published' && !figure.derived ? undefined : figure.methodText[lang]}>
          {format(figure.value)}
        </span>
      )}
    </span>
  );
}
