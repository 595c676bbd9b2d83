import { MAP_SURFACE_CLASS } from '../map/create-atlas-map';

/**
 * The planner's layout with nothing in it yet, drawn before React loads so the first map sits exactly where
 * React's planner will put it: the same elements and classes, so the same CSS (web/styles). React's first commit
 * replaces it, and `useAtlasMap` moves the map's surface into React's own `.atlas-map__canvas` in that commit.
 * Its only text is the coverage line under the map (coverage-line-dom.ts), which sets where Sweden is fitted; the
 * header, controls, legend and panel come with React.
 */
export function plannerShell(
  root: HTMLElement,
  table: boolean,
): { surface: HTMLElement; visible: HTMLElement; footer: HTMLElement } {
  root.innerHTML =
    '<div class="app app--planner" aria-busy="true"><header class="app-header"></header>' +
    `<div class="${table ? 'planner planner--table' : 'planner'}"><aside class="controls"></aside>` +
    '<main class="map-area"><div class="atlas-map"><div class="atlas-map__canvas"></div></div>' +
    '<footer class="coverage"></footer></main><aside class="panel"></aside></div></div>';
  const box = root.querySelector<HTMLElement>('.atlas-map__canvas')!;
  const surface = document.createElement('div');
  surface.className = MAP_SURFACE_CLASS;
  box.append(surface);
  return { surface, visible: box.parentElement!, footer: root.querySelector<HTMLElement>('.coverage')! };
}
