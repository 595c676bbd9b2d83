import type { Lang } from './format';

/** The marker's hover text, in the page's language: which language the marked text is in. */
export const LANGUAGE_NAME: Record<Lang, Record<Lang, string>> = {
  sv: { sv: 'på svenska', en: 'på engelska (källan finns bara på engelska)' },
  en: { sv: 'in Swedish (the source publishes it in Swedish only)', en: 'in English' },
};
