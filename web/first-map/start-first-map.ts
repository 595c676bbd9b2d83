import {
  fetchCatalogue,
  fetchValues,
  sameRequest,
  type FirstAnswers,
  type ValuesRequest,
} from '../data/first-map-answers';
import { GEOMETRY_URLS } from '../data/geometry-urls';
import { createAtlasMap, type AtlasMapHandle } from '../map/create-atlas-map';
import { applyFills } from '../map/feature-state';
import { handOverFirstMap, type FirstColouring } from '../map/first-map-handoff';
import { ColouringTimeline } from '../map/map-timing';
import { warmUpMapLibre } from '../map/worker';
import { DEFAULT_INDICATOR, choroplethModel, resolveIndicator } from '../planner/choropleth-model';
import { parseState, type PlannerState } from '../planner/url-state';
import { translator } from '../i18n/translate';
import { coverageLine } from '../planner/coverage-line';
import { renderCoverageLine } from './coverage-line-dom';
import { plannerShell } from './planner-shell';

/**
 * The planner's first coloured map, drawn before React loads: MapLibre, the geometry and one indicator's
 * values, as the bare MapLibre page draws its map, with the planner's own style, layers and colour model. Resolves
 * once the map is coloured (or the colouring is left to React: index mode, an indicator outside the atlas set, a
 * failed request) with the answers React's cache takes over; the map itself waits in web/map/first-map-handoff.
 */
export async function drawFirstMap(root: HTMLElement): Promise<FirstAnswers> {
  const state = parseState(window.location.search);
  warmUpMapLibre();
  // The URL (or the default) names the indicator, and a year it does not give is the API's latest: both
  // requests start now, with no catalogue-then-values waterfall.
  const guess: ValuesRequest = {
    indicator: state.indicator ?? DEFAULT_INDICATOR,
    year: state.year,
    sex: state.sex,
  };
  const requests = { catalogue: fetchCatalogue(), guess, guessed: fetchValues(guess) };
  // A failure is React's to show: it asks again through its own query.
  requests.catalogue.catch(() => undefined);
  requests.guessed.catch(() => undefined);
  const { surface, visible, footer } = plannerShell(root, state.table);
  const handle = createAtlasMap(surface, {
    municipalitiesUrl: GEOMETRY_URLS.municipalities,
    initialView: state.view,
  });
  handle.fitInto(visible);
  const answers: FirstAnswers = { catalogue: null, values: null };
  const colouring = await colour(handle, state, requests, answers, footer).catch(() => null);
  handOverFirstMap({ handle, colouring });
  return answers;
}

/** What usePlannerData resolves from the URL and the catalogue, coloured as AtlasMap colours it. */
async function colour(
  handle: AtlasMapHandle,
  state: PlannerState,
  requests: {
    catalogue: Promise<FirstAnswers['catalogue']>;
    guess: ValuesRequest;
    guessed: ReturnType<typeof fetchValues>;
  },
  answers: FirstAnswers,
  footer: HTMLElement,
): Promise<FirstColouring | null> {
  const catalogue = await requests.catalogue;
  if (!catalogue) return null;
  answers.catalogue = catalogue;
  const known = catalogue.indicators;
  // Any other Kolada KPI is known from its details entry: React's path.
  if (state.indicator !== null && !known.some((i) => i.id === state.indicator)) return null;
  const indicator = resolveIndicator(known, state.indicator);
  if (!indicator) return null;
  const request: ValuesRequest = {
    indicator: indicator.id,
    year: state.year !== null && !indicator.years.includes(state.year) ? null : state.year,
    sex: indicator.bySex ? state.sex : 'total',
  };
  const body = await (sameRequest(request, requests.guess) ? requests.guessed : fetchValues(request));
  answers.values = { request, body };
  // Index mode draws the index's colours on this map: React's, from the same answers (its page reads both).
  if (state.mode === 'index') return null;
  // The coverage line first: its height sets the area Sweden is fitted into, before any colour is drawn.
  document.documentElement.lang = state.lang;
  renderCoverageLine(footer, coverageLine(indicator, body, state.lang, translator(state.lang)), state.lang);
  const model = choroplethModel(indicator, body, state.classification);
  const codes = [...body.values.map((v) => v.code), ...body.missing];
  await handle.styled;
  const { map } = handle;
  applyFills(map, codes, model.fills);
  const timeline = new ColouringTimeline(false);
  timeline.handedOver(model.key);
  const drawn = await new Promise<boolean>((resolve) => {
    // A geometry that fails to load never lets the map go idle: React's page then says what went wrong.
    const failed = () => resolve(false);
    map.once('error', failed);
    map.once('idle', () => {
      map.off('error', failed);
      resolve(true);
    });
    map.triggerRepaint();
  });
  if (!drawn) return null;
  timeline.drawn(model.key);
  return { key: model.key, codes, fills: model.fills };
}
