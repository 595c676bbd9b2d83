type Position = [number, number];
type Ring = Position[];

/** Twice the signed area of a ring in lon/lat: positive when the ring runs counter-clockwise. */
export function signedArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [x1, y1] = ring[j] as Position;
    const [x2, y2] = ring[i] as Position;
    area += (x1 - x2) * (y1 + y2);
  }
  return area;
}

/**
 * Orients a polygon as RFC 7946 requires: exterior ring counter-clockwise, holes clockwise.
 * Returns the rings and whether any had to be reversed.
 */
export function rewindPolygon(rings: Ring[]): { rings: Ring[]; changed: boolean } {
  let changed = false;
  const oriented = rings.map((ring, index) => {
    const wantCounterClockwise = index === 0;
    if (signedArea(ring) > 0 === wantCounterClockwise) return ring;
    changed = true;
    return [...ring].reverse();
  });
  return { rings: oriented, changed };
}
