import { useCallback, useMemo } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { navigate, useLocation } from '../router/location-store';
import { parseLocalityState, toQueryString, writeLocalityState, type LocalityUrlState } from './url-state';

/**
 * The locality view's state as the URL holds it. Choices a user would share (comparisons, similarity basis, site)
 * push a history entry; the radius slider replaces it so dragging does not flood the back button.
 */
export function useLocalityState(code: string) {
  const { pathname, search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const state = useMemo(() => parseLocalityState(params, code), [params, code]);
  const { lang } = useI18n();
  const update = useCallback(
    (next: LocalityUrlState, options: { replace?: boolean } = {}) =>
      navigate(pathname + toQueryString(writeLocalityState(params, next)), options),
    [params, pathname],
  );
  return { state, lang, update, href: pathname + search };
}
