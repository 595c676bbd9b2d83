import type { Indicator } from '../../../data/contract';
import type { ProfileIndicator, ValuesResponse } from '../../../data/contract/api';
import type { Lang } from '../../lib/format';
import { DistributionStrip } from '../charts/DistributionStrip';
import { Sparkline } from '../../lib/charts/Sparkline';
import { municipalitySlots } from '../profile-view';
import { IndicatorTitle, SourceLabel } from '../../lib/SourceLanguageText';
import type { LocalityText } from '../texts';
import { valueFormatter } from '../value-format';
import { CaveatMarker } from './CaveatMarker';
import { catalogueText } from '../catalogue/catalogue-texts';

interface IndicatorRowProps {
  item: ProfileIndicator;
  definition: Indicator | undefined;
  values: ValuesResponse | undefined;
  code: string;
  name: string;
  peerCodes: readonly string[];
  lang: Lang;
  t: LocalityText;
  selected: boolean;
  onShowTrend: (id: string) => void;
}

/** One indicator as a row: value, year, rank of n, the distribution of all municipalities, trend, source, caveat. */
export function IndicatorRow(props: IndicatorRowProps) {
  const { item, definition, values, code, name, peerCodes, lang, t, selected, onShowTrend } = props;
  const { indicator, latest } = item;
  const format = valueFormatter(indicator, definition, lang);
  const title = indicator.title[lang];
  const source = latest?.source ?? definition?.sources[0];
  const first = item.series[0];
  const last = item.series.at(-1);
  const trendLabel =
    first && last
      ? `${first.year}-${last.year}: ${format(first.value)} → ${format(last.value)}`
      : t('noSeries');
  return (
    <li
      id={`row-${indicator.id}`}
      className={`indicator-row${selected ? ' is-selected' : ''}`}
      data-indicator={indicator.id}
    >
      <div className="row-title">
        <span className="row-name">
          <IndicatorTitle indicator={indicator} lang={lang} />
        </span>
        <CaveatMarker caveats={indicator.caveats} lang={lang} t={t} />
        {source && (
          <span className="row-source">
            {t('source')}: <SourceLabel source={source} lang={lang} />
          </span>
        )}
      </div>
      {latest ? (
        <div className="row-value">
          <span className="row-number">{format(latest.value)}</span>{' '}
          <span className="card-year">{latest.year}</span>
          {latest.rank !== undefined && (
            <span className="row-rank">
              {t('rankOf', { rank: latest.rank, n: latest.n })}{' '}
              <span className="card-hint">
                ({indicator.direction === 'neutral' ? t('rankHelp') : t('rankHelpBetter')})
              </span>
            </span>
          )}
        </div>
      ) : (
        <div className="row-value card-missing">{t('missing')}</div>
      )}
      {item.sex && <SexLine sex={item.sex} format={format} lang={lang} t={t} />}
      <div className="row-strip">
        {values && latest ? (
          <Strip
            item={item}
            values={values}
            code={code}
            name={name}
            peerCodes={peerCodes}
            format={format}
            lang={lang}
            t={t}
          />
        ) : latest ? (
          <span className="card-hint">{t('stripLoading')}</span>
        ) : null}
      </div>
      <button
        type="button"
        className="card-trend"
        onClick={() => onShowTrend(indicator.id)}
        aria-pressed={selected}
      >
        <Sparkline slots={municipalitySlots(item, definition)} label={trendLabel} />
        <span className="visually-hidden">{t('showTrend', { title })}</span>
      </button>
    </li>
  );
}

interface StripProps {
  item: ProfileIndicator;
  values: ValuesResponse;
  code: string;
  name: string;
  peerCodes: readonly string[];
  format: (value: number) => string;
  lang: Lang;
  t: LocalityText;
}

function Strip({ item, values, code, name, peerCodes, format, lang, t }: StripProps) {
  const byCode = new Map(values.values.map((row) => [row.code, row]));
  const sameYear = (figure: ProfileIndicator['county']) =>
    figure && figure.year === values.year ? figure.value : null;
  const peers = peerCodes.flatMap((code) => {
    const row = byCode.get(code);
    return row ? [row] : [];
  });
  const subject = byCode.get(code);
  const county = sameYear(item.county);
  const nation = sameYear(item.national);
  const missing = t('missing');
  const label = t('stripLabel', {
    name,
    value: subject ? format(subject.value) : missing,
    rank: subject?.rank ?? '-',
    n: values.n,
    median:
      values.nationalMedian === null
        ? `${missing} (${values.nationalMedianReason?.[lang] ?? ''})`
        : format(values.nationalMedian),
    county: county === null ? missing : format(county),
    nation: nation === null ? missing : format(nation),
    peers: peers.map((row) => `${row.name} ${format(row.value)}`).join(', ') || missing,
  });
  return (
    <DistributionStrip
      input={{
        values: values.values.map((row) => row.value),
        subject: subject?.value ?? null,
        county,
        nation,
        peers: peers.map((row) => row.value),
        median: values.nationalMedian,
      }}
      label={label}
    />
  );
}

/** The chosen sex view beside the totals: its value, year and rank, missing, or "no split by sex" (never 0). */
function SexLine({
  sex,
  format,
  lang,
  t,
}: {
  sex: NonNullable<ProfileIndicator['sex']>;
  format: (value: number) => string;
  lang: Lang;
  t: LocalityText;
}) {
  const { latest } = sex;
  return (
    <div className="row-sex" data-sex={sex.view}>
      <span className="card-hint">{sex.label[lang]}:</span>{' '}
      {!sex.available ? (
        <span className="card-missing">{catalogueText(lang)('noSplit')}</span>
      ) : latest ? (
        <>
          <strong>{format(latest.value)}</strong> <span className="card-year">{latest.year}</span>
          {latest.rank !== undefined && ` · ${t('rankOf', { rank: latest.rank, n: latest.n })}`}
        </>
      ) : (
        <span className="card-missing">{t('missing')}</span>
      )}
    </div>
  );
}
