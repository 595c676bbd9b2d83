import type { UseQueryResult } from '@tanstack/react-query';
import type { Indicator, MunicipalityProperties } from '../../data/contract';
import type { FlowsResponse, ValuesResponse } from '../../data/contract/api';
import { formatValue } from '../lib/format';
import { IndicatorTitle, SourceLabel } from '../lib/SourceLanguageText';
import { navigate } from '../router/location-store';
import { useI18n } from '../i18n/use-i18n';
import { FlowsSummary } from './FlowsSummary';
import { localityHref } from './locality-link';
import { sexSuffix } from '../lib/picker-texts';
import { KeyFigures } from './KeyFigures';

interface Props {
  municipality: MunicipalityProperties;
  indicator: Indicator;
  values: ValuesResponse;
  flows: UseQueryResult<FlowsResponse>;
  onClear: () => void;
}

export function SummaryPanel({ municipality, indicator, values, flows, onClear }: Props) {
  const { lang, t } = useI18n();
  const current = values.values.find((v) => v.code === municipality.code);
  const profileHref = localityHref(municipality.code, indicator.id, lang);
  return (
    <section className="summary" aria-labelledby="summary-title" data-testid="summary-panel">
      <div className="summary__head">
        <div>
          <h2 id="summary-title" className="summary__name">
            {municipality.name}
          </h2>
          <p className="summary__meta">
            {municipality.countyName} · {municipality.code}
          </p>
        </div>
        <button
          type="button"
          className="button button--ghost"
          onClick={onClear}
          aria-label={t('clearSelection')}
        >
          ✕
        </button>
      </div>
      <div className="summary__current">
        <p className="summary__indicator">
          <IndicatorTitle indicator={indicator} lang={lang} />
          {sexSuffix(values.sex ?? 'total', lang)} {values.year}
        </p>
        <p className="summary__value">
          {current ? formatValue(current.value, indicator, lang) : t('noData')}
        </p>
        {current?.rank !== undefined && indicator.unit !== 'category' ? (
          <p className="summary__rank">
            {t('rank')} {t('rankOf', { rank: current.rank, n: values.n })}
          </p>
        ) : null}
        <p className="hint">
          {t('source')}: <SourceLabel source={values.source} lang={lang} />
        </p>
      </div>
      <a
        className="button button--primary summary__link"
        href={profileHref}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          navigate(profileHref);
        }}
      >
        {t('openProfile')} →
      </a>
      <KeyFigures code={municipality.code} />
      <section aria-labelledby="commuting-title">
        <h3 id="commuting-title" className="subsection-title">
          {t('commuting')}
        </h3>
        <FlowsSummary
          flows={flows.data}
          pending={flows.isPending}
          error={flows.error}
          name={municipality.name}
        />
      </section>
    </section>
  );
}
