/**
 * Starts the real app (API + built dashboard) on a free loopback port, for browser and end-to-end tests:
 *   const server = await startTestServer(); ... await page.goto(server.url); ... await server.close();
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { REPO_ROOT, TEST_BUILD_DIR } from './paths';

export interface TestServer {
  /** e.g. http://127.0.0.1:39217 (no trailing slash) */
  url: string;
  close: () => Promise<void>;
}

/** Defaults: the test build, dist/web as the dashboard, workshops in an in-memory database. */
export async function startTestServer(options: AppOptions = {}): Promise<TestServer> {
  const app = createApp({
    buildDir: TEST_BUILD_DIR,
    webDir: path.join(REPO_ROOT, 'dist', 'web'),
    workshopStore: new SqliteWorkshopStore(':memory:'),
    ...options,
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}
