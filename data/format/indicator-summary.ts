import type { Indicator } from '../contract';
import type { IndicatorSummary } from '../contract/api-shared';

/**
 * What an answer says about its indicator (values, the profile's detail), and what a page joins to the profile's
 * figures from the catalogue it holds: one reading for both, so the page shows what the answers would have said.
 */
export function summariseIndicator(indicator: Indicator): IndicatorSummary {
  const { id, title, titleLanguage, theme, unit, decimals, direction } = indicator;
  return {
    id,
    title,
    ...(titleLanguage ? { titleLanguage } : {}),
    theme,
    unit,
    decimals,
    direction,
    caveats: indicator.caveat ? [indicator.caveat] : [],
  };
}
