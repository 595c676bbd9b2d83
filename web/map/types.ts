import type { FirmSiteProperties } from '../../data/contract';

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
