import { execFile } from 'node:child_process';
import path from 'node:path';
import type { AtlasBuild } from '../build/atlas-build';
import { loadBuildOffThread } from '../build/load-build-off-thread';

export interface RebuildInput {
  rawDir: string;
  buildDir: string;
  /** Where the stored imports are kept: the ingest process reads them from there (ATLAS_IMPORTS_DIR). */
  importsDir: string;
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const REBUILD_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * The offline ingest with the stored imports, run as its own process (`npm run ingest`), so the server keeps
 * answering from the previous build meanwhile. The ingest writes a temporary directory and swaps it in with
 * renames.
 */
export async function runIngest(input: RebuildInput): Promise<void> {
  const args = ['--import', 'tsx', 'scripts/ingest/cli.ts', '--from', input.rawDir, '--out', input.buildDir];
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [...args, '--quiet'],
      {
        cwd: repoRoot,
        env: { ...process.env, ATLAS_IMPORTS_DIR: input.importsDir },
        timeout: REBUILD_TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const reason = stderr.split('\n').find((line) => line.startsWith('ingest failed')) ?? error.message;
        reject(new Error(`rebuild failed: ${reason}`));
      },
    );
  });
}

/**
 * runIngest, then the new build loaded and validated before the caller swaps to it: on a worker thread, so the
 * requests this process answers meanwhile wait for no step longer than a few milliseconds.
 */
export async function rebuildWithImports(input: RebuildInput): Promise<AtlasBuild> {
  await runIngest(input);
  return loadBuildOffThread(input.buildDir);
}
