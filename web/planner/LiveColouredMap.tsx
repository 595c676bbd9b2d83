import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { LiveColouring, LiveColouringFrame } from '../lib/live-colouring';
import { AtlasMap, type AtlasMapProps } from '../map/AtlasMap';

const NONE = () => () => {};
const NOTHING = () => null;

/**
 * The planner's map, with a moving index weight's colouring (`indexLive`) drawn ahead of the page: a frame re-renders this
 * component and the map, not the page around them. The page hears only of its own colourings drawn (`onDrawn` for
 * `fillKey`), never of a frame's, so a frame starts no page render either.
 */
export function LiveColouredMap({
  indexLive: live,
  ...props
}: AtlasMapProps & { indexLive: LiveColouring | null }) {
  const frame: LiveColouringFrame | null = useSyncExternalStore(
    live?.subscribe ?? NONE,
    live?.get ?? NOTHING,
    live?.get ?? NOTHING,
  );
  const pageKey = useRef(props.fillKey);
  const onDrawn = useRef(props.onDrawn);
  useEffect(() => {
    pageKey.current = props.fillKey;
    onDrawn.current = props.onDrawn;
  });
  const onPageDrawn = useCallback((key: string) => {
    if (key === pageKey.current) onDrawn.current(key);
  }, []);
  return (
    <AtlasMap
      {...props}
      fills={frame?.fills ?? props.fills}
      fillKey={frame?.key ?? props.fillKey}
      onDrawn={onPageDrawn}
    />
  );
}
