import { z } from 'zod';
import { IndicatorLinkRequest, SavedMapView } from '../../data/contract';
import type { Lang } from './format';
import type { HeldWorkshop } from './held-workshops';

/**
 * Links between the pages that carry evidence into a workshop: "add to workshop" from the locality page or the
 * planner opens the workshop's entry form pre-filled (`?add=indicator:municipality&mapView=<json>`), and a card's
 * saved map view opens the planner in that state (the planner's own URL parameters, see web/planner/url-state).
 */
export interface EvidencePrefill {
  link: IndicatorLinkRequest | null;
  mapView: SavedMapView | null;
}

export function addToWorkshopHref(held: HeldWorkshop, prefill: EvidencePrefill, lang: Lang): string {
  const params = new URLSearchParams();
  if (prefill.link) params.set('add', `${prefill.link.indicatorId}:${prefill.link.municipality}`);
  if (prefill.mapView) params.set('mapView', JSON.stringify(prefill.mapView));
  if (lang === 'en') params.set('lang', 'en');
  const secret = held.role === 'facilitator' ? `edit=${held.secret}` : `join=${held.secret}`;
  return `/workshop/${held.id}?${params.toString()}#${secret}`;
}

const AddParam = z
  .string()
  .transform((raw) => raw.split(':'))
  .pipe(z.tuple([z.string(), z.string()]))
  .transform(([indicatorId, municipality]) => ({ indicatorId, municipality }))
  .pipe(IndicatorLinkRequest);

/** What the workshop page was asked to pre-fill; anything malformed is left out (the server checks the rest). */
export function prefillFrom(search: string): EvidencePrefill {
  const params = new URLSearchParams(search);
  const add = params.get('add');
  const view = params.get('mapView');
  const link = add === null ? null : (AddParam.safeParse(add).data ?? null);
  let mapView: SavedMapView | null = null;
  try {
    mapView = view === null ? null : (SavedMapView.safeParse(JSON.parse(view)).data ?? null);
  } catch {
    mapView = null;
  }
  return { link, mapView };
}

/** The planner (`/`) in a saved view: indicator, year, sex view, overlays, selection and camera. */
export function plannerHref(view: SavedMapView, lang: Lang): string {
  const params = new URLSearchParams({ indicator: view.indicatorId, year: String(view.year) });
  if (view.sex !== 'total') params.set('sex', view.sex);
  if (view.selected) params.set('sel', view.selected);
  params.set('layers', view.layers.join(',') || 'none');
  if (view.camera) {
    const { lon, lat, zoom } = view.camera;
    params.set('view', `${lon.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`);
  }
  if (lang === 'en') params.set('lang', 'en');
  return `/?${params.toString().replaceAll('%2C', ',')}`;
}
