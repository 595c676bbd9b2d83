import {
  AddedIndicator,
  IndexAggregation,
  IndexDirection,
  IndexMethod,
  IndexNormalisation,
  IndicatorId,
  WeightSet,
} from '../contract';
import { WeightSetError } from './model/resolve-spec';

/**
 * A WeightSet as query parameters, the same in a shared dashboard link and in /api/index:
 * `weights=work:2,rental_dwellings_per_1000:0.5`, `directions=smahus_price_per_m2:better`,
 * `add=housing:owner_occupied_dwellings_per_1000:better`, `normalisation`, `aggregation`, `minPillarShare`, `year`,
 * `treatment`, `framework`, `build`. Defaults are left out, so links stay short. The dashboard puts a prefix in
 * front of each name so they never collide with its own parameters.
 */
export const WEIGHT_SET_PARAMS = [
  'framework',
  'weights',
  'directions',
  'add',
  'normalisation',
  'aggregation',
  'minPillarShare',
  'year',
  'treatment',
  'build',
] as const;
export type WeightSetParam = (typeof WEIGHT_SET_PARAMS)[number];

const DEFAULT_METHOD = IndexMethod.parse({});
const MAX_ITEMS = 100;

function pairs(name: string, text: string): [string, string][] {
  const items = text.split(',').map((s) => s.trim());
  if (items.length > MAX_ITEMS) throw new WeightSetError(name, 'too_many_items', { max: MAX_ITEMS });
  return items.map((item) => {
    const at = item.lastIndexOf(':');
    if (!item || at <= 0 || at === item.length - 1) throw new WeightSetError(name, 'not_key_value', { item });
    return [item.slice(0, at), item.slice(at + 1)];
  });
}

function direction(name: string, text: string, of: string): IndexDirection {
  const parsed = IndexDirection.safeParse(text);
  if (!parsed.success) throw new WeightSetError(name, 'bad_direction', { of, text });
  return parsed.data;
}

function enumValue<T extends string>(name: string, options: readonly T[], text: string): T {
  const found = options.find((o) => o === text);
  if (!found) throw new WeightSetError(name, 'not_one_of', { options: options.join(', ') });
  return found;
}

/** Read a WeightSet from parameters; anything malformed is a WeightSetError naming the parameter. */
export function weightSetFromParams(get: (name: WeightSetParam) => string | null | undefined): WeightSet {
  const weights: Record<string, number> = {};
  const weightsText = get('weights');
  if (weightsText) {
    for (const [key, value] of pairs('weights', weightsText)) {
      const weight = Number(value);
      if (!Number.isFinite(weight) || value.trim() === '')
        throw new WeightSetError('weights', 'weight_not_number', { key });
      if (weight < 0) throw new WeightSetError('weights', 'weight_negative', { key });
      weights[key] = weight;
    }
  }
  const directions: Record<string, IndexDirection> = {};
  const directionsText = get('directions');
  if (directionsText) {
    for (const [id, value] of pairs('directions', directionsText))
      directions[id] = direction('directions', value, id);
  }
  const added: AddedIndicator[] = [];
  const addText = get('add');
  if (addText) {
    for (const item of addText.split(',').map((s) => s.trim())) {
      const [pillar, id, dir, ...rest] = item.split(':');
      if (!pillar || !id || rest.length > 0) throw new WeightSetError('add', 'not_add_item', { item });
      if (!dir) throw new WeightSetError('add', 'add_without_direction', { item });
      if (!IndicatorId.safeParse(id).success) throw new WeightSetError('add', 'not_indicator_id', { id });
      added.push({ pillar, id, direction: direction('add', dir, id) });
    }
  }
  const share = get('minPillarShare');
  const year = get('year');
  const method = IndexMethod.safeParse({
    normalisation: optional(get('normalisation'), (t) =>
      enumValue('normalisation', IndexNormalisation.options, t),
    ),
    aggregation: optional(get('aggregation'), (t) => enumValue('aggregation', IndexAggregation.options, t)),
    minPillarShare: optional(share, Number),
    year: year ? Number(year) : null,
    treatment: optional(get('treatment'), (t) => enumValue('treatment', ['coinr', 'none'] as const, t)),
  });
  if (!method.success) {
    const field = String(method.error.issues[0]?.path[0] ?? 'method');
    throw new WeightSetError(field, 'invalid_method', {
      message: method.error.issues[0]?.message ?? 'invalid',
    });
  }
  return WeightSet.parse({
    framework: get('framework') || 'default',
    weights,
    directions,
    added,
    method: method.data,
    buildId: get('build') || null,
  });
}

function optional<T>(text: string | null | undefined, read: (text: string) => T): T | undefined {
  return text === null || text === undefined || text === '' ? undefined : read(text);
}

/** Write a WeightSet as parameters, leaving out what equals the default. */
export function weightSetToParams(weightSet: WeightSet): Partial<Record<WeightSetParam, string>> {
  const out: Partial<Record<WeightSetParam, string>> = {};
  if (weightSet.framework !== 'default') out.framework = weightSet.framework;
  const weights = Object.entries(weightSet.weights);
  if (weights.length > 0) out.weights = weights.map(([k, w]) => `${k}:${roundWeight(w)}`).join(',');
  const directions = Object.entries(weightSet.directions);
  if (directions.length > 0) out.directions = directions.map(([k, d]) => `${k}:${d}`).join(',');
  if (weightSet.added.length > 0)
    out.add = weightSet.added.map((a) => `${a.pillar}:${a.id}:${a.direction}`).join(',');
  const { method } = weightSet;
  if (method.normalisation !== DEFAULT_METHOD.normalisation) out.normalisation = method.normalisation;
  if (method.aggregation !== DEFAULT_METHOD.aggregation) out.aggregation = method.aggregation;
  if (method.minPillarShare !== DEFAULT_METHOD.minPillarShare)
    out.minPillarShare = String(method.minPillarShare);
  if (method.year !== null) out.year = String(method.year);
  if (method.treatment !== DEFAULT_METHOD.treatment) out.treatment = method.treatment;
  if (weightSet.buildId) out.build = weightSet.buildId;
  return out;
}

/** Slider weights keep three significant decimals in a link. */
const roundWeight = (w: number) => String(Math.round(w * 1000) / 1000);
