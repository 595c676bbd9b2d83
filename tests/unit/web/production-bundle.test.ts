import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAP_MARKS } from '../../../web/map/map-timing';
import { TEST_BUILD_MODE, buildDashboard } from '../../e2e/support/bundle-web';
import { ARTIFACTS_DIR } from '../../support/paths';

/** Builds the dashboard the way `npm run build` does (or in the browser tests' mode) and reads its assets. */
async function bundle(name: string, mode?: string): Promise<{ file: string; text: string }[]> {
  const outDir = path.join(ARTIFACTS_DIR, name);
  await buildDashboard(outDir, mode);
  const assets = path.join(outDir, 'assets');
  return readdirSync(assets).map((file) => ({ file, text: readFileSync(path.join(assets, file), 'utf8') }));
}

const scripts = (files: { file: string; text: string }[]) => files.filter((f) => /\.m?js$/.test(f.file));

describe('the production bundle', () => {
  let production: { file: string; text: string }[];
  let testBuild: { file: string; text: string }[];
  beforeAll(async () => {
    production = await bundle('production-bundle');
    testBuild = await bundle('production-bundle-test-mode', TEST_BUILD_MODE);
  });

  it('holds no test probe (window.__atlas…), while the browser tests’ build does', () => {
    expect(
      scripts(production)
        .filter((f) => f.text.includes('__atlas'))
        .map((f) => f.file),
    ).toEqual([]);
    expect(scripts(testBuild).some((f) => f.text.includes('__atlasReady'))).toBe(true);
  });

  it("carries React's production build, in the browser tests' build too", () => {
    // React's development build greets with this line; its production build has no such text.
    const devOnly = 'Download the React DevTools';
    for (const files of [production, testBuild]) {
      expect(scripts(files).some((f) => f.text.includes('react'))).toBe(true);
      expect(
        scripts(files)
          .filter((f) => f.text.includes(devOnly))
          .map((f) => f.file),
      ).toEqual([]);
    }
  });

  it('keeps the standard User Timing marks the benchmark reads', () => {
    const all = scripts(production)
      .map((f) => f.text)
      .join('\n');
    for (const mark of Object.values(MAP_MARKS)) expect(all).toContain(mark);
  });

  it('ships no world file: the neighbouring countries come precomputed from the API', () => {
    expect(production.map((f) => f.file).filter((file) => /countries|\.json$/.test(file))).toEqual([]);
    const all = scripts(production)
      .map((f) => f.text)
      .join('\n');
    expect(all).not.toContain('countries-50m');
    expect(all).toContain('neighbour-countries');
  });
});
