import type { ApiErrorCode } from '../../data/contract/api';
import { ApiError } from '../data/api-client';
import type { Lang } from '../lib/format';
import { createTranslator } from './translate';

type ErrorKey = ApiErrorCode | 'network' | 'field';

/**
 * What went wrong, in the page's language: the server's own message is English (for API clients), so a page
 * says it by the error's `code` (data/contract ApiErrorCode) and names the parameter at fault.
 */
const sv: Record<ErrorKey, string> = {
  invalid_parameter: 'en parameter i förfrågan är ogiltig',
  bad_request: 'förfrågan är felaktig',
  not_found: 'det som efterfrågades finns inte',
  method_not_allowed: 'servern tillåter inte den åtgärden',
  unsupported_media_type: 'filtypen stöds inte',
  payload_too_large: 'filen är för stor',
  empty_file: 'filen är tom',
  unreadable_file: 'filen går inte att läsa',
  nothing_to_import: 'filen innehåller inget att lägga till',
  unauthorised: 'inloggning krävs',
  forbidden: 'du saknar behörighet',
  imports_disabled: 'import är avstängd på den här servern',
  conflict: 'ändringen krockar med en annan',
  rate_limited: 'för många förfrågningar just nu, försök igen om en stund',
  stale_version: 'någon annan har ändrat under tiden, läs in sidan igen',
  version_required: 'ändringen saknar versionen den bygger på, läs in sidan igen',
  unavailable: 'tjänsten svarar inte just nu, försök igen senare',
  internal: 'ett fel på servern',
  network: 'ingen kontakt med servern',
  field: '(parameter: {field})',
};

const en: Record<ErrorKey, string> = {
  invalid_parameter: 'a parameter of the request is not valid',
  bad_request: 'the request is not valid',
  not_found: 'what was asked for does not exist',
  method_not_allowed: 'the server does not allow that action',
  unsupported_media_type: 'the file type is not supported',
  payload_too_large: 'the file is too large',
  empty_file: 'the file is empty',
  unreadable_file: 'the file cannot be read',
  nothing_to_import: 'the file holds nothing to add',
  unauthorised: 'sign-in is needed',
  forbidden: 'you are not allowed to do that',
  imports_disabled: 'imports are switched off on this server',
  conflict: 'the change clashes with another one',
  rate_limited: 'too many requests just now, try again in a moment',
  stale_version: 'someone else changed this meanwhile, reload the page',
  version_required: 'the change lacks the version it is based on, reload the page',
  unavailable: 'the service is not answering just now, try again later',
  internal: 'an error on the server',
  network: 'no contact with the server',
  field: '(parameter: {field})',
};

/**
 * @example apiErrorText(new ApiError(500, 'internal server error', 'internal', null), 'sv') // "ett fel på servern"
 */
export function apiErrorText(error: unknown, lang: Lang): string {
  const { text, field } = apiErrorParts(error, lang);
  return field ? `${text} ${field.before}${field.name}${field.after}` : text;
}

/**
 * The same, with the parameter's name apart: it is an identifier (`year`), not a word of the page's language, so a
 * page can show it as code.
 */
export function apiErrorParts(
  error: unknown,
  lang: Lang,
): { text: string; field: { before: string; name: string; after: string } | null } {
  const t = createTranslator<ErrorKey>({ sv, en }, lang);
  if (!(error instanceof ApiError)) return { text: t('network'), field: null };
  const text = t(error.code ?? (error.status >= 500 ? 'internal' : 'bad_request'));
  return { text, field: error.field ? fieldParts(error.field, lang) : null };
}

/** "(parameter: {field})" in the page's language, split around the name so a page can show the name as code. */
export function fieldParts(name: string, lang: Lang): { before: string; name: string; after: string } {
  const t = createTranslator<ErrorKey>({ sv, en }, lang);
  const [before = '', after = ''] = t('field', { field: '\u0000' }).split('\u0000');
  return { before, name, after };
}

export const API_ERROR_DICTIONARIES = { sv, en };
