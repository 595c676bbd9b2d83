import { useQuery } from '@tanstack/react-query';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

/**
 * ISO 3166 numeric codes of the countries around Sweden (Natural Earth 1:50m via world-atlas). Russia is left
 * out: its polygon crosses the antimeridian and draws a seam across the map, and it is off-screen at the zooms
 * a Swedish atlas uses.
 */
const NEIGHBOURS = new Set(['578', '246', '208', '233', '428', '440', '276', '616', '112']);

/** Natural Earth shipped as a static asset with the app: loaded after the first map paint, never from the web. */
export function useNeighbours(enabled: boolean) {
  return useQuery({
    queryKey: ['static', 'neighbours'],
    enabled,
    staleTime: Infinity,
    queryFn: async (): Promise<GeoJSON.FeatureCollection> => {
      const response = await fetch(countriesUrl);
      if (!response.ok) throw new Error(`countries ${response.status}`);
      const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
      const { feature } = await import('topojson-client');
      const all = feature(topology, topology.objects.countries);
      return {
        type: 'FeatureCollection',
        features: all.features.filter((f) => NEIGHBOURS.has(String(f.id))),
      };
    },
  });
}
