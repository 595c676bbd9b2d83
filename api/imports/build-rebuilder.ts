import type { AtlasBuild } from '../build/atlas-build';
import { rebuildWithImports } from './rebuild';

/**
 * Who may rebuild the atlas and how. One machine rebuilds its build directory in place, one change at a time;
 * several instances on PostgreSQL let one process at a time write a new build into a shared builds root
 * (api/build/shared/shared-builds.ts).
 */
export interface BuildRebuilder {
  /** Runs `work` (a change of the imports and its rebuilds) as the only builder; a 409 ApiError when it cannot. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Why this process never builds (a read-only shared builds root), shown in the import list; null when it does. */
  readOnlyReason?(): string | null;
  /** Runs the ingest over the imports in `importsDir` and returns the new build, validated. */
  rebuild(importsDir: string): Promise<AtlasBuild>;
}

/** The ingest is CPU-heavy and two runs would race on the build directory. */
const queues = new Map<string, Promise<unknown>>();

/** One process's build directory, rewritten in place by the ingest; changes wait for each other. */
export function inPlaceRebuilder(rawDir: string, buildDir: string): BuildRebuilder {
  return {
    exclusive: (work) => queued(buildDir, work),
    rebuild: (importsDir) => rebuildWithImports({ rawDir, buildDir, importsDir }),
  };
}

/** One task at a time per key (also across the services made for each new build). */
export function queued<T>(key: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
  queues.set(
    key,
    run.catch(() => undefined),
  );
  return run;
}
