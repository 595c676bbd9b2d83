import type { Lang } from '../lib/format';
import { en } from './en';
import { sv, type MessageKey } from './sv';

export type { MessageKey };
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { sv, en };

/**
 * A translate function for one language; `{name}` placeholders are filled from `values`.
 * @example translator('en')('rankOf', { rank: 3, n: 290 }) // "3 of 290"
 */
export function translator(lang: Lang): Translate {
  const dictionary = DICTIONARIES[lang];
  return (key, values) => {
    const text = dictionary[key];
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}
