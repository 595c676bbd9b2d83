export type Route =
  | { name: 'planner' }
  | { name: 'locality'; code: string }
  | { name: 'workshop'; path: string }
  | { name: 'import' }
  | { name: 'not-found'; pathname: string };

/**
 * Map a pathname to a route.
 * @example matchRoute('/kommun/0617') // { name: 'locality', code: '0617' }
 */
export function matchRoute(pathname: string): Route {
  const clean = pathname.replace(/\/+$/, '') || '/';
  if (clean === '/' || clean === '/index.html') return { name: 'planner' };
  const locality = /^\/kommun\/(\d{4})$/.exec(clean);
  if (locality) return { name: 'locality', code: locality[1]! };
  if (clean === '/workshop' || clean.startsWith('/workshop/')) {
    return { name: 'workshop', path: clean.slice('/workshop'.length) || '/' };
  }
  if (clean === '/import') return { name: 'import' };
  return { name: 'not-found', pathname: clean };
}
