/** Source ids of the map: the one place they are spelled. */
export const MAP_SOURCES = {
  neighbours: 'neighbours',
  municipalities: 'municipalities',
  /**
   * The same municipalities again, for the layers driven by their flags (no data, selected, hover): a colouring
   * sets feature-state on `municipalities` only, and MapLibre rewrites the paint buffers of every layer that reads
   * feature-state on the source of a changed feature. Filled after the first coloured map, like the context.
   */
  municipalityFlags: 'municipality-flags',
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
