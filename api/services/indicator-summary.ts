import type { Indicator } from '../../data/contract';

export function summariseIndicator(indicator: Indicator) {
  const { id, title, theme, unit, decimals, direction } = indicator;
  return { id, title, theme, unit, decimals, direction, caveats: indicator.caveat ? [indicator.caveat] : [] };
}
