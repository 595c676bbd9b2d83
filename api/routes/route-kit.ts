import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiErrorBody } from '../../data/contract/api';
import { validationHook } from '../http/error-handling';

/** A sub-app whose parameter failures become 400s in the shared error shape. */
export const newRouter = () => new OpenAPIHono({ defaultHook: validationHook });

const errorContent = { 'application/json': { schema: ApiErrorBody } };
const tooLarge = { description: 'Request body over the limit', content: errorContent };

export const errorResponses = {
  400: { description: 'A parameter is invalid (the error names it)', content: errorContent },
  404: {
    description: 'Unknown municipality, indicator, year or site (the error names it)',
    content: errorContent,
  },
  413: tooLarge,
} as const;
export const badRequestOnly = { 400: errorResponses[400], 413: tooLarge } as const;
/** For operations without parameters: the only error a client can cause is sending too large a body. */
export const bodyLimitOnly = { 413: tooLarge } as const;

/** A response outside the route's typed JSON contract (CSV downloads): documented in OpenAPI, not seen by hc. */
export const outsideTypedContract = (response: Response): never => response as never;
