/**
 * Runs the offline ingest once per test run into artifacts/test-build, from the real snapshot in ../shared/data
 * (or ATLAS_RAW_DIR). Tests read it through TEST_BUILD_DIR (tests/support/paths.ts). A developer's own imports in
 * data/local/imports are left out, so tests see the snapshot only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, TEST_BUILD_DIR } from './support/paths';

export default function setup(): void {
  if (process.env.ATLAS_TEST_REUSE_BUILD === '1' && existsSync(path.join(TEST_BUILD_DIR, 'manifest.json')))
    return;
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest/cli.ts', '--out', TEST_BUILD_DIR, '--quiet', '--no-imports'],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
}
