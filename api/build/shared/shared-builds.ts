import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUILD_FILES } from '../../../data/contract';
import { ApiError } from '../../http/api-error';
import { type BuildRebuilder, queued } from '../../imports/build-rebuilder';
import { runIngest } from '../../imports/rebuild';
import type { HeldBuildLock, PgBuildLock } from '../../storage/postgres/pg-build-lock';
import type { PgBuildServers } from '../../storage/postgres/pg-build-servers';
import type { PgNotifier } from '../../storage/postgres/pg-notifier';
import type { AtlasBuild } from '../atlas-build';
import { pruneBuilds, removeUnlisted, seedFromServed, STAGING_PREFIX } from './build-dirs';
import { type BuildPointer, readPointer, writePointer } from './build-pointer';
import { loadVerifiedBuild } from './verify-build';

export const BUILDS_CHANNEL = 'builds';

export interface SharedBuildsOptions {
  /** ATLAS_BUILDS_ROOT: one directory per build id and the `current.json` pointer, shared by every instance. */
  root: string;
  rawDir: string;
  lock: PgBuildLock;
  notifier: PgNotifier;
  /** The build this process serves at start: its id and directory. */
  initial: { id: string; dir: string };
  /** Builds kept in the root, the current one included (ATLAS_BUILDS_KEEP, default 3). */
  keep: number;
  /** How often the pointer is read in case a notification was missed (ATLAS_BUILD_POLL_SECONDS, default 10). */
  pollMs: number;
  /** Where each instance reports the build it serves (every poll and every swap). */
  servers: PgBuildServers;
  /** An old build reported within this long is not pruned (ATLAS_BUILDS_GRACE_SECONDS). */
  graceMs: number;
  /** Why this process cannot write the root (it then never takes the build lock), or null. */
  readOnlyReason: string | null;
}

const log = (line: string) => console.log(`[atlas] ${line}`);

/**
 * Data builds for several instances. Writing: whoever holds the PostgreSQL build lock runs the ingest into a new
 * directory of the shared root named by the new build id, checks it, points `current.json` at it (an atomic
 * rename) and announces the id on the `builds` channel. Following: every instance hears the announcement (or
 * reads the pointer on its next poll), checks the build (manifest sizes and hashes, the contract) and swaps to it
 * without a restart; until then, and if the check fails, it keeps serving the build it has.
 */
export class SharedBuilds implements BuildRebuilder {
  private served: { id: string; dir: string };
  private held: HeldBuildLock | null = null;
  private rejected: string | null = null;
  private checking: Promise<void> | null = null;
  private reportFailing = false;

  constructor(private readonly options: SharedBuildsOptions) {
    this.served = options.initial;
  }

  servedId(): string {
    return this.served.id;
  }

  readOnlyReason(): string | null {
    const reason = this.options.readOnlyReason;
    return reason && `read-only builds root: this instance serves builds, another writes them (${reason})`;
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const readOnly = this.readOnlyReason();
    // Refused before anything is stored, so nothing is lost: the user still has the file to send again.
    if (readOnly)
      return Promise.reject(
        new ApiError(
          503,
          'unavailable',
          `${readOnly}; nothing was saved: send the change again, to an instance that writes builds`,
        ),
      );
    return queued(`shared:${this.options.root}`, async () => {
      const attempt = await this.options.lock.tryAcquire();
      if ('holder' in attempt) {
        log(`build lock held by ${attempt.holder}: this instance does not build (409)`);
        throw new ApiError(
          409,
          'conflict',
          `another instance is building the atlas (${attempt.holder}); try again when it has finished: ` +
            'every instance then serves the new build',
        );
      }
      this.held = attempt.held;
      log(`holding the build lock as ${this.options.lock.name}: this instance writes the next build`);
      try {
        return await work();
      } finally {
        this.held = null;
        await attempt.held.release();
      }
    });
  }

