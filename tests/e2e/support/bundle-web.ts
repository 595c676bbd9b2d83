import path from 'node:path';
import { build } from 'vite';
import { ARTIFACTS_DIR, REPO_ROOT } from '../../support/paths';

/**
 * The dashboard the browser tests load: `ATLAS_E2E_WEB_DIR` when a run built it already, otherwise a fresh
 * production build (the real bundle, not the dev server) into artifacts/.
 */
export async function buildWeb(name: string): Promise<string> {
  const prebuilt = process.env.ATLAS_E2E_WEB_DIR;
  if (prebuilt) return prebuilt;
  const outDir = path.join(ARTIFACTS_DIR, name);
  await build({
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
  });
  return outDir;
}
