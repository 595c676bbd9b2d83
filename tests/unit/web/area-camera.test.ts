import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MunicipalityCollection } from '../../../data/contract';
import { cameraForArea } from '../../../web/lib/area-camera';
import { TEST_BUILD_DIR } from '../../support/paths';

const municipalities = JSON.parse(
  readFileSync(path.join(TEST_BUILD_DIR, 'municipalities.geojson'), 'utf8'),
) as MunicipalityCollection;
const area = (code: string) => {
  const feature = municipalities.features.find((f) => f.properties.code === code);
  if (!feature) throw new Error(`no municipality ${code} in the build`);
  return feature;
};

/** Width and height in pixels of the area's bounding box at a zoom (MapLibre: 512 px world at zoom 0). */
function pixelSize(code: string, zoom: number): { width: number; height: number } {
  const { geometry } = area(code);
  const points = (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()).flat();
  const x = points.map(([lon]) => (lon + 180) / 360);
  const y = points.map(([, lat]) => {
    const rad = (lat * Math.PI) / 180;
    return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
  });
  const world = 512 * 2 ** zoom;
  return {
    width: (Math.max(...x) - Math.min(...x)) * world,
    height: (Math.max(...y) - Math.min(...y)) * world,
  };
}

describe('the camera that shows a municipality whole (a map view saved from the locality page)', () => {
  it.each([
    ['0617', 'Gnosjö, small'],
    ['2584', 'Kiruna, the largest'],
    ['0180', 'Stockholm'],
  ])('fits %s (%s) into an 800 x 600 map, and one zoom level closer would not', (code) => {
    const camera = cameraForArea(area(code).geometry);
    const fits = pixelSize(code, camera.zoom);
    expect(fits.width).toBeLessThanOrEqual(800);
    expect(fits.height).toBeLessThanOrEqual(600);
    const closer = pixelSize(code, camera.zoom + 1);
    expect(closer.width > 720 || closer.height > 520).toBe(true);
  });

  it("centres on the middle of Gnosjö's extent, which holds its interior point", () => {
    const gnosjo = area('0617');
    const camera = cameraForArea(gnosjo.geometry);
    const [lon, lat] = gnosjo.properties.interiorPoint;
    expect(Math.abs(camera.lon - lon)).toBeLessThan(0.3);
    expect(Math.abs(camera.lat - lat)).toBeLessThan(0.2);
    expect(camera.zoom).toBeGreaterThan(7);
    expect(camera.zoom).toBeLessThan(11);
  });
});
