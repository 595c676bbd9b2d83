import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasBuild } from '../../api/build/load-build';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** ATLAS_BUILD_DIR, data/build or the test build, whichever exists; else a fresh offline ingest into a temp dir. */
export async function findOrMakeBuild(): Promise<{ dir: string; cleanup: () => void }> {
  const candidates = [process.env.ATLAS_BUILD_DIR, 'data/build', 'artifacts/test-build'].filter(Boolean);
  for (const candidate of candidates) {
    const dir = path.resolve(REPO_ROOT, candidate!);
    if (hasBuild(dir)) return { dir, cleanup: () => undefined };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-build-'));
  const { runIngest } = await import('../ingest/run-ingest');
  const rawDir = process.env.ATLAS_RAW_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'data');
  await runIngest({ rawDir, outDir: dir, quiet: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
