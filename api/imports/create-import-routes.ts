import type { AtlasBuild } from '../build/atlas-build';
import { importRoutes } from '../routes/imports';
import type { RateLimitOptions } from '../workshops/rate-limit';
import { type ImportsConfig, readImportsConfig } from './imports-config';
import { ImportService } from './import-service';

export interface ImportRoutesOptions extends Partial<ImportsConfig> {
  rateLimit?: RateLimitOptions;
}

/** The /imports routes over one build; `onRebuilt` receives the build each save or removal produces. */
export function createImportRoutes(
  build: AtlasBuild,
  buildDir: string | null,
  options: ImportRoutesOptions | undefined,
  onRebuilt: (build: AtlasBuild) => void,
) {
  const config = { ...readImportsConfig(process.env), ...options };
  const service = new ImportService({ ...config, buildDir, currentBuild: () => build, onRebuilt });
  return importRoutes(service, options?.rateLimit);
}
