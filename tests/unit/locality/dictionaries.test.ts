import { describe, expect, it } from 'vitest';
import { ApiErrorCode } from '../../../data/contract/api';
import { INDEX_DICTIONARIES } from '../../../web/attractiveness/texts';
import { ApiError } from '../../../web/data/api-client';
import { API_ERROR_DICTIONARIES, apiErrorText } from '../../../web/i18n/api-error-text';
import { en as shellEn } from '../../../web/i18n/en';
import { sv as shellSv } from '../../../web/i18n/sv';
import { IMPORT_DICTIONARIES } from '../../../web/imports/texts';
import { en as localityEn } from '../../../web/locality/texts-en';
import { sv as localitySv } from '../../../web/locality/texts-sv';
import { PARTICIPANT_DICTIONARIES } from '../../../web/workshop/participant/texts';
import { WORKSHOP_DICTIONARIES } from '../../../web/workshop/texts';

type Pair = { sv: Record<string, string>; en: Record<string, string> };
/** Every dictionary of the dashboard: one per page, plus the shell's and the API errors'. */
const dictionaries: Record<string, Pair> = {
  shell: { sv: shellSv, en: shellEn },
  locality: { sv: localitySv, en: localityEn },
  index: INDEX_DICTIONARIES,
  workshop: WORKSHOP_DICTIONARIES,
  participant: PARTICIPANT_DICTIONARIES,
  import: IMPORT_DICTIONARIES,
  'API errors': API_ERROR_DICTIONARIES,
};
// Word boundaries by letter, not by JavaScript's ASCII \b, so "oförändrade" does not contain the word "of".
const SWEDISH_ONLY =
  /(?<!\p{L})(och|för|från|inte|källa|saknas|eller|utan|finns|andel|invånare|kommun|mellan)(?!\p{L})/iu;
const ENGLISH_ONLY =
  /(?<!\p{L})(the|and|of|from|with|which|computed|published|municipal|municipality|between|people)(?!\p{L})/iu;
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, '');

describe.each(Object.entries(dictionaries))('the %s dictionary in both languages', (_name, { sv, en }) => {
  it('has every key in Swedish and in English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv)) {
      expect(sv[key]!.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
    }
  });

  it('keeps each language to itself', () => {
    const englishInSwedish = Object.entries(sv).filter(([, text]) =>
      ENGLISH_ONLY.test(withoutPlaceholders(text)),
    );
    const swedishInEnglish = Object.entries(en).filter(([, text]) =>
      SWEDISH_ONLY.test(withoutPlaceholders(text)),
    );
    expect(englishInSwedish).toEqual([]);
    expect(swedishInEnglish).toEqual([]);
  });
});

describe('API errors in the page language', () => {
  it('says what went wrong by the error code, never with the server’s English message', () => {
    const error = new ApiError(400, "unknown indicator 'x'; see /api/indicators", 'invalid_parameter', 'id');
    expect(apiErrorText(error, 'sv')).toBe('en parameter i förfrågan är ogiltig (parameter: id)');
    expect(apiErrorText(error, 'en')).toBe('a parameter of the request is not valid (parameter: id)');
    expect(apiErrorText(new ApiError(500, 'internal server error', 'internal'), 'sv')).toBe(
      'ett fel på servern',
    );
  });

  it('has a text for every code of the contract, and one for a request that never reached the server', () => {
    for (const code of ApiErrorCode.options) {
      expect(apiErrorText(new ApiError(400, 'x', code), 'sv')).toBe(API_ERROR_DICTIONARIES.sv[code]);
    }
    expect(apiErrorText(new TypeError('Failed to fetch'), 'sv')).toBe('ingen kontakt med servern');
    expect(apiErrorText(new ApiError(502, 'HTTP 502'), 'en')).toBe('an error on the server');
  });
});
