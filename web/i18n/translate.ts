import type { Lang } from '../lib/format';
import { en } from './en';
import { sv, type MessageKey } from './sv';

export type { MessageKey };

/** Placeholder values a message may take: `{name}` in the text is filled from `values.name`. */
export type MessageValues = Record<string, string | number>;
export type Translator<K extends string> = (key: K, values?: MessageValues) => string;
export type Translate = Translator<MessageKey>;

/**
 * The one translator of the dashboard: each page keeps its own dictionaries (so they evolve apart) and gets its
 * translate function from here. A placeholder without a value stays visible, so a missing value is seen, not hidden.
 * @example createTranslator({ sv: { n: '{n} av 290' }, en: { n: '{n} of 290' } }, 'en')('n', { n: 3 }) // "3 of 290"
 */
export function createTranslator<K extends string>(
  dictionaries: Readonly<Record<Lang, Readonly<Record<K, string>>>>,
  lang: Lang,
): Translator<K> {
  const dictionary = dictionaries[lang];
  return (key, values) => {
    const text = dictionary[key];
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}

/**
 * The shell's and the planner's messages in one language.
 * @example translator('en')('rankOf', { rank: 3, n: 290 }) // "3 of 290"
 */
export const translator = (lang: Lang): Translate => createTranslator<MessageKey>({ sv, en }, lang);
