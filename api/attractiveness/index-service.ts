import { FRAMEWORKS } from '../../data/attractiveness/default-framework';
import {
  computeIndex,
  DEFAULT_ROBUSTNESS,
  resolveSpec,
  robustness,
  specIndicatorIds,
  WeightSetError,
  type IndexSpec,
} from '../../data/attractiveness/model';
import { weightSetFromParams, type WeightSetParam } from '../../data/attractiveness/weight-set-params';
import type { IndexQuery, IndexResponse, WeightSet } from '../../data/contract';
import type { AtlasBuild } from '../build/atlas-build';
import { badParameter } from '../http/api-error';
import { indexInputs } from './index-inputs';

/** The WeightSet and spec a query asks for; every fault is a 400 naming its parameter. */
export function specFromQuery(
  build: AtlasBuild,
  query: IndexQuery,
): { weightSet: WeightSet; spec: IndexSpec } {
  try {
    const weightSet = weightSetFromParams((name: WeightSetParam) => query[name]);
    const framework = FRAMEWORKS.get(weightSet.framework);
    if (!framework)
      throw new WeightSetError('framework', 'unknown_framework', { framework: weightSet.framework });
    const spec = resolveSpec(framework, weightSet, (id) => build.indicatorById.has(id));
    return { weightSet, spec };
  } catch (error) {
    if (error instanceof WeightSetError) throw badParameter(error.parameter, error.message);
    throw error;
  }
}

/** Scores, pillars, contributions, ranks and (unless draws=0) rank intervals for one query. */
export function attractivenessIndex(build: AtlasBuild, query: IndexQuery): IndexResponse {
  const { weightSet, spec } = specFromQuery(build, query);
  const inputs = indexInputs(build, specIndicatorIds(spec), spec.method.year, 'add');
  const result = computeIndex(spec, inputs);
  const options = {
    draws: query.draws ?? DEFAULT_ROBUSTNESS.draws,
    seed: query.seed ?? DEFAULT_ROBUSTNESS.seed,
    perturbation: query.perturbation ?? DEFAULT_ROBUSTNESS.perturbation,
  };
  return {
    buildId: build.manifest.buildId,
    weightSet,
    result,
    robustness: options.draws > 0 ? robustness(spec, inputs, options) : null,
  };
}
