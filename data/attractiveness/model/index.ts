/** The attractiveness index model: pure and typed, no I/O; used by the API, the dashboard and its worker. */
export * from './aggregation';
export * from './compute-index';
export * from './draw-aggregation';
export * from './normalisation';
export * from './prepare';
export * from './random';
export * from './resolve-spec';
export * from './robustness';
export * from './statistics';
export * from './treatment';
export * from './window-values';
