import path from 'node:path';
import { build } from 'vite';
import { ARTIFACTS_DIR, REPO_ROOT } from '../../support/paths';

/**
 * The dashboard the browser tests load: `ATLAS_E2E_WEB_DIR` when a run built it already, otherwise a fresh
 * build into artifacts/: the production bundle (minified, React's production build, not the dev server) in Vite's
 * `test` mode, which alone keeps the `window.__atlas` probes (web/map/map-timing.ts).
 */
export const TEST_BUILD_MODE = 'test';

export async function buildWeb(name: string): Promise<string> {
  const prebuilt = process.env.ATLAS_E2E_WEB_DIR;
  if (prebuilt) return prebuilt;
  const outDir = path.join(ARTIFACTS_DIR, name);
  await build({
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    mode: TEST_BUILD_MODE,
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
  });
  return outDir;
}
