import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { renderDocsPage } from '../services/docs-page';

type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/** The OpenAPI 3.1 document, generated once from the same zod schemas that validate the requests. */
export function openApiDocument(api: OpenAPIHono): OpenApiDocument {
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Kompetensatlas API',
      version: '1.0.0',
      description:
        "Sweden's 290 municipalities: indicators, rankings, profiles, commuting flows, metal-industry firm sites " +
        'and catchments, from official open data (SCB, Kolada, Boverket). Every figure carries its source and year.',
      license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
    },
    servers: [{ url: '/api', description: 'This server' }],
    // Reading the atlas needs no credentials; operations that do (workshop edits) declare their own.
    security: [],
    tags: [
      { name: 'meta', description: 'Status and documentation' },
      { name: 'indicators', description: 'Indicator catalogue and ranked values' },
      { name: 'geometry', description: 'Municipality and county boundaries (GeoJSON)' },
      { name: 'municipalities', description: 'Municipality profiles and peers' },
      { name: 'commuting', description: 'Origin-destination commuting flows' },
      { name: 'firms', description: 'Metal-industry firm sites and catchments' },
    ],
  });
}

/** /openapi.json and a plain HTML page listing the operations (no external scripts, fits the CSP). */
export function docsRoutes(api: OpenAPIHono) {
  let document: OpenApiDocument | undefined;
  const current = () => (document ??= openApiDocument(api));
  return new Hono()
    .get('/openapi.json', (c) => c.json(current()))
    .get('/docs', (c) => c.html(renderDocsPage(current())));
}
