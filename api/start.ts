/**
 * npm start: serves the API and the built dashboard on one port.
 *   PORT (default 8080), HOST (default 127.0.0.1), ATLAS_BUILD_DIR (default data/build), ATLAS_DB (workshops),
 *   ATLAS_SKIP_WEB_BUILD=1 (npm run dev: Vite serves the dashboard).
 * Runs the offline ingest (a child process) first when there is no build, and builds the dashboard when dist/web is missing.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { hasBuild } from './build/load-build';
import { needsWebBuild, readStartConfig, type StartConfig } from './start-config';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** The ingest runs as its own process (npm run ingest), never inside the server. */
function ensureBuild({ buildDir, rawDir }: StartConfig): void {
  if (hasBuild(buildDir)) return;
  console.log(`[atlas] no build in ${buildDir}: running the offline ingest in its own process`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest/cli.ts', '--from', rawDir, '--out', buildDir, '--quiet'],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`the ingest failed (exit ${result.status ?? 'signal'})`);
}

function ensureDashboard(config: StartConfig): void {
  if (!needsWebBuild(config)) return;
  console.log('[atlas] dashboard not built: running vite build');
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function main(): Promise<void> {
  const config = readStartConfig(process.env, repoRoot);
  const { port, host, buildDir, webDir } = config;
  ensureBuild(config);
  ensureDashboard(config);
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
