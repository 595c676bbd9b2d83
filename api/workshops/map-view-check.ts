import type { SavedMapView } from '../../data/contract';
import type { WorkshopBuildView } from './indicator-readings';
import { invalidField } from './workshop-errors';

/**
 * A saved map view must open in this atlas: its indicator and year exist in the current build (Kolada series
 * loaded first by the caller), a sex view only where the indicator is split by sex, a selected municipality is one.
 * 400 naming `mapView.<field>` otherwise.
 */
export function checkMapView(build: WorkshopBuildView, view: SavedMapView): SavedMapView {
  const indicator = build.indicatorById.get(view.indicatorId);
  if (!indicator) throw invalidField('mapView.indicatorId', `unknown indicator ${view.indicatorId}`);
  if (!build.seriesByIndicator.get(view.indicatorId)?.has(view.year)) {
    throw invalidField('mapView.year', `the atlas has no ${view.year} values of ${view.indicatorId}`);
  }
  if (view.sex !== 'total' && !indicator.bySex) {
    throw invalidField('mapView.sex', `${view.indicatorId} is not published by sex`);
  }
  if (view.selected !== null && !build.municipalityByCode.has(view.selected)) {
    throw invalidField('mapView.selected', `${view.selected} is not a municipality code`);
  }
  return view;
}
