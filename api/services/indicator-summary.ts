import type { Indicator } from '../../data/contract';

export function summariseIndicator(indicator: Indicator) {
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
