import { useState } from 'react';
import type { Indicator } from '../../data/contract';
import type { ValuesResponse } from '../../data/contract/api';
import type { Legend } from '../lib/legend';
import type { ChoroplethModel } from './choropleth-model';

export interface DrawnChoropleth {
  key: string;
  indicator: Indicator;
  year: number;
  legend: Legend;
}

/**
 * The colouring the map has drawn (its fill key reported back), with the indicator, year and legend that belong
 * to it. A new indicator's model exists a few frames before the map has drawn it: what names the map follows this,
 * never the newest model, so no frame shows a new title over the previous colours. Null when nothing is drawn or
 * the map was cleared (no values).
 */
export function useDrawnChoropleth(
  model: ChoroplethModel | undefined,
  indicator: Indicator | undefined,
  values: ValuesResponse | undefined,
  drawnKey: string | null,
): DrawnChoropleth | null {
  const [drawn, setDrawn] = useState<DrawnChoropleth | null>(null);
  const current = model && indicator && values ? { key: model.key, indicator, year: values.year } : null;
  // Adjusting state while rendering (React's pattern for state derived from a changing prop): the legend and the
  // map label switch in the same render that learns the new colours are on screen.
  if (current && drawnKey === current.key && drawn?.key !== current.key) {
    setDrawn({ ...current, legend: model!.legend });
  } else if (drawnKey === '' && drawn !== null) {
    setDrawn(null);
  }
  // Only while it is what the map shows (index mode draws other colours on the same map).
  return drawn && drawn.key === drawnKey ? drawn : null;
}
