import { useEffect, useSyncExternalStore } from 'react';

/**
 * The edit token lives in the URL fragment (`#edit=...`): browsers never send a fragment to a server, so the
 * token stays out of server logs and Referer headers. It is read from here and sent only as a Bearer header.
 * @example editTokenFrom('#edit=abc_123abc_123abc_123') // "abc_123abc_123abc_123"
 */
export function editTokenFrom(hash: string): string | null {
  return secretFrom(hash, 'edit');
}

/**
 * A link secret from the fragment: `edit` (facilitator) or `join` (participants).
 * @example secretFrom('#join=abc_123abc_123abc_123', 'join') // "abc_123abc_123abc_123"
 */
export function secretFrom(hash: string, name: 'edit' | 'join'): string | null {
  const match = new RegExp(`(?:^#|&)${name}=([A-Za-z0-9_-]{20,200})(?:&|$)`).exec(hash);
  return match?.[1] ?? null;
}

export function subscribeToHash(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const storageKey = (workshopId: string) => `atlas:workshop-edit:${workshopId}`;

/**
 * The token from the fragment, remembered for this tab (sessionStorage) so that navigation which rewrites the URL
 * (e.g. the language switch) does not take edit rights away; the fragment is then put back into the address bar.
 */
export function useEditToken(workshopId: string): string | null {
  const fromHash = useSyncExternalStore(
    subscribeToHash,
    () => editTokenFrom(window.location.hash),
    () => null,
  );
  const remembered =
    typeof window === 'undefined' ? null : window.sessionStorage.getItem(storageKey(workshopId));
  const token = fromHash ?? (remembered && editTokenFrom(`#edit=${remembered}`));
  useEffect(() => {
    if (fromHash) window.sessionStorage.setItem(storageKey(workshopId), fromHash);
    else if (token) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}#edit=${token}`);
    }
  });
  return token || null;
}
