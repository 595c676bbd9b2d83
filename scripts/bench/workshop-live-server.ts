/**
 * The API alone in its own process for the live-board bench, so its RSS is the server's and not the clients'.
 * Prints `listening <port>` once ready. Argument: the build directory.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';

const buildDir = process.argv[2] ?? 'data/build';
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'atlas-live-bench-')), 'atlas.sqlite');
const app = createApp({
  buildDir,
  workshopStore: new SqliteWorkshopStore(file),
  workshopRateLimit: { capacity: 1_000_000, refillPerSecond: 1_000_000 },
});
// Exit cleanly on SIGTERM so that --cpu-prof writes its profile.
process.once('SIGTERM', () => process.exit(0));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(`listening ${info.port}\n`);
});
