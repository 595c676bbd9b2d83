import { PERSPECTIVE_IDS, WeightSet, type PerspectiveId } from '../../../data/contract';
import {
  WEIGHT_SET_PARAMS,
  weightSetFromParams,
  weightSetToParams,
} from '../../../data/attractiveness/weight-set-params';
import { perspectiveById } from '../../../data/attractiveness/perspectives';

/** The index view as the URL holds it: the WeightSet, the perspective it started from, and the what-if. */
export interface IndexViewState {
  weightSet: WeightSet;
  perspective: PerspectiveId | null;
}

const DEFAULT_WEIGHT_SET = WeightSet.parse({ framework: 'default' });

/** Read the `i_` parameters; a malformed weight set falls back to the default rather than failing the page. */
export function indexViewFromParams(params: Readonly<Record<string, string>>): IndexViewState {
  const perspective = PERSPECTIVE_IDS.find((p) => p === params.perspective) ?? null;
  let weightSet = DEFAULT_WEIGHT_SET;
  try {
    weightSet = weightSetFromParams((name) => params[name]);
  } catch {
    weightSet = DEFAULT_WEIGHT_SET;
  }
  return { weightSet, perspective };
}

export function indexViewToParams(view: IndexViewState): Record<string, string> {
  const out: Record<string, string> = { ...weightSetToParams(view.weightSet) };
  if (view.perspective) out.perspective = view.perspective;
  return out;
}

/** The weight set a perspective starts from: its pillar weights, the default method. */
export function perspectiveWeightSet(id: PerspectiveId): WeightSet {
  return WeightSet.parse({ framework: 'default', weights: perspectiveById(id)?.weights ?? {} });
}

/** Only the weight-set parameters, as /api/index takes them (for the CSV download). */
export function apiParams(view: IndexViewState): Record<string, string> {
  const params = weightSetToParams(view.weightSet);
  return Object.fromEntries(
    WEIGHT_SET_PARAMS.flatMap((name) => (params[name] ? [[name, params[name]!]] : [])),
  );
}
