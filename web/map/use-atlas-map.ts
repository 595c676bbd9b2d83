import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { MapView } from './types';
import { MAP_SURFACE_CLASS, createAtlasMap, type AtlasMapHandle } from './create-atlas-map';
import { firstMap, releaseFirstMap } from './first-map-handoff';

interface Options {
  municipalitiesUrl: string;
  initialView: MapView | null;
  onViewChange: (view: MapView) => void;
}

/**
 * The planner's map in `container`, handed out once its style has loaded. The map drawn before React loaded
 * (web/first-map) is taken over, surface, camera and colours as they are; otherwise one is created. Later prop
 * changes never recreate it.
 */
export function useAtlasMap(
  container: RefObject<HTMLDivElement | null>,
  options: Options,
): MapLibreMap | null {
  // A first map that has drawn is styled: React's first render already has it (its colours stay as they are).
  const [map, setMap] = useState<MapLibreMap | null>(() =>
    firstMap()?.colouring ? firstMap()!.handle.map : null,
  );
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  // The map this hook holds, kept across an effect that runs again at once (below).
  const held = useRef<{ handle: AtlasMapHandle; leaving: boolean } | null>(null);

  // A layout effect: the first map's surface moves into React's tree in the commit that replaced the first
  // path's empty layout, so no frame is painted without the map.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const kept = held.current;
    let handle: AtlasMapHandle;
    if (kept?.leaving) {
      // The cleanup just before was not an unmount (React's StrictMode runs cleanup and effect again): the same
      // map stays, never a second one in its place.
      kept.leaving = false;
      handle = kept.handle;
    } else {
      const first = firstMap();
      if (first) {
        handle = first.handle;
        element.append(handle.surface);
      } else {
        const surface = document.createElement('div');
        surface.className = MAP_SURFACE_CLASS;
        element.append(surface);
        const { municipalitiesUrl, initialView } = latest.current;
        handle = createAtlasMap(surface, { municipalitiesUrl, initialView });
      }
      held.current = { handle, leaving: false };
    }
    handle.onViewChange = (view) => latest.current.onViewChange(view);
    handle.fitInto(element.parentElement);
    let removed = false;
    void handle.styled.then(() => {
      if (!removed) setMap(handle.map);
    });
    return () => {
      removed = true;
      const leaving = held.current;
      if (!leaving) return;
      leaving.leaving = true;
      // Removed once the current task is over, unless the effect came back for it.
      queueMicrotask(() => {
        if (!leaving.leaving || held.current !== leaving) return;
        held.current = null;
        releaseFirstMap(leaving.handle);
        leaving.handle.remove();
        leaving.handle.surface.remove();
        setMap(null);
      });
    };
  }, [container]);

  return map;
}
