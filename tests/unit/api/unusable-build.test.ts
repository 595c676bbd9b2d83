import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unusableBuildReason } from '../../../api/build/load-build';
import { BUILD_FILES, BuildManifest } from '../../../data/contract';
import { TEST_BUILD_DIR } from '../../support/paths';

/** A folder with the test build's manifest and an empty file for every file the layout and manifest name. */
function buildShell(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-unusable-'));
  copyFileSync(path.join(TEST_BUILD_DIR, BUILD_FILES.manifest), path.join(dir, BUILD_FILES.manifest));
  const manifest = BuildManifest.parse(
    JSON.parse(readFileSync(path.join(dir, BUILD_FILES.manifest), 'utf8')),
  );
  const files = [...Object.values(BUILD_FILES), ...manifest.outputs.map((output) => output.file)];
  for (const file of files.filter((name) => name !== BUILD_FILES.manifest)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, '');
  }
  return dir;
}

describe('unusableBuildReason: what npm start checks before serving a build', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('accepts the real test build', () => {
    expect(unusableBuildReason(TEST_BUILD_DIR)).toBeUndefined();
  });

  it('names a file the layout needs that an older build lacks', () => {
    const dir = buildShell();
    made.push(dir);
    expect(unusableBuildReason(dir)).toBeUndefined();
    rmSync(path.join(dir, BUILD_FILES.neighbours));
    expect(unusableBuildReason(dir)).toBe(`${path.join(dir, BUILD_FILES.neighbours)} is missing`);
  });

  it('names a manifest of another layout, and a folder without a manifest', () => {
    const dir = buildShell();
    made.push(dir);
    writeFileSync(
      path.join(dir, BUILD_FILES.manifest),
      JSON.stringify({ buildId: 'old', ingestVersion: '1.1.0' }),
    );
    expect(unusableBuildReason(dir)).toMatch(/manifest\.json does not match this version's build contract$/);
    rmSync(path.join(dir, BUILD_FILES.manifest));
    expect(unusableBuildReason(dir)).toBe(`no manifest.json in ${dir}`);
  });
});
