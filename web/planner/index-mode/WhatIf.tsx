import { useMemo, useState } from 'react';
import type { IndexInputs, IndexResult } from '../../../data/contract';
import { computeIndex, type IndexSpec } from '../../../data/attractiveness/model';
import { formatNumber } from '../../lib/format';
import { useI18n } from '../../i18n/use-i18n';
import { indexText } from './texts';

interface Props {
  code: string;
  spec: IndexSpec;
  inputs: IndexInputs;
  result: IndexResult;
  titleOf: (id: string) => string;
}

/**
 * Change one raw value of one municipality and see its index and rank move. The treatment is held fixed, the
 * change lives only in this component's state: never in the URL, the API, the store or a download.
 */
export function WhatIf({ code, spec, inputs, result, titleOf }: Props) {
  const { lang } = useI18n();
  const t = indexText(lang);
  const row = result.rows.find((r) => r.code === code);
  const available = result.indicators.filter((i) => row?.values[i.id]);
  const [indicator, setIndicator] = useState(available[0]?.id ?? '');
  const [delta, setDelta] = useState(0);
  const hypothetical = useMemo(() => {
    const real = row?.values[indicator];
    if (!real || delta === 0) return null;
    const fixedTreatments = Object.fromEntries(result.indicators.map((i) => [i.id, i.treatment.choice]));
    const changed = computeIndex(spec, inputs, {
      fixedTreatments,
      hypothetical: [{ indicator, code, value: real.value + delta }],
    });
    return { changed, row: changed.rows.find((r) => r.code === code)! };
  }, [row, indicator, delta, result.indicators, spec, inputs, code]);
  if (!row || row.index === null) return null;
  return (
    <section className="index-what-if" aria-labelledby="index-what-if-title">
      <h3 id="index-what-if-title">{t('whatIf')}</h3>
      <label className="field">
        <span>{t('whatIfIndicator')}</span>
        <select value={indicator} onChange={(event) => setIndicator(event.target.value)}>
          {available.map((i) => (
            <option key={i.id} value={i.id}>
              {titleOf(i.id)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('whatIfDelta')}</span>
        <input
          type="number"
          step="any"
          value={delta}
          data-testid="what-if-delta"
          onChange={(event) =>
            setDelta(Number.isFinite(event.target.valueAsNumber) ? event.target.valueAsNumber : 0)
          }
        />
      </label>
      {hypothetical && hypothetical.row.index !== null ? (
        <div className="index-what-if__result hypothetical" role="status" data-testid="what-if-result">
          <p>
            <strong>
              {t('whatIfResult', {
                index: formatNumber(hypothetical.row.index, lang, 1),
                rank: hypothetical.row.rank ?? '–',
                n: hypothetical.changed.n,
                realIndex: formatNumber(row.index, lang, 1),
                realRank: row.rank ?? '–',
              })}
            </strong>
          </p>
          <p className="hint">{t('hypothetical')}</p>
        </div>
      ) : null}
    </section>
  );
}
