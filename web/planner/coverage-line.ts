import type { Indicator } from '../../data/contract';
import type { ValuesResponse } from '../../data/contract/api';
import type { Translate } from '../i18n/translate';
import { formatValue, type Lang } from '../lib/format';
import { sourceLabelParts, type SourceLabelPart } from '../lib/source-label';

/** One item of the coverage line: its text runs, a Swedish-only name marked as such on an English page. */
export interface CoverageItem {
  testId?: 'national-missing' | 'median-missing';
  strong?: boolean;
  runs: SourceLabelPart[];
}

/**
 * Coverage honesty under the map: how many of the 290 have data, where the figures come from, the national figure
 * and the indicator's caveat. Written once for both renderings: React's CoverageNote, and the line under the
 * first map drawn before React (web/first-map), which must be as tall as React's or Sweden is re-fitted.
 */
export function coverageLine(
  indicator: Indicator,
  values: ValuesResponse,
  lang: Lang,
  t: Translate,
): CoverageItem[] {
  const text = (value: string): SourceLabelPart => ({ text: value, sv: false });
  const national = values.national.value;
  const items: CoverageItem[] = [
    { strong: true, runs: [text(t('coverage', { n: values.n }))] },
    {
      runs: [text(`${t('source')}: `), ...sourceLabelParts(values.source, lang), text(`, ${values.year}`)],
    },
  ];
  if (indicator.unit !== 'category')
    items.push(
      national !== null
        ? { runs: [text(`${t('national')}: ${formatValue(national, indicator, lang)}`)] }
        : {
            testId: 'national-missing',
            runs: [text(`${t('national')}: ${t('noData')} (${values.national.methodText[lang]})`)],
          },
    );
  if (values.nationalMedianReason)
    items.push({
      testId: 'median-missing',
      runs: [text(`${t('nationalMedian')}: ${t('noData')} (${values.nationalMedianReason[lang]})`)],
    });
  if (indicator.caveat) items.push({ runs: [text(`${t('caveat')}: ${indicator.caveat[lang]}`)] });
  return items;
}
