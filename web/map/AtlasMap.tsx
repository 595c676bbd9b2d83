import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { FirmSiteProperties } from '../../data/contract';
import type { MapView, Overlay } from './types';
import { attachClusterLabels } from './cluster-labels';
import { addDeferredLayers } from './deferred-layers';
import type { ColouringChannel } from './colouring-channel';
import { setFlag } from './feature-state';
import { colourerFor, type MapColourer } from './map-colourer';
import { layersFor } from './layers';
import { firstMap } from './first-map-handoff';
import { ColouringTimeline, announceTestReady, markOverlaysDrawn } from './map-timing';
import { MapPopup } from './MapPopup';
import { EMPTY_COLLECTION, MAP_SOURCES } from './sources';
import { setSourceData } from './source-data';
import { attachPointer } from './pointer';
import type { FirmPopupState, FlowLineCollection, MunicipalityHover } from './types';
import { useAtlasMap } from './use-atlas-map';

export interface AtlasMapProps {
  municipalitiesUrl: string;
  /** Context drawn once the choropleth is on screen (fetched by MapLibre's worker). */
  countiesUrl: string;
  /** Neighbouring countries, cut to the map's extent by the ingest: context, fetched like the counties. */
  neighboursUrl: string;
  codes: readonly string[];
  fills: ReadonlyMap<string, string>;
  /** Identity of the current colouring; the map reports it back as `data-fill-key` once drawn. */
  fillKey: string;
  selected: string | null;
  overlays: readonly Overlay[];
  firms: GeoJSON.FeatureCollection | undefined;
  flows: FlowLineCollection | undefined;
  initialView: MapView | null;
  label: string;
  popupLabel: string;
  clusterLabel: (count: number) => string;
  onHover: (hover: MunicipalityHover | null) => void;
  onSelect: (code: string | null) => void;
  onViewChange: (view: MapView) => void;
  /** Called with its key each time a colouring is on screen (the first call: the first coloured map). */
  onDrawn: (fillKey: string) => void;
  /** A pointer holds the control that moves the colouring (a slider): its frames are timed as one drag. */
  held?: boolean;
  /** Colourings of a drag's frames, set as they come without a render; the release renders the last one. */
  live?: ColouringChannel;
  renderFirm: (firm: FirmSiteProperties) => ReactNode;
  children?: ReactNode;
}

export function AtlasMap(props: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useAtlasMap(container, {
    municipalitiesUrl: props.municipalitiesUrl,
    initialView: props.initialView,
    onViewChange: props.onViewChange,
  });
  const [popup, setPopup] = useState<FirmPopupState | null>(null);
  // The map drawn before React loaded comes with its colours on screen.
  const [first] = useState(() => firstMap()?.colouring ?? null);
  const [drawnKey, setDrawnKey] = useState<string | null>(first?.key ?? null);
  const handlers = useRef(props);
  const [timeline] = useState(() => new ColouringTimeline());
  // What the map holds: the next colouring, from a render or a drag frame, sets only what changes.
  const colourer = useRef<MapColourer | null>(null);
  // The first map's colouring while React has not coloured the map itself: its draw was told already.
  const adoptedKey = useRef<string | null>(null);
  useEffect(() => {
    handlers.current = props;
  });
  // Taking the first map over: the same colouring (the same answers, the same model) is already drawn, so it is
  // adopted, not set again, and the page hears of it before its first paint (its legend and title come with it).
  const adopting = useRef(first);
  useLayoutEffect(() => {
    const adopted = adopting.current;
    if (!adopted || !map) return;
    adopting.current = null;
    if (props.fillKey !== adopted.key) return;
    colourerFor(colourer, map, timeline).adopt({ key: adopted.key, codes: props.codes, fills: props.fills });
    adoptedKey.current = adopted.key;
    handlers.current.onDrawn(adopted.key);
    announceTestReady();
  }, [map, timeline, props.fillKey, props.codes, props.fills]);
  // Counties, neighbouring countries and the flags' copy of the municipalities are context, not content: fetched
  // once the choropleth is on screen.
  const drawn = drawnKey !== null;

  useEffect(() => {
    if (!map || !drawn) return;
    addDeferredLayers(map);
    map.once('idle', markOverlaysDrawn);
  }, [map, drawn, timeline]);
  useEffect(() => {
    if (drawn && map) setSourceData(map, MAP_SOURCES.municipalityFlags, props.municipalitiesUrl);
  }, [map, drawn, props.municipalitiesUrl]);
  useEffect(() => {
    if (drawn && map) setSourceData(map, MAP_SOURCES.counties, props.countiesUrl);
  }, [map, drawn, props.countiesUrl]);
  useEffect(() => {
    if (drawn && map) setSourceData(map, MAP_SOURCES.neighbours, props.neighboursUrl);
  }, [map, drawn, props.neighboursUrl]);

  useEffect(() => {
    if (!map || props.codes.length === 0) return;
    const key = props.fillKey;
    const handedOver = colourerFor(colourer, map, timeline).apply({
      key,
      codes: props.codes,
      fills: props.fills,
    });
    if (!handedOver && adoptedKey.current === key) return;
    adoptedKey.current = null;
    let cancelled = false;
    map.once('idle', () => {
      if (cancelled) return;
      setDrawnKey(key);
      handlers.current.onDrawn(key);
    });
    map.triggerRepaint();
    return () => {
      cancelled = true;
    };
  }, [map, timeline, props.codes, props.fills, props.fillKey]);
  const held = props.held ?? false;
  useEffect(() => timeline.hold(held), [timeline, held]);
  useEffect(() => {
    if (!map || !props.live) return;
    const to = colourerFor(colourer, map, timeline);
    return props.live.subscribe((colouring) => to.applyLive(colouring));
  }, [map, timeline, props.live]);

  useEffect(() => {
    if (!map) return;
    setFlag(map, props.selected, 'selected', true);
    return () => setFlag(map, props.selected, 'selected', false);
  }, [map, props.selected]);

  useEffect(() => {
    if (!map) return;
    for (const overlay of ['counties', 'firms', 'flows'] as const) {
      const visibility = props.overlays.includes(overlay) ? 'visible' : 'none';
      for (const id of layersFor(overlay)) {
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility);
      }
    }
  }, [map, props.overlays, drawn]);

  useEffect(() => {
    if (drawn && map) setSourceData(map, MAP_SOURCES.firms, props.firms ?? EMPTY_COLLECTION);
  }, [map, drawn, props.firms]);
  useEffect(() => {
    if (map) setSourceData(map, MAP_SOURCES.flows, props.flows ?? EMPTY_COLLECTION);
  }, [map, props.flows]);

  useEffect(() => {
    if (!map) return;
    const detachLabels = attachClusterLabels(map, (count) => handlers.current.clusterLabel(count));
    const detachPointer = attachPointer(map, {
      hover: (hover) => handlers.current.onHover(hover),
      select: (code) => handlers.current.onSelect(code),
      firm: setPopup,
    });
    return () => {
      detachLabels();
      detachPointer();
    };
  }, [map]);

  const showPopup = popup && map && props.overlays.includes('firms');
  return (
    <div className="atlas-map" data-map-ready={drawnKey ? 'true' : 'false'} data-fill-key={drawnKey ?? ''}>
      <div ref={container} className="atlas-map__canvas" role="region" aria-label={props.label} />
      {showPopup ? (
        <MapPopup map={map} lngLat={popup.lngLat} label={props.popupLabel} onClose={() => setPopup(null)}>
          {props.renderFirm(popup.firm)}
        </MapPopup>
      ) : null}
      {props.children}
    </div>
  );
}
