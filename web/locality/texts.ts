import { createTranslator, type Translator } from '../i18n/translate';
import type { Lang } from '../lib/format';
import { en } from './texts-en';
import { sv, type LocalityTextKey } from './texts-sv';

export type { LocalityTextKey };

/** UI text of the locality view (kept apart from the shell's dictionary so the two can evolve independently). */
export type LocalityText = Translator<LocalityTextKey>;

/**
 * @example localityText('en')('rankOf', { rank: 3, n: 290 }) // "Rank 3 of 290"
 */
export const localityText = (lang: Lang): LocalityText => createTranslator<LocalityTextKey>({ sv, en }, lang);
