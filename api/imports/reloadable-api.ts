import type { MiddlewareHandler } from 'hono';
import type { AtlasBuild } from '../build/atlas-build';
import { apiNotFound, onError } from '../http/error-handling';

interface FetchHandler {
  fetch: (request: Request) => Response | Promise<Response>;
  onError: (handler: typeof onError) => unknown;
  notFound: (handler: typeof apiNotFound) => unknown;
}

/**
 * The API's routes are made for one build. After a dashboard import the build changes, so the routes are made
 * again for the new build and requests go to them; until then the routes mounted at start-up answer (and give
 * hc<AppType>() its types).
 */
export function reloadableApi<Api extends FetchHandler>(
  create: (build: AtlasBuild) => Api,
  build: AtlasBuild,
) {
  const initial = create(build);
  let current: Api = initial;
  const dispatch: MiddlewareHandler = async (c, next) => {
    if (current === initial) return next();
    const url = new URL(c.req.raw.url);
    url.pathname = url.pathname.replace(/^\/api(?=\/|$)/, '') || '/';
    const { method, headers } = c.req.raw;
    const body = method === 'GET' || method === 'HEAD' ? undefined : await c.req.arrayBuffer();
    return current.fetch(new Request(url, { method, headers, body }));
  };
  return {
    initial,
    dispatch,
    swap: (next: AtlasBuild) => {
      const routes = create(next);
      // Served on their own now, not through app.route(): they need the app's error shape themselves.
      routes.onError(onError);
      routes.notFound(apiNotFound);
      current = routes;
    },
  };
}
