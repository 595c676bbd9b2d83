import type { FlowsResponse } from '../../data/contract/api';
import { formatNumber } from '../lib/format';
import { publisherName } from '../lib/source-label';
import { SourceLabel } from '../lib/SourceLanguageText';
import { PALETTE } from '../map/palette';
import { useI18n } from '../i18n/use-i18n';
import { apiErrorText } from '../i18n/api-error-text';

interface Props {
  flows: FlowsResponse | undefined;
  pending: boolean;
  error: Error | null;
  name: string;
}

/** The selected municipality's largest flows in and out, or a plain statement that the data has none. */
export function FlowsSummary({ flows, pending, error, name }: Props) {
  const { lang, t } = useI18n();
  if (pending) return <p className="hint">{t('flowsLoading')}</p>;
  if (error) return <p className="error">{t('loadError', { message: apiErrorText(error, lang) })}</p>;
  if (!flows) return null;
  if (flows.coverage === 'none') {
    return (
      <p className="notice" data-testid="no-flow-data">
        {t('noFlowData', { name })}
      </p>
    );
  }
  const top = (direction: 'in' | 'out') =>
    flows.features
      .filter((f) => f.properties.direction === direction)
      .sort((a, b) => b.properties.persons - a.properties.persons)
      .slice(0, 5);
  return (
    <div className="flows-summary">
      <p className="hint">{t('flowsTop', { year: flows.year })}</p>
      <div className="flows-summary__columns">
        {(['in', 'out'] as const).map((direction) => (
          <div key={direction}>
            <h4 className="flows-summary__title">
              <span
                className="line-swatch"
                style={{ background: direction === 'in' ? PALETTE.flowIn : PALETTE.flowOut }}
                aria-hidden="true"
              />
              {t(direction === 'in' ? 'flowsIn' : 'flowsOut')}
            </h4>
            <ul className="flows-summary__list">
              {top(direction).map((f) => (
                <li key={`${f.properties.origin}-${f.properties.destination}`}>
                  <span>{direction === 'in' ? f.properties.originName : f.properties.destinationName}</span>
                  <span className="num">{formatNumber(f.properties.persons, lang)}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="hint">
        {t('flowsLegend')} {t('source')}:{' '}
        <SourceLabel
          source={{ citation: publisherName(flows.source.publisher), table: flows.source.table }}
          lang={lang}
        />
        .
      </p>
    </div>
  );
}
