import { createRoute } from '@hono/zod-openapi';
import { FirmsQuery, FirmsResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { firmSites } from '../services/firms';
import { errorResponses, newRouter } from './route-kit';

const firmsRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listFirmSites',
  tags: ['firms'],
  summary: 'Metal-industry firm sites as GeoJSON points with source and location quality',
  description:
    'Filters combine: bbox=minLon,minLat,maxLon,maxLat; nace=24 (division) or 24.10 (code and sub-codes); ' +
    'municipality=0617; near=lon,lat with radiusKm (default 25), which adds distanceKm and sorts by it.',
  request: { query: FirmsQuery },
  responses: {
    200: { description: 'Matching sites', content: { 'application/geo+json': { schema: FirmsResponse } } },
    ...errorResponses,
  },
});

export const firmRoutes = (build: AtlasBuild) =>
  newRouter().openapi(firmsRoute, (c) =>
    c.json(firmSites(build, c.req.valid('query')), 200, { 'Content-Type': 'application/geo+json' }),
  );
