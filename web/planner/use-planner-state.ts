import { useCallback, useMemo } from 'react';
import { parseState, serialiseState, type PlannerState } from './url-state';
import { navigate, useLocation } from '../router/location-store';

/**
 * The URL owns every piece of state a shared link must reproduce. `replace` is for continuous changes (camera,
 * year playback) so the back button steps through deliberate choices only.
 */
export function usePlannerState(): [PlannerState, (patch: Partial<PlannerState>, replace?: boolean) => void] {
  const { search } = useLocation();
  const state = useMemo(() => parseState(search), [search]);
  const update = useCallback((patch: Partial<PlannerState>, replace = false) => {
    const next = { ...parseState(window.location.search), ...patch };
    navigate(window.location.pathname + serialiseState(next), { replace });
  }, []);
  return [state, update];
}
