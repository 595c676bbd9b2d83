import type { Page } from 'playwright-core';
import { openAtlasServer, type AtlasServer } from './atlas-server';
import { isolatedContext, type OffsiteLog } from './browser';
import { textOf } from './page-text';
import { sessionPerFile } from './session-per-file';

/** One server, browser and page on Gnosjö's locality view (0617), which the locality files walk through in order. */
export interface LocalitySession {
  atlas: AtlasServer;
  origin: string;
  page: Page;
  offsite: OffsiteLog;
  /** An API answer from the same app the page talks to. */
  apiJson: <T>(url: string) => Promise<T>;
  /** The first element's visible text, whitespace collapsed and Intl's spaces made plain. */
  text: (selector: string) => Promise<string>;
  /** Opens /kommun/0617 with `query` and waits until the page and its map are ready. */
  openLocality: (query?: string) => Promise<void>;
  /** Opens a closed detail section (trend, peers, firms, catchment) as a user would, by its summary. */
  openFold: (id: string) => Promise<void>;
}

export async function openLocalitySession(webName: string): Promise<LocalitySession> {
  const atlas = await openAtlasServer(webName);
  const { context, offsite } = await isolatedContext(atlas.launched.browser, atlas.origin);
  const page = await context.newPage();
  const session: LocalitySession = {
    atlas,
    origin: atlas.origin,
    page,
    offsite,
    apiJson: async <T>(url: string) => (await (await atlas.app.request(url)).json()) as T,
    text: (selector) => textOf(page, selector),
    openLocality: async (query = '') => {
      await page.goto(`${atlas.origin}/kommun/0617${query}`);
      await page.waitForSelector('main.locality[data-ready="true"]', { timeout: 60_000 });
      await page.waitForFunction(() => window.__localityMapReady === true, null, { timeout: 60_000 });
    },
    openFold: async (id) => {
      const details = page.locator(`#${id} > details`);
      if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
    },
  };
  await session.openLocality();
  return session;
}

/** The locality session of one test file (sessionPerFile). */
export const localitySessionForFile = (webName: string): LocalitySession =>
  sessionPerFile(
    webName,
    () => openLocalitySession(webName),
    (session) => session.atlas.close(),
  );
