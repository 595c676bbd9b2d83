import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The read-only open-data snapshot (never copied into the repo). */
export const RAW_DIR = process.env.ATLAS_RAW_DIR ?? path.resolve(REPO_ROOT, '..', 'shared', 'data');
/** Build written once per test run by tests/global-setup.ts from the real snapshot. */
export const TEST_BUILD_DIR = path.join(REPO_ROOT, 'artifacts', 'test-build');
/** Screenshots, PDFs and other artefacts that tests leave for people to look at. */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'artifacts');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures');
