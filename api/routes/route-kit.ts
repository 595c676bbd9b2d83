import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiErrorBody } from '../../data/contract/api';
import { validationHook } from '../http/error-handling';

/** A sub-app whose parameter failures become 400s in the shared error shape. */
export const newRouter = () => new OpenAPIHono({ defaultHook: validationHook });

const errorContent = { 'application/json': { schema: ApiErrorBody } };
export const errorResponses = {
  400: { description: 'A parameter is invalid (the error names it)', content: errorContent },
  404: {
    description: 'Unknown municipality, indicator, year or site (the error names it)',
    content: errorContent,
  },
} as const;
export const badRequestOnly = { 400: errorResponses[400] } as const;
