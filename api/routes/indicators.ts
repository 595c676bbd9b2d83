import { createRoute } from '@hono/zod-openapi';
import { IndicatorIdParam, IndicatorsResponse, ValuesQuery, ValuesResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { indicatorValues } from '../services/indicator-values';
import { cacheJson, sendCachedJson } from '../http/cached-json';
import { memoise } from '../services/memo';
import { XLSX_MEDIA_TYPE, xlsxDocument } from '../../data/xlsx/xlsx-document';
import { VALUES_COLUMNS, valuesRows, valuesToCsv } from '../services/values-csv';
import { bodyLimitOnly, errorResponses, newRouter, outsideTypedContract } from './route-kit';

const catalogueRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listIndicators',
  tags: ['indicators'],
  summary: 'The indicator catalogue: titles, units, direction, sources, years, coverage',
  responses: {
    200: {
      description: 'Every indicator in the build',
      content: { 'application/json': { schema: IndicatorsResponse } },
    },
    ...bodyLimitOnly,
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
    'the latest year with data.',
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

export const indicatorRoutes = (build: AtlasBuild) => {
  const catalogue = cacheJson(IndicatorsResponse, {
    buildId: build.manifest.buildId,
    indicators: build.indicators,
  });
  const values = memoise(
    ({ id, year }: { id: string; year: number | undefined }) =>
      cacheJson(ValuesResponse, indicatorValues(build, id, year)),
    ({ id, year }) => `${id}|${year ?? ''}`,
  );
  const router = newRouter();
  router.openAPIRegistry.registerPath(documentedValuesRoute);
  return router
    .openapi(catalogueRoute, (c) => sendCachedJson(c, catalogue))
    .openapi(valuesRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { year, format } = c.req.valid('query');
      const cached = values({ id, year });
      const ranked = cached.value;
      if (format === 'xlsx') {
        const bytes = await xlsxDocument(ranked.indicator.id, VALUES_COLUMNS, valuesRows(ranked));
        return outsideTypedContract(
          c.body(bytes, 200, {
            'Content-Type': XLSX_MEDIA_TYPE,
            'Content-Disposition': `attachment; filename="${ranked.indicator.id}-${ranked.year}.xlsx"`,
          }),
        );
      }
      if (format === 'csv' || format === 'csv-sv') {
        const filename = `${ranked.indicator.id}-${ranked.year}${format === 'csv-sv' ? '-sv' : ''}.csv`;
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
