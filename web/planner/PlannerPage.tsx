import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { MapView } from './url-state';
import { formatNumber } from '../lib/format';
import type { MunicipalityHover } from '../map/types';
import { useI18n } from '../i18n/use-i18n';
import { ModeSwitch } from '../attractiveness/ModeSwitch';
import { indexText } from '../attractiveness/texts';
import { usePlannerIndex } from './use-planner-index';
import { IndexSideControls } from './IndexSideControls';
import { AddToWorkshop, IndexPanel, RankingTable, SummaryPanel } from './lazy-panels';
import { CoverageNote } from './CoverageNote';
import { FirmCard } from './FirmCard';
import { LayerControls } from './LayerControls';
import { Legend } from './Legend';
import { MapTooltip } from './MapTooltip';
import { GEOMETRY_URLS } from '../data/geometry-queries';
import { AtlasMap } from '../map/AtlasMap';
import { usePlannerData } from './use-planner-data';
import { usePlannerState } from './use-planner-state';
import { useDrawnChoropleth } from './use-drawn-choropleth';
import { usePlannerDrag } from './use-planner-drag';
import { useIndicatorChoice } from './use-indicator-choice';
import { IndicatorLoadingStatus } from './IndicatorChoice';
import { IndicatorSideControls } from './IndicatorSideControls';
import { slimCatalogueQuery } from '../data/catalogue-queries';
import { valuesQuery } from '../data/values-queries';
import type { PickerOption } from './picker-model';
import { sexSuffix } from '../lib/picker-texts';
import { PlannerErrorText } from './PlannerErrorText';
import { FollowsOnRelease } from './FollowsOnRelease';
import { countPlannerRender } from './render-probe';

