import type { Map as MapLibreMap } from 'maplibre-gl';
import { arrowHead, hatchPattern } from './images';
import { PALETTE } from './palette';
import { IMAGES } from './sources';

export function registerImages(map: MapLibreMap): void {
  if (!map.hasImage(IMAGES.hatch)) map.addImage(IMAGES.hatch, hatchPattern(PALETTE.hatch), { pixelRatio: 2 });
  if (!map.hasImage(IMAGES.arrowIn))
    map.addImage(IMAGES.arrowIn, arrowHead(PALETTE.flowIn), { pixelRatio: 2 });
  if (!map.hasImage(IMAGES.arrowOut))
    map.addImage(IMAGES.arrowOut, arrowHead(PALETTE.flowOut), { pixelRatio: 2 });
}
