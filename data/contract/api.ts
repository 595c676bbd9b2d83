/**
 * Request and response shapes of the Atlas HTTP API, one file per resource. The server validates against these and
 * generates its OpenAPI document from them; the dashboard infers its types from the server's routes (hc<AppType>),
 * which use these. The server imports from here. The dashboard's page code imports only the file it needs, so
 * the planner can load this barrel as a chunk of its own (web/data/contract-loader.ts).
 */
export * from './api-errors';
export * from './api-params';
export * from './reach';
export * from './api-shared';
export * from './api-health';
export * from './api-indicators';
export * from './api-values';
export * from './api-profile';
export * from './api-flows';
export * from './api-firms';
export * from './api-catchment';
