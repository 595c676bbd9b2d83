export interface FlowLike {
  properties: {
    origin: string;
    originName: string;
    destination: string;
    destinationName: string;
    persons: number;
    direction: 'in' | 'out';
  };
}

export interface FlowRow {
  code: string;
  name: string;
  persons: number;
}

/**
 * The largest flows in one direction, named by the other end (where in-commuters come from, where
 * out-commuters go). Flows within the municipality itself are not commuting and are left out.
 *
 * @example
 * topFlows([{ properties: { origin: '2580', originName: 'Luleå', destination: '2581', destinationName: 'Piteå',
 *   persons: 900, direction: 'out' } }], 'out', 5) // [{ code: '2581', name: 'Piteå', persons: 900 }]
 */
export function topFlows(features: readonly FlowLike[], direction: 'in' | 'out', limit: number): FlowRow[] {
  return features
    .filter((feature) => feature.properties.direction === direction)
    .filter((feature) => feature.properties.origin !== feature.properties.destination)
    .map(({ properties }) =>
      direction === 'in'
        ? { code: properties.origin, name: properties.originName, persons: properties.persons }
        : { code: properties.destination, name: properties.destinationName, persons: properties.persons },
    )
    .sort((a, b) => b.persons - a.persons || a.name.localeCompare(b.name, 'sv'))
    .slice(0, limit);
}
