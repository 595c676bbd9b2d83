import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { createApp } from '../../../api/app';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import { TEST_BUILD_DIR } from '../../support/paths';
import { isolatedContext, launchChromium } from './browser';
import { buildWeb } from './bundle-web';

export interface AtlasPage {
  app: ReturnType<typeof createApp>;
  origin: string;
  page: Page;
  close: () => Promise<void>;
}

/**
 * The atlas on the test build (in-memory workshops) behind a local server, and one page of one Chromium: what a
 * file of browser tests shares. `close` stops both.
 */
export async function openAtlasPage(
  webName: string,
  viewport = { width: 1400, height: 900 },
): Promise<AtlasPage> {
  const webDir = await buildWeb(webName);
  const app = createApp({
    buildDir: TEST_BUILD_DIR,
    webDir,
    workshopStore: new SqliteWorkshopStore(':memory:'),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const launched = await launchChromium();
  const { context } = await isolatedContext(launched.browser, origin, viewport);
  const page = await context.newPage();
  return {
    app,
    origin,
    page,
    close: async () => {
      await launched.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
