import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRoute } from '@hono/zod-openapi';
import { HealthResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { bodyLimitOnly, newRouter } from './route-kit';

const packageVersion = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

const healthRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getHealth',
  tags: ['meta'],
  summary: 'Service status, version, build and data vintage',
  responses: {
    200: { description: 'The server is up', content: { 'application/json': { schema: HealthResponse } } },
    ...bodyLimitOnly,
  },
});

export const healthRoutes = (build: AtlasBuild) =>
  newRouter().openapi(healthRoute, (c) =>
    c.json(
      {
        status: 'ok' as const,
        version: packageVersion,
        buildId: build.manifest.buildId,
        builtAt: build.manifest.builtAt,
        ingestVersion: build.manifest.ingestVersion,
        vintage: build.manifest.vintage,
        vintageAhead: build.manifest.vintageAhead ?? {},
        changes: build.manifest.changes ?? null,
        counts: {
          municipalities: build.municipalities.features.length,
          indicators: build.indicators.length,
          series: build.observations.length,
          firmSites: build.firms.features.length,
          urbanAreas: build.urbanAreas.features.length,
        },
        geometryUrl: `/api/municipalities?v=${build.manifest.buildId}`,
      },
      200,
    ),
  );
