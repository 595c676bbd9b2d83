import { NACE_COLOURS, PALETTE } from '../../map/palette';
import type { LocalityText } from '../texts';

interface MapLegendProps {
  radiusKm: number;
  reachKm: number | null;
  showFlows: boolean;
  t: LocalityText;
}

/** What the mini map's colours mean; the same colours as the map layers (web/map/palette.ts). */
export function MapLegend({ radiusKm, reachKm, showFlows, t }: MapLegendProps) {
  const dot = (colour: string) => (
    <span className="legend-dot" style={{ background: colour }} aria-hidden="true" />
  );
  return (
    <ul className="map-legend">
      <li>
        <span className="legend-area" aria-hidden="true" />
        {t('mapLegendSubject')}
      </li>
      <li>
        <span className="legend-circle" aria-hidden="true" />
        {t('mapLegendCatchment', { radius: radiusKm })}
      </li>
      {reachKm !== null && (
        <li>
          <span className="legend-line" style={{ borderColor: '#D55E00' }} aria-hidden="true" />
          {t('mapLegendReach', { radius: reachKm })}
        </li>
      )}
      <li>
        {dot(NACE_COLOURS['24'])}
        {t('nace24')}
      </li>
      <li>
        {dot(NACE_COLOURS['25'])}
        {t('nace25')}
      </li>
      <li>
        {dot(NACE_COLOURS.other)}
        {t('naceOther')}
      </li>
      <li>
        <span
          className="legend-dot legend-dot-pale"
          style={{ background: NACE_COLOURS['25'] }}
          aria-hidden="true"
        />
        {t('mapLegendApproximate')}
      </li>
      {showFlows && (
        <>
          <li>
            <span className="legend-line" style={{ borderColor: PALETTE.flowIn }} aria-hidden="true" />
            {t('mapLegendFlowIn')}
          </li>
          <li>
            <span className="legend-line" style={{ borderColor: PALETTE.flowOut }} aria-hidden="true" />
            {t('mapLegendFlowOut')}
          </li>
        </>
      )}
    </ul>
  );
}
