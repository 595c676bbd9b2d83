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

/** A context layer: same caching as the municipalities, fetched by the map after its first coloured frame. */
const contextRoute = (operationId: string, summary: string, description: string) =>
  createRoute({
    method: 'get',
    path: '/',
    operationId,
    tags: ['geometry'],
    summary,
    description,
    request: { query: MunicipalitiesQuery },
    responses: {
      200: { description, content: geoJsonContent },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      ...badRequestOnly,
    },
  });

const countiesRoute = contextRoute('getCountyGeometry', 'The 21 counties as GeoJSON', 'CountyCollection');
const neighboursRoute = contextRoute(
  'getNeighbourCountryGeometry',
  'Countries around Sweden as GeoJSON (Natural Earth 1:50m), cut by the ingest to the extent the map shows',
  'NeighbourCountryCollection',
);

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

export const neighbourCountryRoutes = (build: AtlasBuild) =>
  newRouter().openapi(neighboursRoute, (c) =>
    sendPrecompressed(c, build.geometry.neighbours, GEOJSON, cacheControlFor(build, c.req.valid('query').v)),
  );
