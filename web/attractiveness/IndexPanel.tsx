import type { IndexViewState } from './index-url-state';
import { useDeferredValue } from 'react';
import { useIndexResult, type IndexModel } from './use-index-model';
import type { MunicipalityAreas } from '../data/geometry-queries';
import { useI18n } from '../i18n/use-i18n';
import { IndexDetails } from './IndexDetails';
import { IndexRanking } from './IndexRanking';
import { PerspectiveCompare } from './PerspectiveCompare';
import { WhatIf } from './WhatIf';
import { IndexErrorLine } from './IndexErrorLine';
import { indexText } from './texts';

interface Props {
  model: IndexModel;
  view: IndexViewState;
  table: boolean;
  selected: string | null;
  nameOf: ReadonlyMap<string, string>;
  areas: MunicipalityAreas | undefined;
  titleOf: (id: string) => string;
  onSelect: (code: string | null) => void;
}

/**
 * The side panel in index mode: the ranking table, or the selected municipality's details and comparison. All of
 * it follows a moving slider deferred (the map follows at once): 290 rows are never re-rendered per frame.
 */
export function IndexPanel({ model, view, table, selected, nameOf, areas, titleOf, onSelect }: Props) {
  const { lang } = useI18n();
  const t = indexText(lang);
  const { result, spec } = useIndexResult(model);
  const weightSet = useDeferredValue(view.weightSet);
  const { robustness, inputs, framework } = model;
  if (!result || !spec || !inputs || !framework)
    return <p className="hint">{model.error ? <IndexErrorLine error={model.error} lang={lang} /> : '…'}</p>;
  if (table) {
    return (
      <IndexRanking
        result={result}
        robustness={robustness.result}
        pending={robustness.pending}
        nameOf={nameOf}
        selected={selected}
        onSelect={onSelect}
      />
    );
  }
  if (!selected) return <p className="hint panel__empty">{t('selectHint')}</p>;
  const name = nameOf.get(selected) ?? selected;
  return (
    <div className="index-panel">
      <button type="button" className="link-button" onClick={() => onSelect(null)}>
        {t('clear')}
      </button>
      <IndexDetails
        code={selected}
        name={name}
        result={result}
        interval={robustness.result?.intervals[selected] ?? null}
        titleOf={titleOf}
      />
      {robustness.pending ? <p className="hint">{t('computing')}</p> : null}
      <WhatIf key={selected} code={selected} spec={spec} inputs={inputs} result={result} titleOf={titleOf} />
      <PerspectiveCompare
        code={selected}
        name={name}
        framework={framework}
        weightSet={weightSet}
        inputs={inputs}
        areas={areas}
      />
    </div>
  );
}
