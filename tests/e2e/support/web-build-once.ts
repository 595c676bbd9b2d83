/**
 * Global setup of the browser tests: one production build of the dashboard per run, handed to every file through
 * ATLAS_E2E_WEB_DIR (tests/e2e/support/bundle-web.ts), instead of a Vite build in each file. A directory the
 * caller gave in ATLAS_E2E_WEB_DIR is used as it is.
 */
import { buildWeb } from './bundle-web';

export default async function setup(): Promise<void> {
  process.env.ATLAS_E2E_WEB_DIR ??= await buildWeb('e2e-web');
}
