import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hono } from 'hono';
import type { LocalityRenderer, LocalityRenderResult } from '../../data/contract/server-render';

/** Where the dashboard's build puts the locality page's server render (vite.config.ts). */
export const SSR_ENTRY = path.join('ssr', 'ssr-entry.mjs');
/** Rendered pages kept per build: a workshop room opens a handful of municipalities, in two languages. */
const CACHED_PAGES = 200;

/** The server render and the page it fills, both read once: the dashboard's build does not change under a server. */
interface PageRenderer {
  render: LocalityRenderer;
  template: string;
}

async function loadRenderer(webDir: string): Promise<PageRenderer | null> {
  const file = path.join(webDir, SSR_ENTRY);
  const indexFile = path.join(webDir, 'index.html');
  if (!existsSync(indexFile)) return null;
  if (!existsSync(file)) {
    console.log(`[atlas] no server render at ${file}: locality pages are rendered in the browser`);
    return null;
  }
  let loaded: Partial<LocalityRenderer>;
  try {
    loaded = (await import(pathToFileURL(file).href)) as Partial<LocalityRenderer>;
  } catch (error) {
    console.error(`[atlas] could not load ${file}: locality pages are rendered in the browser`, error);
    return null;
  }
  if (typeof loaded.renderLocalityPage !== 'function') {
    console.log(`[atlas] ${file} has no renderLocalityPage: locality pages are rendered in the browser`);
    return null;
  }
  return { render: loaded as LocalityRenderer, template: readFileSync(indexFile, 'utf8') };
}

/**
 * `GET /kommun/:code` as HTML that already holds the page's first screen (docs/locality-server-render.md),
 * rendered from the API's own answers by the dashboard's server bundle. Without that bundle, or when an answer
 * fails, the page falls back to the index.html the static site serves (the browser renders it, as before).
 * Returns `clear`, for a build swap: a page shows its build's figures.
 */
export function mountLocalityPage(
  app: Hono,
  webDir: string,
  fetchApi: (path: string) => Promise<Response>,
): { clear: () => void } {
  // Loaded with the app, not by the first page: its first reader would otherwise wait for the module too.
  const renderer = loadRenderer(webDir);
  const pages = new Map<string, LocalityRenderResult>();
  app.get('/kommun/:code', async (c, next) => {
    const loaded = await renderer;
    if (!loaded) return next();
    const { pathname, search } = new URL(c.req.url);
    const key = pathname + search;
    let page = pages.get(key);
    if (!page) {
      try {
        const { render, template } = loaded;
        const rendered = await render.renderLocalityPage({ pathname, search, template, fetchApi });
        if (!rendered) return next();
        page = rendered;
      } catch (error) {
        console.error(`[atlas] server render of ${key} failed, the browser renders it:`, error);
        return next();
      }
      if (pages.size >= CACHED_PAGES) pages.delete(pages.keys().next().value!);
      pages.set(key, page);
    }
    return c.html(page.html, page.status, { 'Cache-Control': 'public, no-cache' });
  });
  return { clear: () => pages.clear() };
}
