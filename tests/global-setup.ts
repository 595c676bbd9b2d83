/**
 * Runs the offline ingest once per test run into artifacts/test-build, from the real snapshot in ../shared/data
 * (or ATLAS_RAW_DIR), and points every test at it through ATLAS_BUILD_DIR.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, TEST_BUILD_DIR } from './support/paths';

export default function setup(): void {
  const root = REPO_ROOT;
  const buildDir = TEST_BUILD_DIR;
  
  if (process.env.ATLAS_TEST_REUSE_BUILD === '1' && existsSync(path.join(buildDir, 'manifest.json'))) return;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ingest/cli.ts', '--out', buildDir, '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}
