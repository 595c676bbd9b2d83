import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../api/app';
import { SqliteWorkshopStore } from '../../../api/storage/sqlite/sqlite-workshop-store';
import type { CreateWorkshopRequest, CreateWorkshopResponse } from '../../../data/contract';
import { TEST_BUILD_DIR } from '../../support/paths';
import { launchChromium, type LaunchedBrowser } from './browser';
import { buildWeb } from './bundle-web';

/** The Gnosjö workshop the live-room files share: one municipality, its kommun and a firm; cycles are each file's. */
export const GNOSJO_ROOM = {
  title: 'Gnosjö kompetensverkstad',
  municipalities: ['0617'],
  organisations: [
    { name: 'Gnosjö kommun', kind: 'municipality' },
    { name: 'Exempelgjuteriet AB', kind: 'firm' },
  ],
} satisfies Omit<CreateWorkshopRequest, 'cycles'>;

export interface AtlasServer {
  app: ReturnType<typeof createApp>;
  origin: string;
  /** The workshops behind the server (in memory), for rows a test writes past the API. */
  store: SqliteWorkshopStore;
  launched: LaunchedBrowser;
  /** A workshop made through the API, as the create form makes it. */
  createWorkshop: (request: CreateWorkshopRequest) => Promise<CreateWorkshopResponse>;
  /** Stops the browser, the server and the store. */
  close: () => Promise<void>;
}

/**
 * The atlas on the test build with in-memory workshops behind a local server, and one Chromium: what a file of
 * browser tests shares. Each file opens its own pages in its own contexts.
 */
export async function openAtlasServer(webName: string): Promise<AtlasServer> {
  const webDir = await buildWeb(webName);
  const store = new SqliteWorkshopStore(':memory:');
  const app = createApp({ buildDir: TEST_BUILD_DIR, webDir, workshopStore: store });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const launched = await launchChromium();
  return {
    app,
    origin,
    store,
    launched,
    createWorkshop: async (request) => {
      const response = await fetch(`${origin}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      if (response.status !== 201)
        throw new Error(`workshop not created: ${response.status} ${await response.text()}`);
      return (await response.json()) as CreateWorkshopResponse;
    },
    close: async () => {
      await launched.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
