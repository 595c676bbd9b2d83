import { useMemo } from 'react';
import type { Lang } from '../lib/format';
import { useLocation } from '../router/location-store';
import { translator, type Translate } from './translate';

/** The language lives in the URL (`lang=en`; Swedish by default), so a shared link opens in the same language. */
export function useI18n(): { lang: Lang; t: Translate } {
  const { search } = useLocation();
  const lang: Lang = new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'sv';
  return useMemo(() => ({ lang, t: translator(lang) }), [lang]);
}
