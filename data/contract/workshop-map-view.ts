import { z } from 'zod';
import { IndicatorId, MunicipalityCode, Year } from './codes';
import { SexView } from './api-params';

/** The overlays the planner map can draw above the choropleth (web/map draws them, in this order). */
export const MapOverlay = z.enum(['counties', 'firms', 'flows']);
export type MapOverlay = z.infer<typeof MapOverlay>;

/**
 * A planner map view saved with a workshop entry, so the card can open the planner as the group saw it: the
 * indicator, the year shown, Kolada's sex view, the camera (centre and zoom; null = the whole country), the
 * overlays and the selected municipality. The server checks indicator and year against its build.
 */
export const SavedMapView = z
  .object({
    indicatorId: IndicatorId,
    year: Year,
    sex: SexView,
    camera: z
      .object({
        lon: z.number().min(-180).max(180),
        lat: z.number().min(-85).max(85),
        zoom: z.number().min(0).max(22),
      })
      .nullable(),
    layers: z.array(MapOverlay).max(MapOverlay.options.length),
    selected: MunicipalityCode.nullable(),
  })
  .meta({ id: 'WorkshopSavedMapView' });
export type SavedMapView = z.infer<typeof SavedMapView>;
