import { navigate, useLocation } from '../router/location-store';

/** The open cycle is part of the URL (`?cycle=2`), so a link opens the same cycle; the fragment (token) is kept. */
export function useCycleChoice(): [number | null, (cycle: number) => void] {
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const raw = Number(params.get('cycle'));
  const cycle = Number.isInteger(raw) && raw > 0 ? raw : null;
  const choose = (next: number) => {
    const updated = new URLSearchParams(search);
    updated.set('cycle', String(next));
    navigate(`${pathname}?${updated.toString()}${window.location.hash}`);
  };
  return [cycle, choose];
}
