import { createRoute } from '@hono/zod-openapi';
import { CatchmentQuery, CatchmentResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { catchment } from '../services/catchment';
import { errorResponses, newRouter } from './route-kit';

const catchmentRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getCatchment',
  tags: ['firms'],
  summary: 'Urban areas and their population within a straight-line radius of a point or firm site',
  description:
    'lon, lat and radiusKm (default 30), or site=<siteId>. Returns the urban areas (tätorter 2020) within the ' +
    'radius, their population sum, the municipalities touched, the LA region of the centre, and the share of the ' +
    "touched municipalities' population living outside urban areas, which this count leaves out.",
  request: { query: CatchmentQuery },
  responses: {
    200: { description: 'The catchment', content: { 'application/json': { schema: CatchmentResponse } } },
    ...errorResponses,
  },
});

export const catchmentRoutes = (build: AtlasBuild) =>
  newRouter().openapi(catchmentRoute, (c) => c.json(catchment(build, c.req.valid('query')), 200));
