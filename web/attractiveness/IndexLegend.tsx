import { useSyncExternalStore } from 'react';
import { formatNumber } from '../lib/format';
import type { Legend } from '../lib/legend';
import type { LiveColouring } from '../lib/live-colouring';
import { useI18n } from '../i18n/use-i18n';
import { indexText } from './texts';

/**
 * The index ramp with its ends, the no-data count, and what a high index means: for the colouring on the map, a
 * moving slider's (`live`) before the page's own.
 */
export function IndexLegend({ legend: pageLegend, live }: { legend: Legend; live: LiveColouring }) {
  const frame = useSyncExternalStore(live.subscribe, live.get, live.get);
  const legend = frame?.legend ?? pageLegend;
  const { lang } = useI18n();
  const t = indexText(lang);
  return (
    <section className="legend" aria-labelledby="index-legend-title" data-testid="index-legend">
      <h2 id="index-legend-title" className="legend__title">
        <span className="section-title">{t('legendTitle')}</span>
      </h2>
      {legend.gradient ? (
        <div className="legend__gradient">
          <span
            className="legend__ramp"
            style={{ background: `linear-gradient(to right, ${legend.gradient.stops.join(', ')})` }}
            aria-hidden="true"
          />
          <span className="legend__ends">
            <span>{formatNumber(legend.gradient.from, lang, 1)}</span>
            <span>{formatNumber(legend.gradient.to, lang, 1)}</span>
          </span>
        </div>
      ) : null}
      <p className="hint">{t('legendNote')}</p>
    </section>
  );
}
