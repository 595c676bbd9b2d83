import { useState } from 'react';
import type { IndicatorLinkRequest, SavedMapView } from '../../data/contract';
import { useMunicipalityNames } from '../data/workshop-queries';
import { prefillFrom } from '../lib/evidence-links';
import { evidenceText } from '../lib/evidence-texts';
import type { Lang } from '../lib/format';
import { useLocation } from '../router/location-store';

/**
 * What "add to workshop" (locality page, planner) asked a form to carry: the indicator link and the map view, read
 * once from the URL; `attachView` is the writer's choice. Both forms (the facilitator's and the phone's) use it.
 */
export function useEvidencePrefill() {
  const { search } = useLocation();
  const [prefill] = useState(() => prefillFrom(search));
  const [link, setLink] = useState<IndicatorLinkRequest | null>(prefill.link);
  const [attachView, setAttachView] = useState(prefill.mapView !== null);
  return {
    link,
    mapView: prefill.mapView,
    attachView,
    setAttachView,
    /** The links and map view to send with the next entry. */
    toSend: (): { links: IndicatorLinkRequest[]; mapView: SavedMapView | null } => ({
      links: link ? [link] : [],
      mapView: attachView ? prefill.mapView : null,
    }),
    /** Once sent, the next entry carries none of it. */
    clear: () => {
      setLink(null);
      setAttachView(false);
    },
  };
}

export type EvidencePrefillState = ReturnType<typeof useEvidencePrefill>;

/** The pre-filled link ("Linked: …") and the choice to attach the map view, in the page's language. */
export function PrefilledEvidence({
  prefill,
  showLink = true,
  lang,
}: {
  prefill: EvidencePrefillState;
  /** False while the writer has picked another link in the form. */
  showLink?: boolean;
  lang: Lang;
}) {
  const names = useMunicipalityNames().data;
  const e = evidenceText(lang);
  const { link, mapView } = prefill;
  return (
    <>
      {link && showLink ? (
        <p className="link-preview" data-testid="prefilled-link">
          {e('prefilledLink', {
            indicator: link.indicatorId,
            municipality: names?.get(link.municipality) ?? link.municipality,
          })}
        </p>
      ) : null}
      {mapView ? (
        <label className="field inline prefilled-map-view">
          <input
            type="checkbox"
            name="attachMapView"
            checked={prefill.attachView}
            onChange={(event) => prefill.setAttachView(event.target.checked)}
          />
          <span>{e('attachMapView', { indicator: mapView.indicatorId, year: mapView.year })}</span>
        </label>
      ) : null}
    </>
  );
}
