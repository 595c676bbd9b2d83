/**
 * npm start: serves the API and the built dashboard on one port.
 *   PORT (default 8080), HOST (default 127.0.0.1), ATLAS_BUILD_DIR (default data/build), ATLAS_DB (workshops),
 *   ATLAS_SKIP_WEB_BUILD=1 (npm run dev: Vite serves the dashboard).
 * Runs the offline ingest first when there is no build, and builds the dashboard when dist/web is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { hasBuild } from './build/load-build';

const repoRoot = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const buildDir = path.resolve(repoRoot, process.env.ATLAS_BUILD_DIR ?? path.join('data', 'build'));
const webDir = path.join(repoRoot, 'dist', 'web');

async function ensureBuild(): Promise<void> {
  if (hasBuild(buildDir)) return;
  console.log(`[atlas] no build in ${buildDir}: running the offline ingest`);
  const { runIngest } = await import('../scripts/ingest/run-ingest');
  const rawDir = path.resolve(process.env.ATLAS_RAW_DIR ?? path.join(repoRoot, '..', 'shared', 'data'));
  await runIngest({ rawDir, outDir: buildDir, quiet: true });
}

function ensureDashboard(): void {
  // npm run dev serves the dashboard from Vite, so it asks the API not to build it.
  if (process.env.ATLAS_SKIP_WEB_BUILD === '1') return;
  if (existsSync(path.join(webDir, 'index.html'))) return;
  console.log('[atlas] dashboard not built: running vite build');
  const result = spawnSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0-65535, got ${port}`);
  await ensureBuild();
  ensureDashboard();
  const app = createApp({ buildDir, webDir });
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    console.log(`[atlas] serving http://${host}:${info.port} (build ${buildDir})`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('[atlas] could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
