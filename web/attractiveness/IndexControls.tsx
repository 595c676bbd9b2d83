import './index-mode.css';
import { useState } from 'react';
import {
  INDEX_AGGREGATIONS,
  INDEX_NORMALISATIONS,
  PERSPECTIVE_IDS,
  type IndexFrameworkResponse,
  type PerspectiveId,
  type WeightSet,
} from '../../data/contract';
import { pillarShares, type IndexSpec } from '../../data/attractiveness/model';
import { useI18n } from '../i18n/use-i18n';
import { indexCsvUrl } from '../data/attractiveness-index';
import { apiParams, perspectiveWeightSet, type IndexViewState } from './index-url-state';
import type { LiveIndex } from './live-index';
import { indexText } from './texts';
import { useFrameCoalesced } from './use-frame-coalesced';

interface Props {
  framework: IndexFrameworkResponse;
  /** The URL's spec; `specOf` resolves the weights a moving slider shows before the URL has them. */
  spec: IndexSpec;
  specOf: (weightSet: WeightSet) => IndexSpec | null;
  /** The kept inputs (each indicator's window and treatment); null while they load. */
  live: LiveIndex | null;
  view: IndexViewState;
  titleOf: (id: string) => string;
  /** `continuous`: a slider is moving (the URL entry is replaced, not added). */
  onChange: (view: IndexViewState, continuous: boolean) => void;
  /** A pointer down on a slider (`true`), or a slider let go (`false`, its last step handed on first). */
  onHold: (holding: boolean) => void;
}

const MAX_WEIGHT = 5;

