import { createRoute } from '@hono/zod-openapi';
import { ReachQuery, ReachResponse } from '../../data/contract/reach';
import type { AtlasBuild } from '../build/atlas-build';
import { reach } from '../services/reach/reach';
import { errorResponses, newRouter } from './route-kit';

const reachRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getReach',
  tags: ['firms'],
  summary: 'How far a firm must reach (straight line) for n residents aged 20-64 or n employed residents',
  description:
    'site=<siteId>, municipality=<code> or lon/lat, with target (age_20_64 or employed) and n. Grows the radius ' +
    'until the estimated target group reaches n: urban areas (SCB 2020) times their municipality share, plus each ' +
    "municipality's remaining population spread evenly over its area. Every count is an estimate (see method). " +
    'Not reached within 150 km: reached=false with what the 150 km hold. Also the labour shed where flows exist.',
  request: { query: ReachQuery },
  responses: {
    200: {
      description: 'The reach (an estimate)',
      content: { 'application/json': { schema: ReachResponse } },
    },
    ...errorResponses,
  },
});

export const reachRoutes = (build: AtlasBuild) =>
  newRouter().openapi(reachRoute, (c) => c.json(reach(build, c.req.valid('query')), 200));
