import { createRoute, z } from '@hono/zod-openapi';
import { MunicipalitiesQuery } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { IMMUTABLE, REVALIDATE, sendPrecompressed } from '../http/precompressed-response';
import { badRequestOnly, newRouter } from './route-kit';

const GEOJSON = 'application/geo+json';
const geoJsonContent = {
  [GEOJSON]: { schema: z.object({ type: z.literal('FeatureCollection') }).passthrough() },
};

const municipalitiesRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getMunicipalityGeometry',
  tags: ['geometry'],
  summary: 'The 290 municipalities as GeoJSON (geometry and fixed attributes, no statistics)',
  description:
    'Precompressed (br, gzip) once at start. With v equal to the current buildId (see /api/health geometryUrl) ' +
    'the response is cacheable for a year (immutable); otherwise it must be revalidated with its ETag.',
  request: { query: MunicipalitiesQuery },
  responses: {
    200: { description: 'MunicipalityCollection', content: geoJsonContent },
    304: { description: 'Not modified (If-None-Match matched the ETag)' },
    ...badRequestOnly,
  },
});

const countiesRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getCountyGeometry',
  tags: ['geometry'],
  summary: 'The 21 counties as GeoJSON',
  request: { query: MunicipalitiesQuery },
  responses: {
    200: { description: 'CountyCollection', content: geoJsonContent },
    304: { description: 'Not modified (If-None-Match matched the ETag)' },
    ...badRequestOnly,
  },
});

/** Long-cache only when the client names the current build, so a new build can never be hidden by a cache. */
const cacheControlFor = (build: AtlasBuild, v: string | undefined) =>
  v === build.manifest.buildId ? IMMUTABLE : REVALIDATE;

export const municipalityGeometryRoutes = (build: AtlasBuild) =>
  newRouter().openapi(municipalitiesRoute, (c) =>
    sendPrecompressed(
      c,
      build.geometry.municipalities,
      GEOJSON,
      cacheControlFor(build, c.req.valid('query').v),
    ),
  );

export const countyRoutes = (build: AtlasBuild) =>
  newRouter().openapi(countiesRoute, (c) =>
    sendPrecompressed(c, build.geometry.counties, GEOJSON, cacheControlFor(build, c.req.valid('query').v)),
  );
