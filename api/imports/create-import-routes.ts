import type { AtlasBuild } from '../build/atlas-build';
import { importRoutes } from '../routes/imports';
import type { ImportLimiters, ImportLimitOptions } from './import-limits';
import { type ImportsConfig, readImportsConfig } from './imports-config';
import { ImportService } from './import-service';
import type { ImportStore } from './import-store';
import type { BuildRebuilder } from './build-rebuilder';

export interface ImportRoutesOptions extends Partial<ImportsConfig> {
  rateLimit?: ImportLimitOptions;
  /** Where saved imports are kept (default: files in `importsDir`; PostgreSQL when ATLAS_DB is one). */
  store?: ImportStore;
}

/** The /imports routes over one build; `onRebuilt` receives the build each save or removal produces. */
export function createImportRoutes(
  build: AtlasBuild,
  buildDir: string | null,
  config: ImportsConfig,
  store: ImportStore,
  limiters: ImportLimiters,
  onRebuilt: (build: AtlasBuild) => void,
  rebuilder?: BuildRebuilder,
) {
  const service = new ImportService({
    ...config,
    buildDir,
    store,
    currentBuild: () => build,
    onRebuilt,
    rebuilder,
  });
  return importRoutes(service, limiters);
}

/** The environment's settings under the app's explicit options. */
export function importsConfigOf(options: ImportRoutesOptions | undefined): ImportsConfig {
  const { rateLimit: _limits, store: _store, ...explicit } = options ?? {};
  return { ...readImportsConfig(process.env), ...explicit };
}
