import { useSyncExternalStore } from 'react';

/**
 * The edit token lives in the URL fragment (`#edit=...`): browsers never send a fragment to a server, so the
 * token stays out of server logs and Referer headers. It is read from here and sent only as a Bearer header.
 * @example editTokenFrom('#edit=abc_123') // "abc_123"
 */
export function editTokenFrom(hash: string): string | null {
  const match = /(?:^#|&)edit=([A-Za-z0-9_-]{20,200})(?:&|$)/.exec(hash);
  return match?.[1] ?? null;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useEditToken(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => editTokenFrom(window.location.hash),
    () => null,
  );
}
