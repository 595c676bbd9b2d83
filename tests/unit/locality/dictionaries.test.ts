import { describe, expect, it } from 'vitest';
import { en as shellEn } from '../../../web/i18n/en';
import { sv as shellSv } from '../../../web/i18n/sv';
import { en as localityEn } from '../../../web/locality/texts-en';
import { sv as localitySv } from '../../../web/locality/texts-sv';

const dictionaries = {
  shell: { sv: shellSv as Record<string, string>, en: shellEn as Record<string, string> },
  locality: { sv: localitySv as Record<string, string>, en: localityEn as Record<string, string> },
};
const SWEDISH_ONLY = /\b(och|för|från|inte|källa|saknas|eller|utan|finns|andel|invånare)\b/i;
const ENGLISH_ONLY = /\b(the|and|of|from|with|which|computed|published|municipal|between|people)\b/i;

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
      ENGLISH_ONLY.test(text.replace(/\{\w+\}/g, '')),
    );
    const swedishInEnglish = Object.entries(en).filter(([, text]) =>
      SWEDISH_ONLY.test(text.replace(/\{\w+\}/g, '')),
    );
    expect(englishInSwedish).toEqual([]);
    expect(swedishInEnglish).toEqual([]);
  });
});
