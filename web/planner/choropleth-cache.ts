import type { Indicator } from '../../data/contract';
import type { ValuesResponse } from '../../data/contract/api';
import type { ClassificationMethod } from '../lib/classification';
import type { Colouring } from '../map/colouring-channel';
import { choroplethModel, type ChoroplethModel } from './choropleth-model';

export interface CachedChoropleth {
  model: ChoroplethModel;
  /** The map's colouring: every municipality of the answer, with a value or listed as missing. */
  colouring: Colouring;
}

// Per values answer (TanStack Query keeps each object for the page's life) and classification.
const cache = new WeakMap<ValuesResponse, Map<ClassificationMethod, CachedChoropleth>>();

/**
 * The colours of one indicator-year, made once per answer and classification: the frames of a year drag and the
 * render after it read the same model, so a frame allocates nothing and the release finds the map already holding
 * its colours. `values` must be `indicator`'s.
 */
export function cachedChoropleth(
  indicator: Indicator,
  values: ValuesResponse,
  method: ClassificationMethod,
): CachedChoropleth {
  let byMethod = cache.get(values);
  if (!byMethod) cache.set(values, (byMethod = new Map()));
  let entry = byMethod.get(method);
  if (!entry) {
    const model = choroplethModel(indicator, values, method);
    const codes = [...values.values.map((v) => v.code), ...values.missing];
    entry = { model, colouring: { key: model.key, codes, fills: model.fills } };
    byMethod.set(method, entry);
  }
  return entry;
}
