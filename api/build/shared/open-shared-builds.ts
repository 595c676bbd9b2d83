import path from 'node:path';
import type { Storage } from '../../storage/open-storage';
import { PgBuildLock } from '../../storage/postgres/pg-build-lock';
import { PgBuildServers } from '../../storage/postgres/pg-build-servers';
import type { AtlasBuild } from '../atlas-build';
import { loadBuild } from '../load-build';
import { unwritableReason } from './build-dirs';
import { readPointer } from './build-pointer';
import { SharedBuilds } from './shared-builds';
import { loadVerifiedBuild } from './verify-build';

export interface SharedBuildsConfig {
  buildsRoot: string;
  /** ATLAS_BUILD_DIR: served until the first build is written into the root. */
  buildDir: string;
  rawDir: string;
  buildsKeep: number;
  buildPollMs: number;
  buildsGraceMs: number;
}

/**
 * The build an instance starts with when several share a builds root: the one `current.json` names (checked like
 * any build another instance wrote), or ATLAS_BUILD_DIR while the root has none yet. `ensureFallback` runs the
 * ingest into ATLAS_BUILD_DIR when that is needed and missing.
 */
export async function openSharedBuilds(
  config: SharedBuildsConfig,
  storage: Storage,
  ensureFallback: () => Promise<void>,
): Promise<{ shared: SharedBuilds; build: AtlasBuild; dir: string }> {
  if (!storage.database || !storage.notifier)
    throw new Error(
      'ATLAS_BUILDS_ROOT is for several instances: it needs ATLAS_DB to be a postgres:// URL (the build lock and ' +
        'the announcements of new builds live there)',
    );
  // Decided once at start: a host that cannot write the root never takes the build lock, so it never holds up
  // the instance that can.
  const readOnlyReason = unwritableReason(config.buildsRoot);
  if (readOnlyReason)
    console.log(
      `[atlas] read-only builds root: this instance serves builds, another writes them (${readOnlyReason})`,
    );
  const pointer = readPointer(config.buildsRoot);
  let build: AtlasBuild;
  let dir: string;
  const servers = new PgBuildServers(storage.database);
  if (pointer) {
    dir = path.join(config.buildsRoot, pointer.dir);
    // Before the check, which can take a while: the builder must not prune this build meanwhile.
    await servers.report(pointer.buildId).catch(() => undefined);
    build = await loadVerifiedBuild(dir, pointer.buildId);
    console.log(`[atlas] serving build ${pointer.buildId} of the shared builds root ${config.buildsRoot}`);
  } else {
    await ensureFallback();
    dir = config.buildDir;
    build = loadBuild(dir);
    console.log(
      `[atlas] no build in ${config.buildsRoot} yet: serving ${dir} until an instance writes the first one`,
    );
  }
  const shared = new SharedBuilds({
    root: config.buildsRoot,
    rawDir: config.rawDir,
    lock: new PgBuildLock(storage.database.url),
    notifier: storage.notifier,
    initial: { id: build.manifest.buildId, dir },
    keep: config.buildsKeep,
    pollMs: config.buildPollMs,
    servers,
    graceMs: config.buildsGraceMs,
    readOnlyReason,
  });
  return { shared, build, dir };
}
