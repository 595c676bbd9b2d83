import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { MunicipalityProperties } from '../../data/contract';
import type { AtlasBuild } from '../build/atlas-build';

type Box = [number, number, number, number];
const boxes = new WeakMap<AtlasBuild, { code: string; box: Box }[]>();

function municipalityBoxes(build: AtlasBuild) {
  let list = boxes.get(build);
  if (!list) {
    list = build.municipalities.features.map((f) => ({ code: f.properties.code, box: bbox(f) as Box }));
    boxes.set(build, list);
  }
  return list;
}

/** The municipality whose polygon contains the point (bounding boxes first, then the polygon); null at sea. */
export function municipalityAt(build: AtlasBuild, lon: number, lat: number): MunicipalityProperties | null {
  for (const { code, box } of municipalityBoxes(build)) {
    if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
    const feature = build.municipalityFeatureByCode.get(code)!;
    if (booleanPointInPolygon([lon, lat], feature.geometry)) return feature.properties;
  }
  return null;
}
