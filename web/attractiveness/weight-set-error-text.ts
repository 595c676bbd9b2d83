import {
  fillTemplate,
  WEIGHT_SET_MESSAGES,
  WeightSetError,
  type WeightSetErrorCode,
} from '../../data/attractiveness/model/weight-set-error';
import { apiErrorParts, fieldParts } from '../i18n/api-error-text';
import type { Lang } from '../lib/format';

/** Why the index cannot be computed for this weight set, in the page's language (English: the API's own words). */
const sv: Record<WeightSetErrorCode, string> = {
  unknown_framework: 'okänt ramverk "{framework}"',
  unknown_pillar: 'okänd pelare "{pillar}"',
  unknown_indicator: 'okänd indikator "{indicator}"',
  already_in_index: 'indikatorn "{indicator}" finns redan i indexet',
  not_in_index: 'indikatorn "{indicator}" finns inte i indexet',
  weight_below_zero: 'vikten för "{key}" måste vara 0 eller mer',
  not_pillar_or_indicator: '"{key}" är varken en pelare eller en indikator i indexet',
  all_weights_zero: 'alla vikter är noll: det finns inget att väga samman',
  too_many_items: 'högst {max} poster',
  not_key_value: '"{item}" har inte formen nyckel:värde',
  bad_direction: 'riktningen för "{of}" måste vara better eller worse, inte "{text}"',
  not_one_of: 'måste vara ett av {options}',
  weight_not_number: 'vikten för "{key}" är inte ett tal',
  weight_negative: 'vikten för "{key}" är negativ',
  not_add_item: '"{item}" har inte formen pelare:indikator:riktning',
  add_without_direction: '"{item}" saknar riktning (better eller worse)',
  not_indicator_id: '"{id}" är inte ett indikator-id',
  // The detail is zod's English: a Swedish page names the parameter instead.
  invalid_method: 'ogiltig metodinställning',
};

export const WEIGHT_SET_ERROR_DICTIONARIES = { sv, en: WEIGHT_SET_MESSAGES };

/**
 * A WeightSetError by its code and parameters, any other error (a failed request) by its API code; both with the
 * parameter at fault apart, as ApiErrorLine shows it.
 * @example indexErrorParts(new WeightSetError('weights', 'all_weights_zero'), 'sv').text // "alla vikter är noll: …"
 */
export function indexErrorParts(error: unknown, lang: Lang): ReturnType<typeof apiErrorParts> {
  if (!(error instanceof WeightSetError)) return apiErrorParts(error, lang);
  const text = fillTemplate(WEIGHT_SET_ERROR_DICTIONARIES[lang][error.code], error.params);
  return { text, field: fieldParts(error.parameter, lang) };
}
