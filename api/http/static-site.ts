import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

const isApiPath = (requestPath: string) => requestPath === '/api' || requestPath.startsWith('/api/');
/** The locality page's server render (api/http/locality-page.ts) is run here, never sent to a browser. */
const isServerOnly = (requestPath: string) => requestPath.startsWith('/ssr/');

/**
 * Serves the built dashboard: hashed assets (/assets/) cached for a year, other files revalidated, and any other
 * non-API path that is not a file gets index.html so client-side routes (/kommun/0617) work on reload.
 */
export function mountStaticSite(app: Hono, webDir: string): void {
  const indexFile = path.join(webDir, 'index.html');
  const files = serveStatic({ root: path.resolve(webDir) });
  app.get('*', async (c, next) => {
    if (isApiPath(c.req.path) || isServerOnly(c.req.path)) return next();
    const res = await files(c, next);
    if (res instanceof Response) {
      const hashed = c.req.path.startsWith('/assets/');
      res.headers.set('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'public, no-cache');
    }
    return res;
  });
  app.get('*', async (c, next) => {
    if (isApiPath(c.req.path) || isServerOnly(c.req.path)) return next();
    if (!existsSync(indexFile)) return c.text('The dashboard is not built yet: run npm run build.', 404);
    return c.html(readFileSync(indexFile, 'utf8'), 200, { 'Cache-Control': 'public, no-cache' });
  });
}
