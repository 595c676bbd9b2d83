import { createRoute } from '@hono/zod-openapi';
import { DEFAULT_FRAMEWORK } from '../../data/attractiveness/default-framework';
import { PERSPECTIVES } from '../../data/attractiveness/perspectives';
import { DEFAULT_ROBUSTNESS, specIndicatorIds } from '../../data/attractiveness/model';
import {
  IndexFrameworkResponse,
  IndexInputsQuery,
  IndexInputsResponse,
  IndexMethod,
  IndexQuery,
  IndexResponse,
} from '../../data/contract';
import { indexToCsv } from '../attractiveness/index-csv';
import { indexInputs } from '../attractiveness/index-inputs';
import { attractivenessIndex, specFromQuery } from '../attractiveness/index-service';
import type { AtlasBuild } from '../build/atlas-build';
import { cacheJson, sendCachedJson } from '../http/cached-json';
import { memoise } from '../services/memo';
import { badRequestOnly, bodyLimitOnly, newRouter, outsideTypedContract } from './route-kit';

const frameworkRoute = createRoute({
  method: 'get',
  path: '/framework',
  operationId: 'getIndexFramework',
  tags: ['index'],
  summary:
    'The default attractiveness framework: pillars, indicators, directions and why, starting perspectives',
  responses: {
    200: {
      description: 'The default framework',
      content: { 'application/json': { schema: IndexFrameworkResponse } },
    },
    ...bodyLimitOnly,
  },
});

const inputsRoute = createRoute({
  method: 'get',
  path: '/inputs',
  operationId: 'getIndexInputs',
  tags: ['index'],
  summary: "Each municipality's latest value in each indicator's three-year window: what the index reads",
  request: { query: IndexInputsQuery },
  responses: {
    200: { description: 'The inputs', content: { 'application/json': { schema: IndexInputsResponse } } },
    ...badRequestOnly,
  },
});

const indexRouteConfig = {
  method: 'get' as const,
  path: '/' as const,
  operationId: 'getAttractivenessIndex',
  tags: ['index'],
  summary: 'Attractiveness index: scores, pillars, contributions, ranks and rank intervals for one weighting',
  description:
    'Formulas in docs/index.md. Unknown ids, negative or all-zero weights, a missing direction or a window ' +
    'without data: 400 naming the parameter. format=csv or csv-sv gives one row per municipality.',
  request: { query: IndexQuery },
};
const indexRoute = createRoute({
  ...indexRouteConfig,
  hide: true,
  responses: {
    200: { description: 'The index', content: { 'application/json': { schema: IndexResponse } } },
    ...badRequestOnly,
  },
});
const documentedIndexRoute = createRoute({
  ...indexRouteConfig,
  responses: {
    200: {
      description: 'The index (JSON), or a CSV table with format=csv or csv-sv',
      content: { 'application/json': { schema: IndexResponse }, 'text/csv': { schema: { type: 'string' } } },
    },
    ...badRequestOnly,
  },
});

/** A robustness run costs about a second: answers are kept per query, a few dozen at most. */
const INDEX_CACHE = 48;

export const attractivenessIndexRoutes = (build: AtlasBuild) => {
  // Default indicators outside the atlas set (the rest of Kolada) are read from Parquet before any index work.
  const defaultIds = specIndicatorIds(specFromQuery(build, {}).spec);
  let framework: ReturnType<typeof frameworkAnswer> | null = null;
  const frameworkAnswer = () =>
    cacheJson(IndexFrameworkResponse, {
      buildId: build.manifest.buildId,
      framework: DEFAULT_FRAMEWORK,
      perspectives: [...PERSPECTIVES],
      method: IndexMethod.parse({}),
      robustness: DEFAULT_ROBUSTNESS,
      windows: indexInputs(build, defaultIds, null).indicators.map((w) => ({
        id: w.id,
        referenceYear: w.referenceYear,
        from: w.from,
        to: w.to,
        coverage: Object.keys(w.values).length,
      })),
    });
  const inputs = memoise(
    ({ indicators, year }: { indicators: string[]; year?: number | undefined }) =>
      cacheJson(IndexInputsResponse, indexInputs(build, indicators, year ?? null)),
    ({ indicators, year }) => `${indicators.join(',')}|${year ?? ''}`,
    INDEX_CACHE,
  );
  const answers = memoise(
    (query: IndexQuery) => cacheJson(IndexResponse, attractivenessIndex(build, query)),
    (query) => JSON.stringify(Object.entries({ ...query, format: undefined }).sort()),
    INDEX_CACHE,
  );
  const router = newRouter();
  router.openAPIRegistry.registerPath(documentedIndexRoute);
  return router
    .openapi(frameworkRoute, async (c) => {
      if (!framework) {
        await build.kolada.ensure(defaultIds);
        framework = frameworkAnswer();
      }
      return sendCachedJson(c, framework);
    })
    .openapi(inputsRoute, async (c) => {
      const query = c.req.valid('query');
      await build.kolada.ensure(query.indicators);
      return sendCachedJson(c, inputs(query));
    })
    .openapi(indexRoute, async (c) => {
      const query = c.req.valid('query');
      await build.kolada.ensure(specIndicatorIds(specFromQuery(build, query).spec));
      const cached = answers(query);
      if (query.format === 'csv' || query.format === 'csv-sv') {
        const filename = `attractiveness-index${query.format === 'csv-sv' ? '-sv' : ''}.csv`;
        return outsideTypedContract(
          c.body(indexToCsv(build, cached.value, query.format), 200, {
            'Content-Type': 'text/csv; charset=utf-8; header=present',
            'Content-Disposition': `attachment; filename="${filename}"`,
          }),
        );
      }
      return sendCachedJson(c, cached);
    });
};
