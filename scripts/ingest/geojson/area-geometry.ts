import { AreaGeometry } from '../../../data/contract';
import type { z } from 'zod';
import { IngestError, type FileLocation } from '../errors';
import { rewindPolygon } from './winding';

export type Area = z.infer<typeof AreaGeometry>;

/** Sweden with a margin: anything outside is a wrong projection or swapped axes, not a Swedish area. */
export const SWEDEN_BBOX = { minLon: 10.0, maxLon: 24.5, minLat: 55.0, maxLat: 69.5 } as const;

export function insideSwedenBox([lon, lat]: readonly number[]): boolean {
  return (
    lon !== undefined &&
    lat !== undefined &&
    lon >= SWEDEN_BBOX.minLon &&
    lon <= SWEDEN_BBOX.maxLon &&
    lat >= SWEDEN_BBOX.minLat &&
    lat <= SWEDEN_BBOX.maxLat
  );
}

/**
 * Validates a Polygon or MultiPolygon in WGS84 lon/lat over Sweden and orients its rings counter-clockwise
 * (exterior) and clockwise (holes) as RFC 7946 requires. `rewound` says whether any ring was reversed.
 */
export function normaliseAreaGeometry(
  geometry: unknown,
  where: FileLocation,
): { geometry: Area; rewound: boolean } {
  const parsed = AreaGeometry.safeParse(geometry);
  if (!parsed.success) {
    throw new IngestError(
      where,
      `expected a Polygon or MultiPolygon: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  const polygons = parsed.data.type === 'Polygon' ? [parsed.data.coordinates] : parsed.data.coordinates;
  let rewound = false;
  const oriented = polygons.map((rings) => {
    for (const ring of rings) {
      const outside = ring.find((position) => !insideSwedenBox(position));
      if (outside)
        throw new IngestError(where, `coordinate [${outside.join(', ')}] is not lon/lat in Sweden`);
    }
    const result = rewindPolygon(rings);
    rewound ||= result.changed;
    return result.rings;
  });
  const normalised: Area =
    parsed.data.type === 'Polygon'
      ? { type: 'Polygon', coordinates: oriented[0] ?? [] }
      : { type: 'MultiPolygon', coordinates: oriented };
  return { geometry: normalised, rewound };
}
