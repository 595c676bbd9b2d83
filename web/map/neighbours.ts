import { useQuery } from '@tanstack/react-query';
import bboxClip from '@turf/bbox-clip';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

/** ISO 3166 numeric codes of the countries around Sweden (Natural Earth 1:50m via world-atlas). */
const NEIGHBOURS = new Set(['578', '246', '208', '233', '428', '440', '643', '276', '616', '112', '804']);

const REGION: [number, number, number, number] = [-5, 50, 45, 74];

/** Natural Earth shipped as a static asset with the app: loaded after the first map paint, never from the web. */
export function useNeighbours() {
  return useQuery({
    queryKey: ['static', 'neighbours'],
    staleTime: Infinity,
    queryFn: async (): Promise<GeoJSON.FeatureCollection> => {
      const response = await fetch(countriesUrl);
      if (!response.ok) throw new Error(`countries ${response.status}`);
      const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
      const all = feature(topology, topology.objects.countries);
      // Clipped to northern Europe: Russia's polygon crosses the antimeridian and would draw a seam across the map.
      const features = all.features
        .filter((f) => NEIGHBOURS.has(String(f.id)))
        .flatMap((f) =>
          f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
            ? [bboxClip(f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>, REGION)]
            : [],
        );
      return { type: 'FeatureCollection', features };
    },
  });
}
