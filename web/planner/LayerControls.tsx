import { Fragment } from 'react';
import { NACE_COLOURS } from '../map/palette';
import { NACE_FILTERS, OVERLAYS, type NaceFilter, type Overlay } from './url-state';
import { useI18n } from '../i18n/use-i18n';

interface Props {
  overlays: Overlay[];
  nace: NaceFilter[];
  onOverlays: (overlays: Overlay[]) => void;
  onNace: (nace: NaceFilter[]) => void;
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

/** Overlay switches and the NACE filter for firm sites, with the point legend next to the filter. */
export function LayerControls({ overlays, nace, onOverlays, onNace }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset">
      <legend className="section-title">{t('layers')}</legend>
      {OVERLAYS.map((overlay) => (
        // The firm-type filters sit right under "Metal firms", the layer they filter, not after the last layer.
        <Fragment key={overlay}>
          <label className="check">
            <input
              type="checkbox"
              checked={overlays.includes(overlay)}
              onChange={(event) => onOverlays(toggled(overlays, overlay, event.target.checked))}
            />
            {t(`layer_${overlay}`)}
          </label>
          {overlay === 'firms' && overlays.includes('firms') ? (
            <div className="subfield" role="group" aria-label={t('layer_firms')} data-testid="nace-filters">
              {NACE_FILTERS.map((group) => (
                <label key={group} className="check">
                  <input
                    type="checkbox"
                    checked={nace.includes(group)}
                    onChange={(event) => onNace(toggled(nace, group, event.target.checked))}
                  />
                  <span className="dot" style={{ background: NACE_COLOURS[group] }} aria-hidden="true" />
                  {t(`nace_${group}`)}
                </label>
              ))}
              <p className="hint hint--with-icon">
                <span className="dot dot--ring" aria-hidden="true" />
                {t('firmsHint')}
              </p>
            </div>
          ) : null}
        </Fragment>
      ))}
    </fieldset>
  );
}
