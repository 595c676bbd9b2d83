/** Source ids of the map: the one place they are spelled. */
export const MAP_SOURCES = {
  neighbours: 'neighbours',
  municipalities: 'municipalities',
  counties: 'counties',
  flows: 'flows',
  firms: 'firms',
} as const;
export type SourceId = (typeof MAP_SOURCES)[keyof typeof MAP_SOURCES];

/** Images drawn at runtime (no sprite server): the no-data hatch and the flow arrowhead. */
export const IMAGES = {
  hatch: 'no-data-hatch',
  arrowIn: 'flow-arrow-in',
  arrowOut: 'flow-arrow-out',
} as const;

export const EMPTY_COLLECTION: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
