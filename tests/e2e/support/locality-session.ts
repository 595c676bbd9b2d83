import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openAtlasServer, type AtlasServer } from './atlas-server';
import { isolatedContext, type OffsiteLog } from './browser';
import { normaliseIntl } from './normalise';

/** One server, browser and page on Gnosjö's locality view (0617), which the locality files walk through in order. */
export interface LocalitySession {
  atlas: AtlasServer;
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
    page,
    offsite,
    apiJson: async <T>(url: string) => (await (await atlas.app.request(url)).json()) as T,
    text: async (selector) =>
      normaliseIntl((await page.locator(selector).first().innerText()).replace(/\s+/g, ' ')),
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

/**
 * The session of one test file, opened before its first test and closed after its last: read its fields inside
 * tests only (they exist once beforeAll has run).
 */
export function localitySessionForFile(webName: string): LocalitySession & { origin: string } {
  let session: LocalitySession | undefined;
  beforeAll(async () => {
    session = await openLocalitySession(webName);
  });
  afterAll(async () => {
    await session?.atlas.close();
  });
  const open = () => {
    if (!session) throw new Error(`${webName}: the locality session is read before beforeAll opened it`);
    return session;
  };
  return {
    get atlas() {
      return open().atlas;
    },
    get page() {
      return open().page;
    },
    get offsite() {
      return open().offsite;
    },
    get origin() {
      return open().atlas.origin;
    },
    apiJson: (url) => open().apiJson(url),
    text: (selector) => open().text(selector),
    openLocality: (query) => open().openLocality(query),
    openFold: (id) => open().openFold(id),
  };
}
