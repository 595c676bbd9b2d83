/**
 * Why a weight set cannot be computed, as a code with its parameters: the API says it in English (the message),
 * a page in its own language by the code (web/attractiveness/weight-set-error-text.ts). `parameter` names the
 * query parameter (or field) at fault.
 */
export const WEIGHT_SET_MESSAGES = {
  unknown_framework: 'unknown framework "{framework}"',
  unknown_pillar: 'unknown pillar "{pillar}"',
  unknown_indicator: 'unknown indicator "{indicator}"',
  already_in_index: 'indicator "{indicator}" is already in the index',
  not_in_index: 'indicator "{indicator}" is not in the index',
  weight_below_zero: 'weight of "{key}" must be ≥ 0',
  not_pillar_or_indicator: '"{key}" is neither a pillar nor an indicator of the index',
  all_weights_zero: 'every weight is zero: nothing to combine',
  too_many_items: 'at most {max} items',
  not_key_value: '"{item}" is not key:value',
  bad_direction: 'direction of "{of}" must be better or worse, not "{text}"',
  not_one_of: 'must be one of {options}',
  weight_not_number: 'weight of "{key}" is not a number',
  weight_negative: 'weight of "{key}" is negative',
  not_add_item: '"{item}" is not pillar:indicator:direction',
  add_without_direction: '"{item}" has no direction (better or worse)',
  not_indicator_id: '"{id}" is not an indicator id',
  invalid_method: '{message}',
} as const;
export type WeightSetErrorCode = keyof typeof WEIGHT_SET_MESSAGES;

export type WeightSetErrorParams = Readonly<Record<string, string | number>>;

/** `{name}` in a template filled from `params` (a name not given stays as it is). */
export const fillTemplate = (template: string, params: WeightSetErrorParams): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));

/**
 * @example new WeightSetError('add', 'unknown_pillar', { pillar: 'x' }).message // 'unknown pillar "x"'
 */
export class WeightSetError extends Error {
  constructor(
    readonly parameter: string,
    readonly code: WeightSetErrorCode,
    readonly params: WeightSetErrorParams = {},
  ) {
    super(fillTemplate(WEIGHT_SET_MESSAGES[code], params));
  }
}
