import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUILD_FILES } from '../../../data/contract';
import type { BuildPointer } from './build-pointer';

/** Build directories in the root are named by their build id; the writer's work in progress starts with this. */
export const STAGING_PREFIX = '.staging-';
const BUILD_DIR_NAME = /^[0-9a-f]{8,64}$/;

function listedFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, BUILD_FILES.manifest), 'utf8')) as {
    outputs: { file: string }[];
  };
  return [BUILD_FILES.manifest, ...manifest.outputs.map((output) => output.file)];
}

/**
 * Gives a new staging directory the files of the build being served (hard links, or copies across file systems),
 * so the ingest compares against it ("changes since the previous build") and reuses its Kolada Parquet file
 * instead of reading the whole dump again. The ingest replaces them; the served build's files are never written.
 */
export function seedFromServed(servedDir: string, stagingDir: string): void {
  for (const file of listedFiles(servedDir)) {
    const target = path.join(stagingDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(servedDir, file), target);
    } catch {
      copyFileSync(path.join(servedDir, file), target);
    }
  }
}

/** Files the ingest left beside the build that its manifest does not list (the previous build's Parquet). */
export function removeUnlisted(dir: string): void {
  const keep = new Set(listedFiles(dir).map((file) => path.normalize(file)));
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(name);
      else if (!keep.has(path.normalize(name))) rmSync(path.join(dir, name), { force: true });
    }
  };
  walk('');
}

/**
 * Keeps the build the pointer names, the ones before it that it lists, and every build in `served` (what live
 * instances reported serving within the grace period: one slow to swap still reads its old build); removes every
 * other build directory and any staging left by a writer that died. Only the lock holder calls this.
 */
export function pruneBuilds(root: string, pointer: BuildPointer, served: ReadonlySet<string>): string[] {
  const keep = new Set([pointer.dir, ...pointer.previous, ...served]);
  const removed: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || keep.has(entry.name)) continue;
    if (BUILD_DIR_NAME.test(entry.name) || entry.name.startsWith(STAGING_PREFIX)) {
      rmSync(path.join(root, entry.name), { recursive: true, force: true });
      removed.push(entry.name);
    }
  }
  return removed;
}

/**
 * Why this process cannot write the builds root (the root made if missing, then a probe directory made and
 * removed), or null when it can. A probe left by a crash starts like a staging directory, so the next prune
 * removes it. As root, permission bits do not stop writes; a read-only mount (EROFS) still does.
 */
export function unwritableReason(root: string): string | null {
  const probe = path.join(root, `${STAGING_PREFIX}probe-${process.pid}`);
  try {
    mkdirSync(root, { recursive: true });
    // Not recursive: a recursive mkdir reports ENOENT for a read-only file system.
    mkdirSync(probe);
    // force: the builder's prune may have removed it meanwhile.
    rmSync(probe, { recursive: true, force: true });
    return null;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    // Left by a process of the same pid that died between the two calls: the root was writable then.
    if (code === 'EEXIST') {
      rmSync(probe, { recursive: true, force: true });
      return unwritableReason(root);
    }
    return `${root} cannot be written (${code ?? message})`;
  }
}

/** The build ids in the root with a complete build (its manifest is written last). */
export function buildDirsIn(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && BUILD_DIR_NAME.test(entry.name))
    .filter((entry) => existsSync(path.join(root, entry.name, BUILD_FILES.manifest)))
    .map((entry) => entry.name);
}
