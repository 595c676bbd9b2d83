import type { SavedMapView } from '../../data/contract';

type Camera = NonNullable<SavedMapView['camera']>;
type Area = GeoJSON.Polygon | GeoJSON.MultiPolygon;

/** The planner map's usual size on a laptop: the saved camera is a centre and zoom, not a box, so fit to this. */
const FIT = { width: 800, height: 600, padding: 40 };
/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD = 512;

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const rad = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
};
const latitudeOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * The camera (centre and zoom) that shows a municipality's whole extent in the planner, for a map view saved
 * from the locality page, where there is no planner camera to save.
 * @example cameraForArea({ type: 'Polygon', coordinates: [[[13, 57], [14, 57], [14, 58], [13, 57]]] })
 * // { lon: 13.5, lat: ~57.5, zoom: ~7.7 }
 */
export function cameraForArea(area: Area): Camera {
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      if (lon === undefined || lat === undefined) continue;
      const x = mercatorX(lon);
      const y = mercatorY(lat);
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  const span = (pixels: number, fraction: number) =>
    (pixels - 2 * FIT.padding) / (Math.max(fraction, 1e-9) * WORLD);
  const zoom = Math.log2(Math.min(span(FIT.width, maxX - minX), span(FIT.height, maxY - minY)));
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  return {
    lon: round(((minX + maxX) / 2) * 360 - 180, 4),
    lat: round(latitudeOf((minY + maxY) / 2), 4),
    zoom: round(Math.min(14, Math.max(3, zoom)), 2),
  };
}
