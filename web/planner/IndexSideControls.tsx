import { Suspense } from 'react';
import { IndexErrorLine } from '../attractiveness/IndexErrorLine';
import { useI18n } from '../i18n/use-i18n';
import { IndexControls, IndexLegend, SaveWeightsForm } from './lazy-panels';
import type { usePlannerIndex } from './use-planner-index';

type PlannerIndex = ReturnType<typeof usePlannerIndex>;

interface Props extends Pick<PlannerIndex, 'index' | 'indexView' | 'titleOf' | 'onIndexView' | 'live'> {
  /** A weight slider held or released: the page's drag and the index both hear of it. */
  onHold: (holding: boolean) => void;
}

/** The planner's side panel in index mode: the weights, the index legend and saved weight sets. */
export function IndexSideControls({ index, indexView, titleOf, onIndexView, live, onHold }: Props) {
  const { lang, t } = useI18n();
  if (!index.framework || !index.spec) {
    return (
      <p className="hint">
        {index.error ? <IndexErrorLine error={index.error} lang={lang} /> : t('loading')}
      </p>
    );
  }
  return (
    <Suspense fallback={<p className="hint">{t('loading')}</p>}>
      <IndexControls
        framework={index.framework}
        spec={index.spec}
        specOf={index.specOf}
        live={index.live}
        view={indexView}
        titleOf={titleOf}
        onChange={onIndexView}
        onHold={onHold}
      />
      {index.colours ? <IndexLegend legend={index.colours.legend} live={live} /> : null}
      <SaveWeightsForm
        weightSet={indexView.weightSet}
        buildId={index.inputs?.buildId ?? null}
        onLoad={(weightSet) => onIndexView({ weightSet, perspective: null }, false)}
        lang={lang}
      />
    </Suspense>
  );
}
