import { OpenAPIHono } from '@hono/zod-openapi';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import type { AtlasBuild } from './build/atlas-build';
import { loadBuildCached } from './build/load-build';
import { retireBuild } from './build/retire-build';
import { apiNotFound, onError, validationHook } from './http/error-handling';
import { dashboardSecureHeaders, requestBodyLimit, strictJsonBody } from './http/security';
import { mountLocalityPage } from './http/locality-page';
import { mountStaticSite } from './http/static-site';
import { docsRoutes } from './routes/docs';
import { countyRoutes, municipalityGeometryRoutes, neighbourCountryRoutes } from './routes/geometry';
import { healthRoutes } from './routes/health';
import { indicatorRoutes } from './routes/indicators';
import { municipalityRoutes } from './routes/municipalities';
import { flowRoutes } from './routes/flows';
import { firmRoutes } from './routes/firms';
import { catchmentRoutes } from './routes/catchment';
import { attractivenessIndexRoutes } from './routes/attractiveness-index';
import { reachRoutes } from './routes/reach';
import {
  createImportRoutes,
  importsConfigOf,
  type ImportRoutesOptions,
} from './imports/create-import-routes';
import { importLimiters, type ImportLimiters } from './imports/import-limits';
import type { ImportsConfig } from './imports/imports-config';
import { FileImportStore } from './imports/file-import-store';
import type { ImportStore } from './imports/import-store';
import { reloadableApi } from './imports/reloadable-api';
import type { BuildRebuilder } from './imports/build-rebuilder';
import type { WorkshopEventBus } from './live/event-bus';
import { InProcessEventBus } from './live/in-process-event-bus';
import { openWorkshopStore, type WorkshopStore } from './storage';
import { DEFAULT_WRITE_LIMIT, type RateLimitOptions, writeRateLimit } from './workshops/rate-limit';
import type { MiddlewareHandler } from 'hono';
import { createWorkshopRoutes } from './workshops/routes';

export interface AppOptions {
  /** Directory holding the ingest's build (default data/build). Ignored when `build` is given. */
  buildDir?: string;
  /** An already loaded build (tests and benches share one). */
  build?: AtlasBuild;
  /** The built dashboard (dist/web); without it only the API is served. */
  webDir?: string;
  /** Request body limit in bytes (default 1 MiB). */
  bodyLimitBytes?: number;
  /** Origins allowed to call the API cross-origin; CORS stays off when empty (the default). */
  corsOrigins?: string[];
  /** Where workshops are kept (default: SQLite at ATLAS_DB, or data/local/atlas.sqlite). */
  workshopStore?: WorkshopStore;
  /** Wakes the workshops' live connections (default: in-process; several instances need a shared bus). */
  workshopEvents?: WorkshopEventBus;
  /** Write rate limit per client for workshop routes (default 60 burst, 1 per second). */
  workshopRateLimit?: RateLimitOptions;
  /** The workshop clock (tests of the restore window). */
  workshopNow?: () => Date;
  /** Dashboard CSV imports; defaults from ATLAS_IMPORTS_DIR, ATLAS_RAW_DIR, ATLAS_IMPORTS, ATLAS_IMPORT_TOKEN. */
  imports?: ImportRoutesOptions;
  /**
   * Several instances sharing a builds root (ATLAS_BUILDS_ROOT): one at a time rebuilds, every one follows the
   * builds the others write (api/build/shared/shared-builds.ts). Default: this process rebuilds its buildDir.
   */
  sharedBuilds?: BuildRebuilder & { follow(swap: (build: AtlasBuild) => void): void };
  /** Told right after the routes serve another build (npm start empties its answer cache). */
  onBuildSwap?: (build: AtlasBuild) => void;
}

/** What outlives a rebuild: the store, the import settings and every rate limiter's buckets. */
interface AppState {
  workshopStore: WorkshopStore;
  workshopEvents: WorkshopEventBus;
  imports: ImportsConfig;
  importStore: ImportStore;
  limiters: { workshops: MiddlewareHandler; imports: ImportLimiters };
}

