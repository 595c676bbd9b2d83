import { createContext, useContext, useSyncExternalStore } from 'react';

/** The browser location as a React store: history API only, so every view has a real, shareable URL. */
const listeners = new Set<() => void>();
const NAVIGATE_EVENT = 'atlas:navigate';

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/**
 * The location a server render renders (web/locality/ssr-entry.tsx), which has no window; null in the browser,
 * where hydration reads the same URL from the window.
 */
export const ServerLocation = createContext<string | null>(null);

export function useLocation(): { pathname: string; search: string } {
  const serverHref = useContext(ServerLocation);
  const href = useSyncExternalStore(subscribe, snapshot, () => serverHref ?? snapshot());
  const queryStart = href.indexOf('?');
  return queryStart < 0
    ? { pathname: href, search: '' }
    : { pathname: href.slice(0, queryStart), search: href.slice(queryStart) };
}

/** Go to a path inside the app. `replace` is for state that changes continuously (map camera, playing years). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
