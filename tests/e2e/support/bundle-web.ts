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
  await buildDashboard(outDir, TEST_BUILD_MODE);
  return outDir;
}

/** `vite build` into `outDir` as `npm run build` makes it (in `mode` when given), from inside a test process. */
export async function buildDashboard(outDir: string, mode?: string): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite takes NODE_ENV over the mode: without this the bundle would carry React's
  // development build (slower, and with StrictMode's double effects), not what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(REPO_ROOT, 'vite.config.ts'),
      ...(mode ? { mode } : {}),
      build: { outDir, emptyOutDir: true },
      logLevel: 'error',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
