import type { FirmSiteProperties } from '../../data/contract';

/** The overlays the map can draw above the choropleth. */
export const OVERLAYS = ['counties', 'firms', 'flows'] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** A camera position, as a shared link stores it. */
export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

export interface MunicipalityHover {
  code: string;
  name: string;
  /** Pointer position inside the map container, in CSS pixels. */
  x: number;
  y: number;
}

export interface FirmPopupState {
  firm: FirmSiteProperties;
  lngLat: [number, number];
}

/** Flow lines as the map draws them: direction is relative to the selected municipality. */
export interface FlowLineProperties {
  direction: 'in' | 'out';
  persons: number;
  origin: string;
  destination: string;
}
export type FlowLineCollection = GeoJSON.FeatureCollection<GeoJSON.LineString, FlowLineProperties>;
