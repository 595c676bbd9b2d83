import { FRAMEWORKS } from '../../data/attractiveness/default-framework';
import { computeIndex, resolveSpec, specIndicatorIds, WeightSetError } from '../../data/attractiveness/model';
import type { WeightSet } from '../../data/contract';
import { indexInputs } from '../attractiveness/index-inputs';
import { ApiError } from '../http/api-error';
import type { WeightingRecord } from '../storage/weighting-store';
import type { WorkshopBuildView } from './indicator-readings';
import { invalidField } from './workshop-errors';

/** The model's parameter names as fields of the WeightSet a client sent. */
const FIELD: Record<string, string> = {
  framework: 'weightSet.framework',
  weights: 'weightSet.weights',
  directions: 'weightSet.directions',
  add: 'weightSet.added',
  year: 'weightSet.method.year',
};
const field = (parameter: string | null) =>
  parameter ? (FIELD[parameter] ?? `weightSet.${parameter}`) : 'weightSet';

/**
 * What one organisation's WeightSet produces from the current build, by the same model as /api/index (without
 * the robustness draws): pillar shares, the indicators combined and every municipality's rank, to be frozen.
 * Every fault of the weight set is a 400 naming its field under `weightSet`.
 */
export async function weightingFromBuild(
  build: WorkshopBuildView,
  weightSet: WeightSet,
): Promise<Pick<WeightingRecord, 'weightSet' | 'buildId' | 'pillars' | 'indicators' | 'ranks'>> {
  try {
    const framework = FRAMEWORKS.get(weightSet.framework);
    if (!framework)
      throw new WeightSetError('framework', 'unknown_framework', { framework: weightSet.framework });
    const spec = resolveSpec(framework, weightSet, (id) => build.indicatorById.has(id));
    const ids = specIndicatorIds(spec);
    await build.kolada.ensure(ids);
    const result = computeIndex(spec, indexInputs(build, ids, spec.method.year, 'add'));
    return {
      weightSet: { ...weightSet, buildId: build.manifest.buildId },
      buildId: build.manifest.buildId,
      pillars: result.pillars.map((p) => ({ id: p.id, title: p.title, share: p.weight })),
      indicators: result.indicators.map((i) => i.id),
      ranks: Object.fromEntries(result.rows.map((row) => [row.code, row.rank])),
    };
  } catch (error) {
    if (error instanceof WeightSetError) throw invalidField(field(error.parameter), error.message);
    if (error instanceof ApiError && error.status === 400)
      throw invalidField(field(error.field), error.message);
    throw error;
  }
}