export function PlannerPage() {
  countPlannerRender();
  const { lang, t } = useI18n();
  const [state, update] = usePlannerState();
  const [drawnKey, setDrawnKey] = useState<string | null>(null);
  const mapDrawn = drawnKey !== null;
  const data = usePlannerData(state, mapDrawn);
  const { onYear, prepareYears, live, yearHeld, holdIndexWeight, held } = usePlannerDrag(state, update, data);
  const queryClient = useQueryClient();
  // The slim catalogue (about 0.8 MB) loads once the first map is drawn, so opening the picker is instant.
  useEffect(() => {
    if (mapDrawn) void queryClient.prefetchQuery(slimCatalogueQuery);
  }, [mapDrawn, queryClient]);
  // An indicator about to be chosen (or just chosen) starts its values request now: a switch then waits for the
  // network, not for the page's render before it. The key is the one the page asks for once the choice lands.
  const onPreview = useCallback(
    (option: PickerOption) =>
      void queryClient.prefetchQuery(valuesQuery(option.id, null, option.bySex ? state.sex : 'total')),
    [queryClient, state.sex],
  );
  const [hover, setHover] = useState<MunicipalityHover | null>(null);
  const [initialView] = useState(state.view);
  const onViewChange = useCallback((view: MapView) => update({ view }, true), [update]);
  const onSelect = useCallback((code: string | null) => update({ selected: code }), [update]);
  const clusterLabel = useCallback((n: number) => t('clusterSites', { n: formatNumber(n, lang) }), [t, lang]);
  const indexMode = state.mode === 'index';
  const {
    index,
    indexView,
    live: indexLive,
    onIndexView,
    onIndexHold,
    titleOf,
    fillKey,
  } = usePlannerIndex(state, update, data.catalogue.data, lang, { channel: live, codes: data.codes });
  const onIndexWeightHold = useCallback(
    (holding: boolean) => {
      holdIndexWeight(holding);
      onIndexHold(holding);
    },
    [holdIndexWeight, onIndexHold],
  );
  const indexTitle = indexText(lang)('title');
  const landIndicator = useCallback((id: string) => update({ indicator: id, year: null }), [update]);
  const choice = useIndicatorChoice({
    atlas: data.catalogue.data,
    sex: state.sex,
    classification: state.classification,
    colours: !indexMode,
    live,
    land: landIndicator,
  });

  const { indicator, year, sex, values, model, shownIndicator, lookups } = data;
  // What the map shows names the legend, the map and the tooltip: until a new indicator's colours are drawn, they
  // keep naming the one on screen, and a status line says what is loading.
  const drawn = useDrawnChoropleth(model, shownIndicator, values.data, drawnKey);
  const selected = state.selected ? lookups.byCode.get(state.selected) : undefined;
  // The table and the summary follow the map in a deferred render: a switch or a slider step re-colours the map
  // first, and 290 table rows never stand between a new answer and the map's update.
  const panelData = useDeferredValue(
    useMemo(
      () => (shownIndicator && values.data ? { indicator: shownIndicator, values: values.data } : null),
      [shownIndicator, values.data],
    ),
  );
  const hoverValue = hover ? values.data?.values.find((v) => v.code === hover.code) : undefined;
  const error = data.catalogue.error ?? data.municipalities.error ?? values.error;
  const noFlows = selected && state.overlays.includes('flows') && data.flows.data?.coverage === 'none';

  return (
    <div className={state.table ? 'planner planner--table' : 'planner'}>
      <aside className="controls" aria-label={t('indicator')}>
        <ModeSwitch mode={state.mode} onChange={(mode) => update({ mode })} />
        {indexMode ? (
          <IndexSideControls
            index={index}
            indexView={indexView}
            titleOf={titleOf}
            onIndexView={onIndexView}
            live={indexLive}
            onHold={onIndexWeightHold}
          />
        ) : data.catalogue.data && indicator && year ? (
          <IndicatorSideControls
            atlas={data.catalogue.data}
            indicator={indicator}
            year={year}
            sex={sex}
            classification={state.classification}
            pending={choice.pending}
            onChoose={choice.choose}
            onPreview={onPreview}
            onYear={onYear}
            onPrepareYears={prepareYears}
            onSex={(next) => update({ sex: next })}
            onClassification={(classification) => update({ classification })}
          />
        ) : (
          <p className="hint">{t('loading')}</p>
        )}
        {!indexMode ? (
          <IndicatorLoadingStatus
            pending={choice.pending}
            requested={indicator}
            drawnId={drawn?.indicator.id}
            failed={Boolean(values.error)}
          />
        ) : null}
        {!indexMode && drawn && !values.error ? (
          <Legend
            indicator={drawn.indicator}
            year={drawn.year}
            sex={drawn.sex}
            legend={drawn.legend}
            following={yearHeld}
          />
        ) : null}
        <LayerControls
          overlays={state.overlays}
          nace={state.nace}
          onOverlays={(overlays) => update({ overlays })}
          onNace={(nace) => update({ nace })}
        />
      </aside>

      <main className="map-area" id="main" tabIndex={-1}>
        {error ? (
          <p className="error" role="alert">
            <PlannerErrorText error={error} lang={lang} t={t} />
          </p>
        ) : null}
        <AtlasMap
          municipalitiesUrl={GEOMETRY_URLS.municipalities}
          countiesUrl={GEOMETRY_URLS.counties}
          neighboursUrl={GEOMETRY_URLS.neighbours}
          codes={data.codes}
          onDrawn={setDrawnKey}
          held={held}
          live={live}
          fills={(indexMode ? index.colours?.fills : model?.fills) ?? EMPTY_FILLS}
          fillKey={indexMode ? fillKey : (model?.key ?? '')}
          selected={state.selected}
          overlays={state.overlays}
          firms={data.firmSites}
          flows={data.lines}
          initialView={initialView}
          label={
            indexMode
              ? indexTitle
              : t('mapLabel', {
                  indicator:
                    drawn && !values.error
                      ? `${drawn.indicator.title[lang]}${sexSuffix(drawn.sex, lang)}`
                      : '',
                  year: drawn && !values.error ? drawn.year : '',
                })
          }
          popupLabel={t('layer_firms')}
          clusterLabel={clusterLabel}
          onHover={setHover}
          onSelect={onSelect}
          onViewChange={onViewChange}
          renderFirm={(firm) => <FirmCard firm={firm} />}
        >
          {!indexMode && hover && shownIndicator && values.data && drawn?.key === model?.key ? (
            <MapTooltip
              hover={hover}
              indicator={shownIndicator}
              year={values.data.year}
              value={hoverValue}
              n={values.data.n}
            />
          ) : null}
          {noFlows ? (
            <p className="map-notice" role="status">
              {t('noFlowDataMap', { name: selected.name })}
            </p>
          ) : null}
        </AtlasMap>
        {!indexMode && values.data && shownIndicator ? (
          <CoverageNote indicator={shownIndicator} values={values.data} />
        ) : (
          <footer className="coverage" aria-hidden="true" />
        )}
      </main>

      <aside className="panel" aria-label={state.table ? t('table') : t('keyFigures')}>
        <div className="tabs" role="group">
          <button
            type="button"
            className="tab"
            aria-pressed={!state.table}
            onClick={() => update({ table: false })}
          >
            {t('showPanel')}
          </button>
          <button
            type="button"
            className="tab"
            aria-pressed={state.table}
            onClick={() => update({ table: true })}
          >
            {t('showTable')}
          </button>
        </div>
        {!indexMode && yearHeld && panelData && (state.table || selected) ? (
          <FollowsOnRelease year={panelData.values.year} />
        ) : null}
        <Suspense fallback={<p className="hint">{t('loading')}</p>}>
          {indexMode ? (
            <IndexPanel
              model={index}
              view={indexView}
              table={state.table}
              selected={state.selected}
              nameOf={lookups.nameOf}
              areas={data.municipalities.data}
              titleOf={titleOf}
              onSelect={onSelect}
            />
          ) : null}
          {!indexMode && state.table && panelData ? (
            <RankingTable
              indicator={panelData.indicator}
              values={panelData.values}
              countyOf={lookups.countyOf}
              nameOf={lookups.nameOf}
              selected={state.selected}
              onSelect={onSelect}
            />
          ) : null}
          {!indexMode && !state.table && selected && panelData ? (
            <SummaryPanel
              municipality={selected}
              indicator={panelData.indicator}
              values={panelData.values}
              flows={data.flows}
              onClear={() => update({ selected: null })}
            />
          ) : null}
          {!indexMode && !state.table && !selected ? (
            <p className="hint panel__empty">{t('selectHint')}</p>
          ) : null}
        </Suspense>
        {/* Its own boundary: loading this chunk after the first map must not hide the table a reader is in. */}
        <Suspense fallback={null}>
          {!indexMode && mapDrawn && shownIndicator && values.data ? (
            <AddToWorkshop
              lang={state.lang}
              prefill={{
                link: state.selected
                  ? { indicatorId: shownIndicator.id, municipality: state.selected }
                  : null,
                mapView: {
                  indicatorId: shownIndicator.id,
                  year: values.data.year,
                  sex: state.sex,
                  camera: state.view,
                  layers: state.overlays,
                  selected: state.selected,
                },
              }}
            />
          ) : null}
        </Suspense>
      </aside>
    </div>
  );
}

const EMPTY_FILLS: ReadonlyMap<string, string> = new Map();
