import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Overlay } from './types';
import { shownWhileAny } from './global-state';
import { NACE_COLOUR_EXPRESSION, PALETTE } from './palette';
import { IMAGES, MAP_SOURCES } from './sources';

/**
 * Every map layer as data, in drawing order. `overlay` ties a layer to a switch in the layer menu; layers without
 * one are always shown. Components pick layers from here and never build paint expressions inline.
 */
export interface LayerDefinition {
  overlay?: Overlay;
  /** Layers the pointer interacts with. */
  interactive?: 'municipality' | 'firm' | 'cluster';
  /**
   * Added after the first coloured map instead of in the initial style: the worker then tiles only what that
   * first frame needs (the fill and its outline), and context layers follow a moment later.
   */
  deferred?: boolean;
  spec: LayerSpecification;
}

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const isApproximate: ExpressionSpecification = ['==', ['get', 'location'], 'approximate'];
const flowColour: ExpressionSpecification = [
  'match',
  ['get', 'direction'],
  'in',
  PALETTE.flowIn,
  PALETTE.flowOut,
];
/** Square root of persons, so a flow of 10 000 is not 100 times as wide as one of 100. */
const flowWidth: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['sqrt', ['get', 'persons']],
  0,
  1.5,
  10,
  3,
  30,
  7,
  80,
  14,
];

export const LAYERS: readonly LayerDefinition[] = [
  { spec: { id: 'background', type: 'background', paint: { 'background-color': PALETTE.water } } },
  {
    deferred: true,
    spec: {
      id: 'neighbours-fill',
      type: 'fill',
      source: MAP_SOURCES.neighbours,
      // No antialiased outline: with one, tile edges show as lines across the sea. No coastline layer either (the
      // land's own colour sets it off the water): every line layer is drawn again on every frame of a drag.
      paint: { 'fill-color': PALETTE.land, 'fill-antialias': false },
    },
  },
  {
    interactive: 'municipality',
    spec: {
      id: 'municipality-fill',
      type: 'fill',
      source: MAP_SOURCES.municipalities,
      paint: {
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], PALETTE.noData]],
        // The boundaries are the fill's own antialiased outline, not a line layer: a drag redraws every layer on
        // every frame, and the line layer's pass cost about a tenth of a frame in the year-drag bench.
        'fill-outline-color': PALETTE.municipalityOutline,
      },
    },
  },
  {
    deferred: true,
    spec: {
      id: 'municipality-no-data',
      type: 'fill',
      source: MAP_SOURCES.municipalityFlags,
      paint: {
        'fill-pattern': IMAGES.hatch,
        'fill-opacity': ['case', state('noData'), 1, 0],
        'fill-layer-opacity': shownWhileAny('noData'),
      },
    },
  },
  {
    deferred: true,
    overlay: 'counties',
    spec: {
      id: 'county-outline',
      type: 'line',
      source: MAP_SOURCES.counties,
      paint: {
        'line-color': PALETTE.countyOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.6],
        'line-opacity': 0.7,
      },
    },
  },
  {
    deferred: true,
    // A white halo under the selection outline keeps it visible on the darkest fills.
    spec: {
      id: 'municipality-selected-halo',
      type: 'line',
      source: MAP_SOURCES.municipalityFlags,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': '#ffffff',
        'line-width': ['case', state('selected'), 6, 0],
        'line-opacity': ['case', state('selected'), 1, 0],
        'line-layer-opacity': shownWhileAny('selected'),
      },
    },
  },
  {
    deferred: true,
    // Hover and selection share one line layer (state-driven), so the worker builds one set of outlines, not three.
    spec: {
      id: 'municipality-highlight',
      type: 'line',
      source: MAP_SOURCES.municipalityFlags,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.selected,
        'line-width': ['case', state('selected'), 3, state('hover'), 1.5, 0],
        'line-opacity': ['case', ['any', state('selected'), state('hover')], 1, 0],
        'line-layer-opacity': shownWhileAny('selected', 'hover'),
      },
    },
  },
  {
    deferred: true,
    overlay: 'flows',
    spec: {
      id: 'flows-casing',
      type: 'line',
      source: MAP_SOURCES.flows,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': PALETTE.flowCasing,
        'line-width': ['+', flowWidth, 2],
        'line-offset': ['/', flowWidth, 2],
        'line-opacity': 0.9,
      },
    },
  },
  {
    deferred: true,
    overlay: 'flows',
    spec: {
      id: 'flows-line',
      type: 'line',
      source: MAP_SOURCES.flows,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': flowColour, 'line-width': flowWidth, 'line-offset': ['/', flowWidth, 2] },
    },
  },
  {
    deferred: true,
    overlay: 'flows',
    spec: {
      id: 'flows-arrow',
      type: 'symbol',
      source: MAP_SOURCES.flows,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 70,
        'icon-image': ['match', ['get', 'direction'], 'in', IMAGES.arrowIn, IMAGES.arrowOut],
        'icon-size': ['interpolate', ['linear'], ['sqrt', ['get', 'persons']], 0, 0.7, 80, 1.3],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-rotation-alignment': 'map',
      },
    },
  },
  {
    deferred: true,
    overlay: 'firms',
    interactive: 'cluster',
    spec: {
      id: 'firms-cluster',
      type: 'circle',
      source: MAP_SOURCES.firms,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': PALETTE.cluster,
        'circle-opacity': 0.8,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 10, 10, 13, 40, 16],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
  },
  {
    deferred: true,
    overlay: 'firms',
    interactive: 'firm',
    spec: {
      id: 'firms-point',
      type: 'circle',
      source: MAP_SOURCES.firms,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 5, 9, 8],
        'circle-color': ['case', isApproximate, '#ffffff', NACE_COLOUR_EXPRESSION],
        'circle-opacity': ['case', isApproximate, 0.35, 1],
        'circle-stroke-color': ['case', isApproximate, NACE_COLOUR_EXPRESSION, '#1a1a1a'],
        'circle-stroke-width': ['case', isApproximate, 3, 1.2],
      },
    },
  },
];

export const INITIAL_LAYERS = LAYERS.filter((layer) => !layer.deferred);

export function layersFor(overlay: Overlay): string[] {
  return LAYERS.filter((layer) => layer.overlay === overlay).map((layer) => layer.spec.id);
}

export function interactiveLayers(kind: NonNullable<LayerDefinition['interactive']>): string[] {
  return LAYERS.filter((layer) => layer.interactive === kind).map((layer) => layer.spec.id);
}
