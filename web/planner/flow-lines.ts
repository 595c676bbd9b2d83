import type { FlowsResponse } from '../../data/contract/api';
import type { FlowLineCollection } from '../map/types';

/** The flows the map draws: lines between two different municipalities (people who live and work in one are not a line). */
export function flowLines(flows: FlowsResponse | undefined): FlowLineCollection | undefined {
  if (!flows || flows.coverage !== 'flows') return undefined;
  return {
    type: 'FeatureCollection',
    features: flows.features
      .filter((f) => f.properties.origin !== f.properties.destination && f.properties.persons > 0)
      .map((f) => ({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: f.geometry.coordinates },
        properties: {
          direction: f.properties.direction,
          persons: f.properties.persons,
          origin: f.properties.origin,
          destination: f.properties.destination,
        },
      })),
  };
}