/** Perspective, a slider per pillar (per indicator when expanded), directions with their reasons, method, CSV. */
export function IndexControls({
  framework,
  spec: urlSpec,
  specOf,
  live,
  view,
  titleOf,
  onChange,
  onHold,
}: Props) {
  const { lang } = useI18n();
  const t = indexText(lang);
  const [open, setOpen] = useState<string | null>(null);
  // A moving slider's weights, shown at once and handed on at most once per animation frame; they stand until
  // the URL's view changes (the weights written on release, or another view).
  const [moving, setMoving] = useState<{ base: WeightSet; weightSet: WeightSet } | null>(null);
  const weights = useFrameCoalesced((weightSet: WeightSet) =>
    onChange({ weightSet, perspective: null }, true),
  );
  const draft = moving?.base === view.weightSet ? moving.weightSet : null;
  const current = draft ?? view.weightSet;
  const spec = (draft && specOf(draft)) ?? urlSpec;
  const setWeightSet = (weightSet: WeightSet, continuous = false) => {
    weights.flush();
    setMoving(null);
    onChange({ weightSet, perspective: null }, continuous);
  };
  const setWeight = (key: string, weight: number) => {
    const next = { ...current, weights: { ...current.weights, [key]: weight } };
    setMoving({ base: view.weightSet, weightSet: next });
    weights.schedule(next);
  };
  const letGo = () => {
    weights.flush();
    onHold(false);
  };
  const release = { onPointerDown: () => onHold(true), onPointerUp: letGo, onKeyUp: letGo, onBlur: letGo };
  const shownWeight = (key: string, weight: number) => draft?.weights[key] ?? weight;
  // A moved weight leaves the perspective it started from, as the URL will say on release.
  const perspectiveId = draft ? null : view.perspective;
  const perspective = framework.perspectives.find((p) => p.id === perspectiveId);
  const params = apiParams(view);
  // Shares follow the spec itself, so the slider's percentage moves with it; windows and treatments do not
  // depend on weights and come from the kept inputs.
  const shares = pillarShares(spec);
  const prepared = live?.covers(spec) ? live.preparedFor(spec) : null;

  return (
    <section className="index-controls" aria-labelledby="index-controls-title">
      <h2 id="index-controls-title" className="section-title">
        {t('title')}
      </h2>
      <label className="field">
        <span>{t('perspective')}</span>
        <select
          value={perspectiveId ?? ''}
          onChange={(event) => {
            const id = PERSPECTIVE_IDS.find((p) => p === event.target.value);
            weights.flush();
            setMoving(null);
            if (id)
              onChange({ weightSet: perspectiveWeightSet(id as PerspectiveId), perspective: id }, false);
            else setWeightSet({ ...current, weights: {} });
          }}
        >
          <option value="">{t('custom')}</option>
          {framework.perspectives.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title[lang]}
            </option>
          ))}
        </select>
      </label>
      {perspective ? <p className="hint">{t('startingPoint')}</p> : null}

      <h3 className="index-controls__heading">{t('pillars')}</h3>
      <ul className="index-pillars">
        {spec.pillars.map((pillar, k) => {
          const share = shares[k] ?? 0;
          const expanded = open === pillar.id;
          return (
            <li key={pillar.id} className="index-pillar">
              <label className="index-slider">
                <span className="index-slider__name">{pillar.title[lang]}</span>
                <input
                  type="range"
                  min={0}
                  max={MAX_WEIGHT}
                  step={0.1}
                  value={shownWeight(pillar.id, pillar.weight)}
                  data-pillar={pillar.id}
                  aria-label={t('weightOf', { name: pillar.title[lang] })}
                  aria-valuetext={`${shownWeight(pillar.id, pillar.weight).toFixed(1)} (${Math.round(share * 100)} %)`}
                  onChange={(event) => setWeight(pillar.id, Number(event.target.value))}
                  {...release}
                />
                <output className="index-slider__share">{Math.round(share * 100)} %</output>
              </label>
              <button
                type="button"
                className="link-button"
                aria-expanded={expanded}
                onClick={() => setOpen(expanded ? null : pillar.id)}
              >
                {t(expanded ? 'hideIndicators' : 'showIndicators', { name: pillar.title[lang] })}
              </button>
              {expanded ? (
                <ul className="index-indicators">
                  {pillar.indicators.map((indicator) => {
                    const info = prepared?.indicators.find((i) => i.spec.id === indicator.id);
                    const name = titleOf(indicator.id);
                    return (
                      <li key={indicator.id} className="index-indicator">
                        <label className="index-slider">
                          <span className="index-slider__name">{name}</span>
                          <input
                            type="range"
                            min={0}
                            max={MAX_WEIGHT}
                            step={0.1}
                            value={shownWeight(indicator.id, indicator.weight)}
                            aria-label={t('weightOf', { name })}
                            onChange={(event) => setWeight(indicator.id, Number(event.target.value))}
                            {...release}
                          />
                        </label>
                        <p className="index-indicator__direction">
                          {t(indicator.direction)}
                          {indicator.flipped ? ` (${t('flipped')})` : ''}
                          {indicator.reason && !indicator.flipped ? ` – ${indicator.reason[lang]}` : ''}
                          {info ? ` · ${t('window', { from: info.window.from, to: info.window.to })}` : ''}
                          {info && info.treatment.choice.kind !== 'none'
                            ? ` · ${t(
                                info.treatment.choice.kind === 'log' ? 'treat_log' : 'treat_winsorised',
                                {
                                  points:
                                    info.treatment.choice.kind === 'winsorised'
                                      ? info.treatment.choice.points
                                      : 0,
                                },
                              )}`
                            : ''}
                        </p>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() =>
                            setWeightSet({
                              ...current,
                              directions: {
                                ...current.directions,
                                [indicator.id]: indicator.direction === 'better' ? 'worse' : 'better',
                              },
                            })
                          }
                        >
                          {t('flip', { name })}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>

      <h3 className="index-controls__heading">{t('method')}</h3>
      <label className="field">
        <span>{t('normalisation')}</span>
        <select
          value={view.weightSet.method.normalisation}
          onChange={(event) => {
            const normalisation = INDEX_NORMALISATIONS.find((n) => n === event.target.value) ?? 'minmax';
            setWeightSet({ ...current, method: { ...current.method, normalisation } });
          }}
        >
          {INDEX_NORMALISATIONS.map((n) => (
            <option key={n} value={n}>
              {t(`norm_${n}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('aggregation')}</span>
        <select
          value={view.weightSet.method.aggregation}
          onChange={(event) => {
            const aggregation = INDEX_AGGREGATIONS.find((a) => a === event.target.value) ?? 'arithmetic';
            setWeightSet({ ...current, method: { ...current.method, aggregation } });
          }}
        >
          {INDEX_AGGREGATIONS.map((a) => (
            <option key={a} value={a}>
              {t(`agg_${a}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="index-controls__actions">
        <button type="button" onClick={() => setWeightSet({ ...current, weights: {}, directions: {} })}>
          {t('reset')}
        </button>
        <a href={indexCsvUrl(params, 'csv')} download>
          {t('download')}
        </a>
        <a href={indexCsvUrl(params, 'csv-sv')} download>
          {t('downloadSv')}
        </a>
      </p>
    </section>
  );
}
