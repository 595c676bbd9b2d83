export * from './codes';
export * from './geography';
export * from './indicator';
export * from './observation';
export * from './commuting';
export * from './firm';
export * from './manifest';
export * from './workshop';
