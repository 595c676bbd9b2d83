import type { Indicator } from '../../data/contract';
import type { ValuesResponse } from '../../data/contract/api';
import { SourceRuns } from '../lib/SourceLanguageText';
import { useI18n } from '../i18n/use-i18n';
import { coverageLine } from './coverage-line';

/** Coverage honesty under the map: how many of the 290 have data, and where the figures come from. */
export function CoverageNote({ indicator, values }: { indicator: Indicator; values: ValuesResponse }) {
  const { lang, t } = useI18n();
  return (
    <footer className="coverage" data-testid="coverage-note">
      {coverageLine(indicator, values, lang, t).map((item, index) => (
        <span key={index} data-testid={item.testId}>
          {item.strong ? (
            <strong>
              <SourceRuns parts={item.runs} lang={lang} />
            </strong>
          ) : (
            <SourceRuns parts={item.runs} lang={lang} />
          )}
        </span>
      ))}
    </footer>
  );
}
