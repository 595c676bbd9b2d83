import { createRoute } from '@hono/zod-openapi';
import {
  IndicatorDetailsResponse,
  IndicatorIdParam,
  IndicatorsQuery,
  IndicatorsResponse,
  SlimCatalogueResponse,
  ValuesQuery,
  ValuesResponse,
} from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { indicatorValues } from '../services/indicator-values';
import { cacheJson, cacheJsonInPool, sendCachedJson } from '../http/cached-json';
import { memoise, oncePromised, sliced, warmInTurns } from '../services/memo';
import { XLSX_MEDIA_TYPE, xlsxDocument } from '../../data/xlsx/xlsx-document';
import { valuesColumns, valuesRows, valuesToCsv } from '../services/values-csv';
import { indicatorDetails, slimCatalogue } from '../services/indicator-catalogue';
import { searchIndexInSlices, searchIndicators } from '../services/indicator-search';
import { bodyLimitOnly, errorResponses, newRouter, outsideTypedContract } from './route-kit';

const catalogueRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listIndicators',
  tags: ['indicators'],
  summary: 'The atlas set in full, or a ranked search of the whole catalogue (q, group, theme)',
  description:
    'Without parameters: the curated atlas set with titles, units, direction, sources, years and coverage. With q ' +
    '(words matched in titles, Kolada groups and descriptions; case and å/ä/ö folded, exact spellings rank higher), ' +
    'group (Kolada operating area) or theme: `matches` from all ~2,000 indicators, atlas set first.',
  request: { query: IndicatorsQuery },
  responses: {
    200: {
      description: 'The atlas set, or search matches',
      content: { 'application/json': { schema: IndicatorsResponse } },
    },
    ...errorResponses,
  },
});

const slimRoute = createRoute({
  method: 'get',
  path: '/catalogue',
  operationId: 'getSlimCatalogue',
  tags: ['indicators'],
  summary: 'Every indicator in one slim line each (no descriptions): for pickers',
  responses: {
    200: {
      description: 'The slim catalogue',
      content: { 'application/json': { schema: SlimCatalogueResponse } },
    },
    ...bodyLimitOnly,
  },
});

const detailsRoute = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getIndicator',
  tags: ['indicators'],
  summary: "One indicator's full entry with Kolada's description and coverage per year",
  request: { params: IndicatorIdParam },
  responses: {
    200: {
      description: 'The indicator',
      content: { 'application/json': { schema: IndicatorDetailsResponse } },
    },
    ...errorResponses,
  },
});

const valuesRouteConfig = {
  method: 'get' as const,
  path: '/{id}/values' as const,
  operationId: 'getIndicatorValues',
  tags: ['indicators'],
  summary: "Every municipality's value, rank and percentile for one indicator and year",
  description:
    'Rank 1 = best by the indicator direction (highest for neutral ones); ties share a rank; n = municipalities ' +
    'with data. format=csv is RFC 4180 (comma, decimal point, UTF-8 BOM); format=csv-sv is semicolon and decimal ' +
    'comma for Swedish Excel; format=xlsx is a workbook with codes as text and figures as numbers. Without year: ' +
    'the latest year with data. sex=women|men|gap for KPIs Kolada splits.',
  request: { params: IndicatorIdParam, query: ValuesQuery },
};

/** What typed clients see: the JSON answer (they read CSV as a download, not through hc). */
const valuesRoute = createRoute({
  ...valuesRouteConfig,
  hide: true,
  responses: {
    200: { description: 'Ranked values', content: { 'application/json': { schema: ValuesResponse } } },
    ...errorResponses,
  },
});

/** What the OpenAPI document says: JSON or CSV. */
const documentedValuesRoute = createRoute({
  ...valuesRouteConfig,
  responses: {
    200: {
      description: 'Ranked values (JSON), a CSV table with format=csv or csv-sv, a workbook with format=xlsx',
      content: {
        'application/json': { schema: ValuesResponse },
        'text/csv': { schema: { type: 'string' } },
        [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
      },
    },
    ...errorResponses,
  },
});

/** Values answers of the rest of Kolada are small but many: keep a few hundred. */
const VALUES_CACHE = 300;

export const indicatorRoutes = (build: AtlasBuild) => {
  const catalogue = oncePromised(() =>
    cacheJsonInPool(IndicatorsResponse, { buildId: build.manifest.buildId, indicators: build.indicators }),
  );
  const slim = oncePromised(() => cacheJsonInPool(SlimCatalogueResponse, slimCatalogue(build)));
  const index = sliced(() => searchIndexInSlices(build));
  // Not at creation: routes are made for each new build while the server answers requests.
  warmInTurns([slim, catalogue, index]);
  const search = memoise(
    (options: ReturnType<typeof IndicatorsQuery.parse>) =>
      cacheJson(IndicatorsResponse, searchIndicators(build, index(), options)),
    ({ q, group, theme, limit }) => JSON.stringify([q, group, theme, limit]),
    500,
  );
  const details = memoise(
    (id: string) => cacheJson(IndicatorDetailsResponse, indicatorDetails(build, id)),
    (id) => id,
    500,
  );
  const values = memoise(
    ({ id, year, sex }: { id: string; year: number | undefined; sex: 'total' | 'women' | 'men' | 'gap' }) =>
      cacheJson(ValuesResponse, indicatorValues(build, id, year, sex)),
    ({ id, year, sex }) => `${id}|${year ?? ''}|${sex}`,
    VALUES_CACHE,
  );
  const router = newRouter();
  router.openAPIRegistry.registerPath(documentedValuesRoute);
  return router
    .openapi(catalogueRoute, async (c) => {
      const query = c.req.valid('query');
      const searching = query.q !== undefined || query.group !== undefined || query.theme !== undefined;
      return sendCachedJson(c, searching ? search(query) : await catalogue());
    })
    .openapi(slimRoute, async (c) => sendCachedJson(c, await slim()))
    .openapi(detailsRoute, (c) => sendCachedJson(c, details(c.req.valid('param').id)))
    .openapi(valuesRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { year, format, sex = 'total' } = c.req.valid('query');
      await build.kolada.ensure([id], sex);
      const cached = values({ id, year, sex });
      const ranked = cached.value;
      if (format === 'xlsx') {
        const bytes = await xlsxDocument(ranked.indicator.id, valuesColumns(ranked), valuesRows(ranked));
        return outsideTypedContract(
          c.body(bytes, 200, {
            'Content-Type': XLSX_MEDIA_TYPE,
            'Content-Disposition': `attachment; filename="${ranked.indicator.id}-${ranked.year}.xlsx"`,
          }),
        );
      }
      if (format === 'csv' || format === 'csv-sv') {
        const view = sex === 'total' ? '' : `-${sex}`;
        const filename = `${ranked.indicator.id}-${ranked.year}${view}${format === 'csv-sv' ? '-sv' : ''}.csv`;
        return outsideTypedContract(
          c.body(valuesToCsv(ranked, format), 200, {
            'Content-Type': 'text/csv; charset=utf-8; header=present',
            'Content-Disposition': `attachment; filename="${filename}"`,
          }),
        );
      }
      return sendCachedJson(c, cached);
    });
};