/** The API routes, chained so their types reach the dashboard through hc<AppType>(). */
function createApiRoutes(
  build: AtlasBuild,
  options: AppOptions,
  state: AppState,
  onRebuilt: (build: AtlasBuild) => void,
) {
  const workshops = createWorkshopRoutes({
    store: state.workshopStore,
    events: state.workshopEvents,
    build,
    now: options.workshopNow,
    writeLimiter: state.limiters.workshops,
  });
  return new OpenAPIHono({ defaultHook: validationHook })
    .route('/health', healthRoutes(build))
    .route('/indicators', indicatorRoutes(build))
    .route('/municipalities', municipalityGeometryRoutes(build))
    .route('/municipalities', municipalityRoutes(build))
    .route('/counties', countyRoutes(build))
    .route('/neighbour-countries', neighbourCountryRoutes(build))
    .route('/flows', flowRoutes(build))
    .route('/firms', firmRoutes(build))
    .route('/catchment', catchmentRoutes(build))
    .route('/index', attractivenessIndexRoutes(build))
    .route('/reach', reachRoutes(build))
    .route('/workshops', workshops)
    .route(
      '/imports',
      // An app over an in-memory build has no directory to rebuild: its imports are read-only.
      createImportRoutes(
        build,
        options.buildDir ?? (options.build ? null : 'data/build'),
        state.imports,
        state.importStore,
        state.limiters.imports,
        onRebuilt,
        options.sharedBuilds,
      ),
    );
}

export function createApp(options: AppOptions = {}) {
  const build = options.build ?? loadBuildCached(options.buildDir ?? 'data/build');
  const imports = importsConfigOf(options.imports);
  const state: AppState = {
    workshopStore: options.workshopStore ?? openWorkshopStore(),
    workshopEvents: options.workshopEvents ?? new InProcessEventBus(),
    imports,
    importStore: options.imports?.store ?? new FileImportStore(imports.importsDir),
    limiters: {
      workshops: writeRateLimit(options.workshopRateLimit ?? DEFAULT_WRITE_LIMIT),
      imports: importLimiters(options.imports?.rateLimit),
    },
  };
  let renderedPages: { clear: () => void } | undefined;
  let served = build;
  const swap = (next: AtlasBuild) => {
    reloadable.swap(next);
    retireBuild(served, next);
    served = next;
    renderedPages?.clear();
    options.onBuildSwap?.(next);
  };
  const reloadable = reloadableApi((current) => {
    const routes = createApiRoutes(current, options, state, swap);
    routes.route('/', docsRoutes(routes));
    return routes;
  }, build);
  const api = reloadable.initial;
  options.sharedBuilds?.follow(swap);

  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use(dashboardSecureHeaders());
  // compress() before etag(): the ETag is computed on the uncompressed body, so 304s work for every encoding.
  app.use(compress());
  // An event stream never ends, so it cannot be hashed: etag() would wait for it forever.
  const etagged = etag();
  app.use((c, next) => (c.req.header('accept')?.includes('text/event-stream') ? next() : etagged(c, next)));
  app.use('/api/*', requestBodyLimit(options.bodyLimitBytes ?? 1024 * 1024));
  app.use('/api/*', strictJsonBody());
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use('/api/*', cors({ origin: options.corsOrigins }));
  }
  app.use('/api/*', reloadable.dispatch);
  app.onError(onError);
  app.notFound(apiNotFound);
  const routed = app.route('/api', api);
  if (options.webDir) {
    // The locality page's first screen comes rendered from this same app's answers, asked in process.
    renderedPages = mountLocalityPage(app, options.webDir, (path) => Promise.resolve(app.request(path)));
    mountStaticSite(app, options.webDir);
  }
  return routed;
}

export type AppType = ReturnType<typeof createApp>;
