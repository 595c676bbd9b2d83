import { useMemo } from 'react';
import type { IndexFrameworkResponse, IndexInputs, WeightSet } from '../../../data/contract';
import { formatNumber } from '../../lib/format';
import { useI18n } from '../../i18n/use-i18n';
import type { MunicipalityAreas } from '../../data/geometry-queries';
import { agreementOf, perspectiveOutcomes } from './perspective-comparison';
import { SmallMultiples } from './SmallMultiples';
import { indexText } from './texts';

interface Props {
  code: string;
  name: string;
  framework: IndexFrameworkResponse;
  weightSet: WeightSet;
  inputs: IndexInputs;
  areas: MunicipalityAreas | undefined;
}

/** For one municipality: its rank under each starting perspective, where they agree, and which pillar splits them. */
export function PerspectiveCompare({ code, name, framework, weightSet, inputs, areas }: Props) {
  const { lang } = useI18n();
  const t = indexText(lang);
  const outcomes = useMemo(
    () => perspectiveOutcomes(framework.framework, framework.perspectives, weightSet, inputs),
    [framework, weightSet, inputs],
  );
  const { spread, pillar } = agreementOf(outcomes, code);
  const pillarName = framework.framework.pillars.find((p) => p.id === pillar)?.title[lang] ?? '';
  return (
    <section className="index-compare" aria-labelledby="index-compare-title" data-testid="index-compare">
      <h3 id="index-compare-title">{t('compare')}</h3>
      <table>
        <caption>{t('compareTable', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('perspective')}</th>
            <th scope="col">{t('index')}</th>
            <th scope="col">{t('rank')}</th>
            {framework.framework.pillars.map((p) => (
              <th key={p.id} scope="col">
                {p.title[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {outcomes.map(({ perspective, result }) => {
            const row = result.rows.find((r) => r.code === code);
            return (
              <tr key={perspective.id} data-perspective={perspective.id}>
                <th scope="row">{perspective.title[lang]}</th>
                <td className="num">
                  {row?.index === null || !row ? '–' : formatNumber(row.index, lang, 1)}
                </td>
                <td className="num" data-testid="compare-rank">
                  {row?.rank ?? '–'}
                </td>
                {result.pillars.map((p) => (
                  <td key={p.id} className="num">
                    {Math.round(p.weight * 100)} %
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('startingPoint')}.</p>
      <p>{spread <= 10 ? t('agreement', { spread }) : t('disagreement', { spread, pillar: pillarName })}</p>
      {areas ? <SmallMultiples areas={areas} outcomes={outcomes} selected={code} /> : null}
    </section>
  );
}
