import { createRoute } from '@hono/zod-openapi';
import { FlowsQuery, FlowsResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { commutingFlows } from '../services/flows';
import { errorResponses, newRouter } from './route-kit';

const flowsRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getCommutingFlows',
  tags: ['commuting'],
  summary: 'Commuting flows of one municipality as GeoJSON LineStrings with persons',
  description:
    'Lines run from the origin interior point to the destination interior point. Where the build has no ' +
    'origin-destination flows for the municipality, the answer has coverage "none" and a message, never an ' +
    'empty collection. Defaults: direction both, the latest year with flows, sex total, all flows.',
  request: { query: FlowsQuery },
  responses: {
    200: {
      description: 'Flows (coverage "flows", GeoJSON) or an explicit no-data answer (coverage "none")',
      content: {
        'application/geo+json': { schema: FlowsResponse },
        'application/json': { schema: FlowsResponse },
      },
    },
    ...errorResponses,
  },
});

export const flowRoutes = (build: AtlasBuild) =>
  newRouter().openapi(flowsRoute, (c) => {
    const flows = commutingFlows(build, c.req.valid('query'));
    const contentType = flows.coverage === 'flows' ? 'application/geo+json' : 'application/json';
    return c.json(flows, 200, { 'Content-Type': contentType });
  });
