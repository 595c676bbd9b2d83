import './index-mode.css';
import { useState } from 'react';
import {
  INDEX_AGGREGATIONS,
  INDEX_NORMALISATIONS,
  PERSPECTIVE_IDS,
  type IndexFrameworkResponse,
  type IndexResult,
  type PerspectiveId,
  type WeightSet,
} from '../../../data/contract';
import type { IndexSpec } from '../../../data/attractiveness/model';
import { useI18n } from '../../i18n/use-i18n';
import { indexCsvUrl } from '../../data/attractiveness-index';
import { apiParams, perspectiveWeightSet, type IndexViewState } from './index-url-state';
import { indexText } from './texts';

interface Props {
  framework: IndexFrameworkResponse;
  spec: IndexSpec;
  result: IndexResult | null;
  view: IndexViewState;
  titleOf: (id: string) => string;
  /** `continuous`: a slider is moving (the URL entry is replaced, not added). */
  onChange: (view: IndexViewState, continuous: boolean) => void;
}

const MAX_WEIGHT = 5;

/** Perspective, a slider per pillar (per indicator when expanded), directions with their reasons, method, CSV. */
export function IndexControls({ framework, spec, result, view, titleOf, onChange }: Props) {
  const { lang } = useI18n();
  const t = indexText(lang);
  const [open, setOpen] = useState<string | null>(null);
  const setWeightSet = (weightSet: WeightSet, continuous = false) =>
    onChange({ weightSet, perspective: null }, continuous);
  const setWeight = (key: string, weight: number) =>
    setWeightSet({ ...view.weightSet, weights: { ...view.weightSet.weights, [key]: weight } }, true);
  const perspective = framework.perspectives.find((p) => p.id === view.perspective);
  const params = apiParams(view);

  return (
    <section className="index-controls" aria-labelledby="index-controls-title">
      <h2 id="index-controls-title" className="section-title">
        {t('title')}
      </h2>
      <label className="field">
        <span>{t('perspective')}</span>
        <select
          value={view.perspective ?? ''}
          onChange={(event) => {
            const id = PERSPECTIVE_IDS.find((p) => p === event.target.value);
            if (id)
              onChange({ weightSet: perspectiveWeightSet(id as PerspectiveId), perspective: id }, false);
            else setWeightSet({ ...view.weightSet, weights: {} });
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
        {spec.pillars.map((pillar) => {
          const share = result?.pillars.find((p) => p.id === pillar.id)?.weight ?? 0;
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
                  value={pillar.weight}
                  data-pillar={pillar.id}
                  aria-label={t('weightOf', { name: pillar.title[lang] })}
                  aria-valuetext={`${pillar.weight.toFixed(1)} (${Math.round(share * 100)} %)`}
                  onChange={(event) => setWeight(pillar.id, Number(event.target.value))}
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
                    const info = result?.indicators.find((i) => i.id === indicator.id);
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
                            value={indicator.weight}
                            aria-label={t('weightOf', { name })}
                            onChange={(event) => setWeight(indicator.id, Number(event.target.value))}
                          />
                        </label>
                        <p className="index-indicator__direction">
                          {t(indicator.direction)}
                          {indicator.flipped ? ` (${t('flipped')})` : ''}
                          {indicator.reason && !indicator.flipped ? ` – ${indicator.reason[lang]}` : ''}
                          {info ? ` · ${t('window', { from: info.from, to: info.to })}` : ''}
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
                              ...view.weightSet,
                              directions: {
                                ...view.weightSet.directions,
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
            setWeightSet({ ...view.weightSet, method: { ...view.weightSet.method, normalisation } });
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
            setWeightSet({ ...view.weightSet, method: { ...view.weightSet.method, aggregation } });
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
        <button
          type="button"
          onClick={() => setWeightSet({ ...view.weightSet, weights: {}, directions: {} })}
        >
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
