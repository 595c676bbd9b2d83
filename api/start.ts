/**
 * npm start: serves the API and the built dashboard on one port.
 *   PORT (default 8080), HOST (default 127.0.0.1), ATLAS_BUILD_DIR (default data/build), ATLAS_DB (workshops),
 *   ATLAS_SKIP_WEB_BUILD=1 (npm run dev: Vite serves the dashboard).
 * SIGTERM/SIGINT shut down cleanly: stop accepting, let running requests finish, close the workshop store
 * (SQLite: WAL checkpoint), then exit.
 * Runs the offline ingest (a child process) first when there is no build, and builds the dashboard when dist/web
 * is missing.
 */
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { AnswerCache, createCachedServer } from './http/answer-cache';
import { workshopDbPath } from './storage';
import { openStorage } from './storage/open-storage';
import { DEFAULT_WRITE_LIMIT } from './workshops/rate-limit';
import { IMPORT_PREVIEW_LIMIT, IMPORT_SAVE_LIMIT } from './imports/import-limits';
import { openSharedBuilds } from './build/shared/open-shared-builds';
import { loadBuildCached, unusableBuildReason } from './build/load-build';
import { importsForHost } from './imports/imports-config';
import { FileImportStore } from './imports/file-import-store';
import type { ImportStore } from './imports/import-store';
import { needsWebBuild, readStartConfig, type StartConfig } from './start-config';
import { webSourceStamp } from './web-source-stamp';
import { repoRootFrom } from './repo-root';

const repoRoot = repoRootFrom(import.meta.dirname);

/** The ingest runs as its own process (npm run ingest), never inside the server, with the stored imports. */
async function ensureBuild({ buildDir, rawDir }: StartConfig, imports: ImportStore): Promise<void> {
  const reason = unusableBuildReason(buildDir);
  if (reason === undefined) return;
  // A build left by an older version is replaced, not served half-read: the ingest swaps the new one in atomically.
  console.log(`[atlas] no usable build (${reason}): running the offline ingest in its own process`);
  const input = await imports.ingestInput();
  try {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/ingest/cli.ts', '--from', rawDir, '--out', buildDir, '--quiet'],
      { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ATLAS_IMPORTS_DIR: input.dir } },
    );
    if (result.status !== 0) throw new Error(`the ingest failed (exit ${result.status ?? 'signal'})`);
  } finally {
    input.release();
  }
}

function ensureDashboard(config: StartConfig): void {
  // vite.config.ts writes the stamp after each build (npm run build too).
  if (!needsWebBuild(config, webSourceStamp(repoRoot))) return;
  console.log('[atlas] dashboard missing or older than its sources: running vite build');
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function main(): Promise<void> {
  const config = readStartConfig(process.env, repoRoot);
  const { port, host, buildDir, webDir, trustedProxies } = config;
  const imports = importsForHost(host, process.env);
  const storage = openStorage(workshopDbPath());
  // With PostgreSQL, imports live in its user_imports table, shared by every instance; else in the imports folder.
  const importStore = storage.importStore ?? new FileImportStore(imports.importsDir);
  // Several instances on one builds root start from the build it names; one machine from ATLAS_BUILD_DIR.
  const shared = config.buildsRoot
    ? await openSharedBuilds({ ...config, buildsRoot: config.buildsRoot }, storage, () =>
        ensureBuild(config, importStore),
      )
    : null;
  if (!shared) await ensureBuild(config, importStore);
  ensureDashboard(config);
  if (imports.offReason) console.log(`[atlas] ${imports.offReason}`);
  const servedDir = shared?.dir ?? buildDir;
  const answers = new AnswerCache();
  const app = createApp({
    onBuildSwap: () => answers.clear(),
    buildDir: servedDir,
    build: shared?.build,
    sharedBuilds: shared?.shared,
    webDir,
    imports: {
      ...imports,
      store: importStore,
      // Shared by every instance with PostgreSQL: a client cannot multiply its limit by the number of instances.
      rateLimit: {
        preview: { ...IMPORT_PREVIEW_LIMIT, buckets: storage.bucketsFor('import-previews') },
        save: { ...IMPORT_SAVE_LIMIT, buckets: storage.bucketsFor('import-saves') },
      },
    },
    workshopStore: storage.store,
    workshopEvents: storage.eventBus,
    workshopRateLimit: {
      capacity: config.writeLimit.capacity ?? DEFAULT_WRITE_LIMIT.capacity,
      refillPerSecond: config.writeLimit.refillPerSecond ?? DEFAULT_WRITE_LIMIT.refillPerSecond,
      buckets: storage.writeBuckets,
      trustedProxies,
    },
  });
  const server = createCachedServer(app.fetch, answers, host);
  server.listen(port, host, () => {
    console.log(
      `[atlas] serving http://${host}:${(server.address() as AddressInfo).port} (build ${servedDir})`,
    );
    // After listening, not before: the start is not held up by a reader only the rest of Kolada needs.
    setImmediate(() => (shared?.build ?? loadBuildCached(servedDir)).kolada.warm());
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[atlas] ${signal}: finishing running requests, then closing the workshop store`);
    // Requests that never end (a stuck client) must not hold the shutdown forever.
    const deadline = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    server.close(() => {
      clearTimeout(deadline);
      storage
        .close()
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          console.error('[atlas] closing the workshop store failed:', error);
          process.exit(1);
        });
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const SHUTDOWN_GRACE_MS = 10_000;

main().catch((error: unknown) => {
  console.error('[atlas] could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
