import type { Map as MapLibreMap } from 'maplibre-gl';

/** The hatch over municipalities without data (registry: web/map/layers.ts). */
export const NO_DATA_LAYER = 'municipality-no-data';

/**
 * Draws the hatch layer only while some municipality lacks data. Its opacity is feature-state (0 where there is
 * data), so a shown layer rasterises every municipality's pattern in every frame, hatched or not: with full
 * coverage (most indicators, and the index) that is a whole country of invisible pixels per drag frame. Hidden,
 * it costs nothing; the flags keep saying exactly where the hatch shows once any value is missing. Visibility
 * changes re-tile the flags source, so it is set only when it flips (an indicator switch, not a drag frame).
 */
export function showNoDataHatch(map: MapLibreMap, anyMissing: boolean): void {
  if (!map.getLayer(NO_DATA_LAYER)) return;
  const visibility = anyMissing ? 'visible' : 'none';
  if ((map.getLayoutProperty(NO_DATA_LAYER, 'visibility') ?? 'visible') !== visibility)
    map.setLayoutProperty(NO_DATA_LAYER, 'visibility', visibility);
}
