import type { Page } from 'playwright-core';
import { openAtlasServer, type AtlasServer } from './atlas-server';
import { isolatedContext } from './browser';

export interface AtlasPage {
  app: AtlasServer['app'];
  origin: string;
  page: Page;
  close: () => Promise<void>;
}

/** The atlas behind a local server (openAtlasServer) and one page of its Chromium. `close` stops both. */
export async function openAtlasPage(
  webName: string,
  viewport = { width: 1400, height: 900 },
): Promise<AtlasPage> {
  const server = await openAtlasServer(webName);
  const { context } = await isolatedContext(server.launched.browser, server.origin, viewport);
  const page = await context.newPage();
  return { app: server.app, origin: server.origin, page, close: server.close };
}