  async rebuild(importsDir: string): Promise<AtlasBuild> {
    const held = this.held;
    if (!held) throw new Error('SharedBuilds.rebuild() runs only inside exclusive()');
    const { root, rawDir } = this.options;
    mkdirSync(root, { recursive: true });
    const staging = path.join(root, `${STAGING_PREFIX}${process.pid}-${Date.now()}`);
    try {
      seedFromServed(this.served.dir, staging);
      await runIngest({ rawDir, buildDir: staging, importsDir });
      removeUnlisted(staging);
      const id = buildIdIn(staging);
      const target = path.join(root, id);
      // The same inputs give the same id: that build is already there, complete and never rewritten.
      if (existsSync(path.join(target, BUILD_FILES.manifest))) rmSync(staging, { recursive: true });
      else renameSync(staging, target);
      const build = await loadVerifiedBuild(target, id);
      await held.confirm();
      await this.announce(id, target);
      return build;
    } catch (error) {
      throw unwritable(error, root) ?? error;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  /** Starts following the pointer; `swap` makes every route answer from the given build. */
  follow(swap: (build: AtlasBuild) => void): void {
    const check = () => void this.check(swap);
    this.options.notifier.subscribe(BUILDS_CHANNEL, check);
    this.options.notifier.onReconnect(check);
    void this.heartbeat();
    setInterval(() => {
      check();
      void this.heartbeat();
    }, this.options.pollMs).unref();
  }

  /** Tells the builder which build this instance reads; a failure is logged once until a report succeeds. */
  private async heartbeat(): Promise<void> {
    try {
      await this.options.servers.report(this.served.id);
      this.reportFailing = false;
    } catch (error) {
      if (!this.reportFailing)
        console.error(
          `[atlas] could not report the served build ${this.served.id}: ${(error as Error).message}`,
        );
      this.reportFailing = true;
    }
  }

  /** One check at a time; a check asked for meanwhile is covered by the next poll or announcement. */
  check(swap: (build: AtlasBuild) => void): Promise<void> {
    if (!this.checking) this.checking = this.swapToPointer(swap).finally(() => (this.checking = null));
    return this.checking;
  }

  private async swapToPointer(swap: (build: AtlasBuild) => void): Promise<void> {
    // While this process builds, only it writes the pointer.
    if (this.held) return;
    let pointer;
    try {
      pointer = readPointer(this.options.root);
    } catch (error) {
      console.error(`[atlas] ${(error as Error).message}; still serving build ${this.served.id}`);
      return;
    }
    if (!pointer || pointer.buildId === this.served.id || pointer.buildId === this.rejected) return;
    const dir = path.join(this.options.root, pointer.dir);
    log(`build ${pointer.buildId} announced by ${pointer.writer}: checking it before serving it`);
    try {
      const build = await loadVerifiedBuild(dir, pointer.buildId);
      const was = this.served.id;
      swap(build);
      this.served = { id: pointer.buildId, dir };
      log(`now serving build ${pointer.buildId} from ${dir} (was ${was})`);
      await this.heartbeat();
    } catch (error) {
      this.rejected = pointer.buildId;
      console.error(
        `[atlas] build ${pointer.buildId} rejected, still serving ${this.served.id}: ${(error as Error).message}`,
      );
    }
  }

  /** Prunes what no live instance serves; without the reports (database down) it prunes nothing this time. */
  private async prune(pointer: BuildPointer): Promise<string[]> {
    let served;
    try {
      served = await this.options.servers.servedWithin(this.options.graceMs);
    } catch (error) {
      console.error(
        `[atlas] old builds not pruned: which builds the instances serve is unknown (${(error as Error).message})`,
      );
      return [];
    }
    const listed = new Set([pointer.dir, ...pointer.previous]);
    for (const { buildId, instanceId, secondsAgo } of served)
      if (!listed.has(buildId) && existsSync(path.join(this.options.root, buildId)))
        log(`keeping old build ${buildId}: ${instanceId} served it ${Math.round(secondsAgo)} s ago`);
    return pruneBuilds(this.options.root, pointer, new Set(served.map((entry) => entry.buildId)));
  }

  private async announce(id: string, dir: string): Promise<void> {
    const { root, keep, lock, notifier } = this.options;
    let before = null;
    try {
      before = readPointer(root);
    } catch {
      // A broken pointer is replaced; its builds are pruned below.
    }
    const previous = before ? [before.dir, ...before.previous].filter((name) => name !== id) : [];
    const pointer = {
      buildId: id,
      dir: id,
      writtenAt: new Date().toISOString(),
      writer: lock.name,
      previous: previous.slice(0, Math.max(0, keep - 1)),
    };
    writePointer(root, pointer);
    this.served = { id, dir };
    await this.heartbeat();
    const removed = await this.prune(pointer);
    log(
      `build ${id} written to ${dir} and announced to the other instances` +
        (removed.length > 0 ? `; removed old builds ${removed.join(', ')}` : ''),
    );
    // The other instances also read the pointer on their next poll, so a lost notification only delays them.
    await notifier.publish(BUILDS_CHANNEL, id).catch((error: unknown) => {
      console.error(`[atlas] could not announce build ${id}: ${(error as Error).message}`);
    });
  }
}

const WRITE_REFUSED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** The root turned read-only after start (a remount): a 503 with the reason, not a 500. */
function unwritable(error: unknown, root: string): ApiError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !WRITE_REFUSED.has(code)) return null;
  return new ApiError(
    503,
    'unavailable',
    `this instance could not write the builds root ${root} (${code}); nothing was saved: send the change again, ` +
      'to an instance that writes builds',
  );
}

function buildIdIn(dir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(dir, BUILD_FILES.manifest), 'utf8')) as {
    buildId?: unknown;
  };
  if (typeof manifest.buildId !== 'string') throw new Error(`${dir}: the manifest has no build id`);
  return manifest.buildId;
}
